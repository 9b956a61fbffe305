/**
 * manifest.json: the dataset version and its files, read before anything else. A partitioned
 * dataset (the synthetic national one) lists its files by province and year under `partitions`;
 * `synthetic: true` marks data that must never be shown as real.
 */

import type { DatabaseFile } from '../dataset/databaseFile';

export interface ManifestFile {
  name: string;
  table: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface ManifestPartition {
  province: string;
  year: number;
  files: ManifestFile[];
}

export interface Manifest {
  version: string;
  files: ManifestFile[];
  partitions: ManifestPartition[];
  synthetic: boolean;
  title: string | null;
}

export const MANIFEST_NAME = 'manifest.json';

/**
 * The build's database file (src/dataset/databaseFile.ts) when it holds exactly the dataset the page
 * reads: the published folder, unpartitioned, at the version its manifest names; else null (the Parquet).
 */
export function databaseFileFor(
  manifest: Manifest,
  publishedFolder: boolean,
  file: DatabaseFile | null,
): DatabaseFile | null {
  const same = file && publishedFolder && !manifest.partitions.length && manifest.version === file.version;
  return same ? file : null;
}

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
// Folders (`province=01/year=2021/`) allowed, `..` not: no segment but the last may contain a dot.
const FILE_NAME = /^(?:[A-Za-z0-9_=-]+\/)*[A-Za-z0-9_.-]+\.parquet$/;

/** Checks the manifest's shape so that a broken one fails with a message, not deep in the loader. */
export function parseManifest(json: unknown): Manifest {
  const fail = (what: string): never => {
    throw new DataFileError(MANIFEST_NAME, what);
  };
  if (typeof json !== 'object' || json === null) return fail('not a JSON object');
  const { version, files, partitions, synthetic, title } = json as Record<string, unknown>;
  if (typeof version !== 'string' || version === '') fail('no "version"');
  const parseFiles = (list: unknown, where: string): ManifestFile[] =>
    (list as unknown[]).map((f: unknown, i): ManifestFile => {
      const e = (f ?? {}) as Record<string, unknown>;
      if (typeof e.name !== 'string' || !FILE_NAME.test(e.name)) fail(`${where}[${i}].name is not a Parquet file name`);
      if (typeof e.table !== 'string' || !TABLE_NAME.test(e.table)) fail(`${where}[${i}].table is not a table name`);
      if (typeof e.bytes !== 'number' || typeof e.rows !== 'number') fail(`${where}[${i}] lacks rows/bytes`);
      return {
        name: e.name as string,
        table: e.table as string,
        rows: e.rows as number,
        bytes: e.bytes as number,
        sha256: typeof e.sha256 === 'string' ? e.sha256 : '',
      };
    });
  if (!Array.isArray(files)) return fail('no "files"');
  if (partitions !== undefined && !Array.isArray(partitions)) fail('"partitions" is not a list');
  const parsedPartitions = ((partitions as unknown[] | undefined) ?? []).map((p: unknown, i): ManifestPartition => {
    const e = (p ?? {}) as Record<string, unknown>;
    if (typeof e.province !== 'string' || typeof e.year !== 'number' || !Array.isArray(e.files)) {
      fail(`partitions[${i}] needs province, year and files`);
    }
    return {
      province: e.province as string,
      year: e.year as number,
      files: parseFiles(e.files, `partitions[${i}].files`),
    };
  });
  if (files.length === 0 && parsedPartitions.length === 0) fail('no "files"');
  return {
    version: version as string,
    files: parseFiles(files, 'files'),
    partitions: parsedPartitions,
    synthetic: synthetic === true,
    title: typeof title === 'string' ? title : null,
  };
}
