/** public/data/manifest.json: the dataset version and its files, read before anything else. */

export interface ManifestFile {
  name: string;
  table: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  version: string;
  files: ManifestFile[];
}

export const MANIFEST_NAME = 'manifest.json';

/** A data file that is missing, truncated or unreadable; `file` is its name in public/data/. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'DataFileError';
  }
}

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;
const FILE_NAME = /^[A-Za-z0-9_.-]+\.parquet$/;

/** Checks the manifest's shape so that a broken one fails with a message, not deep in the loader. */
export function parseManifest(json: unknown): Manifest {
  const fail = (what: string): never => {
    throw new DataFileError(MANIFEST_NAME, what);
  };
  if (typeof json !== 'object' || json === null) return fail('not a JSON object');
  const { version, files } = json as Record<string, unknown>;
  if (typeof version !== 'string' || version === '') fail('no "version"');
  if (!Array.isArray(files) || files.length === 0) return fail('no "files"');
  const parsed = files.map((f: unknown, i): ManifestFile => {
    const e = (f ?? {}) as Record<string, unknown>;
    if (typeof e.name !== 'string' || !FILE_NAME.test(e.name)) fail(`files[${i}].name is not a Parquet file name`);
    if (typeof e.table !== 'string' || !TABLE_NAME.test(e.table)) fail(`files[${i}].table is not a table name`);
    if (typeof e.bytes !== 'number' || typeof e.rows !== 'number') fail(`files[${i}] lacks rows/bytes`);
    return {
      name: e.name as string,
      table: e.table as string,
      rows: e.rows as number,
      bytes: e.bytes as number,
      sha256: typeof e.sha256 === 'string' ? e.sha256 : '',
    };
  });
  return { version: version as string, files: parsed };
}
