/**
 * public/data/manifest.json: what the browser reads first (dataset version → query keys; file
 * sizes → progress). The version is a hash over the data files, so it changes exactly when the
 * data does.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, type TableName } from '../dataset/dictionary';

export interface DatasetFile {
  name: string;
  table: TableName;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface DatasetManifest {
  version: string;
  files: DatasetFile[];
}

export function buildManifest(dir: string, rows: Record<TableName, number>): DatasetManifest {
  const files = TABLES.map((t): DatasetFile => {
    const bytes = readFileSync(join(dir, t.file));
    return {
      name: t.file,
      table: t.name,
      rows: rows[t.name],
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  });
  const version = createHash('sha256')
    .update(files.map((f) => `${f.name} ${f.sha256}\n`).join(''))
    .digest('hex')
    .slice(0, 16);
  return { version, files };
}
