/**
 * The published dataset as one DuckDB database file, written at build time (src/pipeline/publishedDatabase.ts):
 * its tables filled from the Parquet and its views computed into tables, so that a page starting the
 * engine on the published data opens it as its database instead of decoding Parquet in JS while the
 * engine compiles and computing the views after. The open data stays the Parquet; this file is a copy
 * of it, used only when its dataset version is the one the manifest names.
 */

/** What the build tells the page about the file (the module `virtual:dataset-database`). */
export interface DatabaseFile {
  /** The dataset version (manifest.json's) the file was written from. */
  version: string;
  /** Its name in the dataset folder. */
  name: string;
  bytes: number;
  sha256: string;
}

/**
 * The file's name, after its own content (DuckDB writes a different file each time, even of the same
 * data): a browser never takes an earlier build's file from its cache for this build's.
 */
export const databaseFileName = (sha256: string) => `dataset-${sha256.slice(0, 16)}.duckdb`;

const quoted = (path: string) => `'${path.replaceAll("'", "''")}'`;

/**
 * Copies every table and view of the open database into a new database file at `path` (one statement
 * per call, in order). 16 KB blocks: the file is ~0.9 MB instead of ~2.9 MB with DuckDB's 256 KB blocks.
 */
export const exportDatabaseStatements = (path: string) => [
  `ATTACH ${quoted(path)} AS exported (BLOCK_SIZE 16384)`,
  'COPY FROM DATABASE memory TO exported',
  'DETACH exported',
];
