/**
 * The one way to open the dataset in Node — for the build-time prerender, unit tests and the e2e
 * fixtures: @duckdb/node-api reading the Parquet files directly, or duckdb-wasm (the browser's
 * engine) fed through parquetToArrow exactly as the browser does. Both then run views.sql with
 * its views made tables, as the page does (src/dataset/materialize.ts), and hand rows over with
 * the browser's conversions (BIGINT → number, DATE → 'YYYY-MM-DD').
 */

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DuckDBInstance, type DuckDBResultReader, DuckDBTypeId } from '@duckdb/node-api';
import type { RecordBatch } from 'apache-arrow';
import { VIEWS_SQL } from '../measures/viewsSql';
import { parquetToArrowIpc } from './arrow';
import { appendRows, columnsOf, type QueryColumn } from './arrowRows';
import { exportDatabaseStatements } from './databaseFile';
import { emptyTablesSql, TABLES, type TableName } from './dictionary';
import { viewsAsTables } from './materialize';

export { VIEWS_SQL };

/** Runs a query and returns its rows with every value as text (NULL as null). */
export type TextQuery = (sql: string) => Promise<(string | null)[][]>;

/** A result as the UI holds it (src/db/client.ts): typed columns and plain rows. */
export interface RowsResult {
  columns: QueryColumn[];
  rows: Record<string, unknown>[];
}

export interface Engine {
  /** `sql` with every value as text. */
  query: TextQuery;
  /** `sql` with `?` parameters, its values converted as the browser converts them. */
  rows(sql: string, params?: unknown[]): Promise<RowsResult>;
  close(): void;
}

/**
 * DuckDB's type names as the browser reports them: duckdb-wasm hands results over as Arrow, which
 * has no 128-bit integer, so HUGEINT arrives as DECIMAL(38,0).
 */
const ARROW_TYPE_NAME: Partial<Record<string, string>> = { HUGEINT: 'DECIMAL(38,0)' };

function nodeValue(value: unknown, typeId: DuckDBTypeId): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date)
    return typeId === DuckDBTypeId.DATE ? value.toISOString().slice(0, 10) : value.toISOString();
  return value;
}

function nodeRows(result: DuckDBResultReader): RowsResult {
  const names = result.columnNames();
  const types = result.columnTypes();
  const columns = names.map((name, i) => {
    const type = types[i].toString();
    return { name, type: ARROW_TYPE_NAME[type] ?? type };
  });
  const rows = result
    .getRowsJS()
    .map((values) => Object.fromEntries(names.map((name, i) => [name, nodeValue(values[i], types[i].typeId)])));
  return { columns, rows };
}

/** Each column cast to VARCHAR, so that both engines' rows compare as plain strings. */
export const asText = (sql: string) => `SELECT COLUMNS(*)::VARCHAR FROM (${sql})`;

export interface OpenOptions {
  /** `tables` (the default) computes the views into tables, as the page does; `views` keeps them views, as published. */
  views?: 'tables' | 'views';
  /**
   * The files of one partition of a partitioned dataset (its manifest's entries): the tables are
   * created empty with the dictionary's columns and these files appended, as the page loads a
   * partition. Without it, public/data's layout: one file per table, each table made from it.
   */
  partition?: readonly PartitionFile[];
  /** The build's database file (writeDatabaseFile), loaded as the page loads it; duckdb-wasm only. */
  databaseFile?: Uint8Array;
}

/** The name the database file is registered under in duckdb-wasm. */
const DATABASE_BUFFER = 'published.duckdb';

/** A partition's data file: its path inside the dataset folder and its table. */
export interface PartitionFile {
  name: string;
  table: string;
}

/** One file per table: a partition holds each table once (its agencies are not repeated). */
function assertOneFilePerTable(files: readonly PartitionFile[]): void {
  const tables = files.map((f) => f.table);
  if (new Set(tables).size !== tables.length) throw new Error(`one partition at a time: ${tables.join(', ')}`);
}

const viewsStatements = ({ views = 'tables' }: OpenOptions) =>
  views === 'tables' ? viewsAsTables(VIEWS_SQL) : VIEWS_SQL;

/** public/data's layout: one Parquet file per table. */
const PUBLISHED_FILES: readonly PartitionFile[] = TABLES.map((t) => ({ name: t.file, table: t.name }));

/** @duckdb/node-api holding the dataset of `dataDir` as `options` say, views.sql run. */
async function loadNode(dataDir: string, options: OpenOptions) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const parquet = (file: string) =>
    `read_parquet('${join(dataDir, file).replaceAll("'", "''")}', hive_partitioning = false)`;
  if (options.partition) {
    assertOneFilePerTable(options.partition);
    await connection.run(emptyTablesSql());
    for (const f of options.partition)
      await connection.run(`INSERT INTO ${f.table} BY NAME SELECT * FROM ${parquet(f.name)}`);
  } else {
    for (const t of TABLES) await connection.run(`CREATE TABLE ${t.name} AS SELECT * FROM ${parquet(t.file)}`);
  }
  await connection.run(viewsStatements(options));
  return { instance, connection };
}

/** The dataset of `dataDir` (public/data's layout: one Parquet file per table) in @duckdb/node-api. */
export async function openNodeEngine(dataDir: string, options: OpenOptions = {}): Promise<Engine> {
  const { instance, connection } = await loadNode(dataDir, options);
  return {
    query: async (sql) => (await connection.runAndReadAll(asText(sql))).getRowsJS() as (string | null)[][],
    rows: async (sql, params = []) => {
      const statement = await connection.prepare(sql);
      statement.bind(params as Parameters<typeof statement.bind>[0]);
      return nodeRows(await statement.runAndReadAll());
    },
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * The published dataset of `dataDir` as one DuckDB database file (src/dataset/databaseFile.ts): its
 * tables with the dictionary's columns (its files loaded as a partition's are), filled from the
 * Parquet, and views.sql with its views made tables, as the page computes them. Written by
 * @duckdb/node-api: duckdb-wasm under Node writes a file without its catalog. views.test.ts checks the
 * page reads from it what it reads from the Parquet.
 */
export async function writeDatabaseFile(dataDir: string): Promise<Uint8Array> {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-database-'));
  const { instance, connection } = await loadNode(dataDir, { partition: PUBLISHED_FILES });
  try {
    const path = join(folder, 'dataset.duckdb');
    for (const statement of exportDatabaseStatements(path)) await connection.run(statement);
    return new Uint8Array(readFileSync(path));
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The same dataset in duckdb-wasm, the browser's engine, loaded as the browser loads it: from the
 * Parquet of `dataDir`, or with `options.databaseFile` from the build's database file.
 */
export async function openWasmEngine(dataDir: string, options: OpenOptions = {}): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  // Opened as the page opens it, but read-only: under Node a read-write file would write its log to the working folder.
  if (options.databaseFile) db.registerFileBuffer(DATABASE_BUFFER, options.databaseFile);
  db.open(options.databaseFile ? { path: DATABASE_BUFFER, accessMode: duckdb.DuckDBAccessMode.READ_ONLY } : {});
  const conn = db.connect();
  if (!options.databaseFile) {
    if (options.partition) {
      assertOneFilePerTable(options.partition);
      conn.query(emptyTablesSql());
    }
    const files = options.partition ?? PUBLISHED_FILES;
    for (const f of files) {
      const bytes = readFileSync(join(dataDir, f.name));
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      // As the browser inserts it; under Node insertArrowTable would use the CJS bundle's own copy of
      // apache-arrow, whose tableToIPC silently writes nothing for our Table instances.
      const ipc = await parquetToArrowIpc(buffer, f.table as TableName);
      conn.insertArrowFromIPCStream(ipc, { name: f.table, create: !options.partition });
    }
    conn.query(viewsStatements(options));
  }
  return {
    query: async (sql) =>
      conn
        .query(asText(sql))
        .toArray()
        .map((row: { toArray(): unknown[] }) => row.toArray().map((v) => (v === null ? null : String(v)))),
    rows: async (sql, params = []) => {
      const statement = conn.prepare(sql);
      try {
        const table = statement.query(...params) as { schema: Parameters<typeof columnsOf>[0]; batches: RecordBatch[] };
        const rows: Record<string, unknown>[] = [];
        for (const batch of table.batches) appendRows(batch, rows);
        return { columns: columnsOf(table.schema), rows };
      } finally {
        statement.close();
      }
    },
    close: () => {
      conn.close();
      db.reset?.();
    },
  };
}
