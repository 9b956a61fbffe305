/**
 * The dataset loaded into both SQL engines, for tests and scripts in Node: @duckdb/node-api reading
 * the Parquet files directly, and duckdb-wasm (the browser's engine) fed through parquetToArrow
 * exactly as the browser does. Both then run views.sql.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { tableToIPC } from 'apache-arrow';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TABLES } from './dictionary';
import { parquetToArrow } from './arrow';

export const VIEWS_SQL = readFileSync(fileURLToPath(new URL('./views.sql', import.meta.url)), 'utf8');

/** Runs a query and returns its rows with every value as text (NULL as null). */
export type TextQuery = (sql: string) => Promise<(string | null)[][]>;

export interface Engine {
  query: TextQuery;
  close(): void;
}

/** Each column cast to VARCHAR, so that both engines' rows compare as plain strings. */
export const asText = (sql: string) => `SELECT COLUMNS(*)::VARCHAR FROM (${sql})`;

export async function openNodeEngine(dataDir: string): Promise<Engine> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  for (const t of TABLES) {
    const path = join(dataDir, t.file).replaceAll("'", "''");
    await connection.run(`CREATE TABLE ${t.name} AS SELECT * FROM read_parquet('${path}')`);
  }
  await connection.run(VIEWS_SQL);
  return {
    query: async (sql) => (await connection.runAndReadAll(asText(sql))).getRowsJS() as (string | null)[][],
    close: () => connection.closeSync(),
  };
}

export async function openWasmEngine(dataDir: string): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({});
  const conn = db.connect();
  for (const t of TABLES) {
    const bytes = readFileSync(join(dataDir, t.file));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // What insertArrowTable does, with this module's apache-arrow: under Node the CJS bundle has its
    // own copy, whose tableToIPC silently writes nothing for our Table instances.
    const ipc = tableToIPC(await parquetToArrow(buffer, t.name), 'stream');
    conn.insertArrowFromIPCStream(ipc, { name: t.name, create: true });
  }
  conn.query(VIEWS_SQL);
  return {
    query: async (sql) =>
      conn
        .query(asText(sql))
        .toArray()
        .map((row: { toArray(): unknown[] }) => row.toArray().map((v) => (v === null ? null : String(v)))),
    close: () => {
      conn.close();
      db.reset?.();
    },
  };
}
