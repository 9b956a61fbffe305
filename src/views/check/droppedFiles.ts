/**
 * The files of a drop or a folder pick: plain files as they are; a dropped folder is walked (with
 * its subfolders) and only its report-like files are kept, in path order, so that dropping the
 * folder a year's reports sit in checks them all and skips e.g. a manifest.csv beside them.
 */
const REPORT_FILE = /\.(?:txt|md|markdown|html?|docx|pdf)$/i;

export const isReportFileName = (name: string): boolean => REPORT_FILE.test(name);

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function folderFiles(dir: FileSystemDirectoryEntry): Promise<{ path: string; file: File }[]> {
  const reader = dir.createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries returns the folder in batches until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  const out: { path: string; file: File }[] = [];
  for (const entry of entries) {
    if (entry.isDirectory) out.push(...(await folderFiles(entry as FileSystemDirectoryEntry)));
    else if (isReportFileName(entry.name))
      out.push({ path: entry.fullPath, file: await fileOf(entry as FileSystemFileEntry) });
  }
  return out;
}

/** Must be called in the drop handler itself: the entries are only readable during the event. */
export function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null));
  const plain = [...data.files];
  if (!entries.some((e) => e?.isDirectory)) return Promise.resolve(plain);
  return Promise.all(
    entries.map(async (entry, i) => {
      if (!entry) return [];
      if (!entry.isDirectory) return [plain[i] ?? (await fileOf(entry as FileSystemFileEntry))];
      const inFolder = await folderFiles(entry as FileSystemDirectoryEntry);
      return inFolder.sort((a, b) => a.path.localeCompare(b.path)).map((f) => f.file);
    }),
  ).then((lists) => lists.flat());
}
