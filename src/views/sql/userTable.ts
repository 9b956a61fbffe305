/**
 * A name for a table made from a file the user dropped: the file's stem as a plain SQL
 * identifier, made unique against the tables that already exist (ours are never replaced).
 */
export function tableNameForFile(fileName: string, existing: readonly string[]): string {
  const stem = fileName.replace(/\.[^.]*$/, '');
  let base = stem
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (base === '' || /^[0-9]/.test(base)) base = `file_${base}`.replace(/_+$/, '');
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
  return name;
}

export type UserFileKind = 'csv' | 'parquet';

/** Which reader a file needs, from its name; null for anything else. */
export function userFileKind(fileName: string): UserFileKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.parquet')) return 'parquet';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  return null;
}
