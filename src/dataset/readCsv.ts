/**
 * A small RFC 4180 CSV reader (quoted fields, doubled quotes, commas and newlines inside quotes,
 * CRLF). The pipeline's inputs (manifest.csv, agencies.csv) are hand-edited files of this kind.
 */

/** Rows of `text` as objects keyed by the header row; a row with a different field count is an error. */
export function parseCsv(text: string, file: string): Record<string, string>[] {
  const [header, ...rows] = splitCsv(text.replace(/^\uFEFF/, ''));
  if (!header) throw new Error(`${file}: empty file`);
  return rows.map((fields, i) => {
    if (fields.length !== header.length) {
      throw new Error(`${file}: line ${i + 2} has ${fields.length} fields, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, j) => [name, fields[j]]));
  });
}

/** Rows of fields, for callers that judge each row themselves (the roster names a bad row and keeps the rest). */
export function splitCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  // Blank lines (e.g. a trailing newline) are not rows.
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}
