/** Browser side of the downloads: hand a Blob or data URL to the user as a file. */

export function saveUrl(filename: string, url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  saveUrl(filename, url);
  // Revoke later: some browsers read the URL asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveText(filename: string, text: string, type: string): void {
  saveBlob(filename, new Blob([text], { type }));
}

/** A file name safe on every OS: no path separators or reserved characters (Chinese is kept). */
export function safeFilename(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
      .replace(/\s+/g, '_')
      .slice(0, 120) || 'chart'
  );
}
