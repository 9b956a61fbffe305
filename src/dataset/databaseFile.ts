/**
 * The published dataset as one DuckDB database file, written at build time (src/pipeline/databaseFile.ts):
 * its tables loaded from the Parquet as the page loads them and its views computed into tables, so a
 * page that starts the engine on the published data copies ready tables instead of decoding Parquet
 * in JS and computing the views while the engine compiles. The open data stays the Parquet; this file
 * is a cache of it, used only when its dataset version is the one the manifest names.
 * The statements are shared by the build (duckdb-wasm under Node) and the page (duckdb-wasm).
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

/**
 * Copies the tables and views of the database file registered as `name` (one statement per call) into the page's in-memory
 * database, where they stay writable (a supervisor's reports are added to them, the SQL workbench may
 * change them) as the tables loaded from Parquet are.
 */
export const importDatabaseStatements = (name: string) => [
  `ATTACH ${quoted(name)} AS published (READ_ONLY)`,
  'COPY FROM DATABASE published TO memory',
  'DETACH published',
];
