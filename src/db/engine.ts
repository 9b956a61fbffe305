/**
 * The heavy half of the session, a chunk of its own so that the first view paints before it
 * arrives: duckdb-wasm in a Web Worker, and Parquet read in JS and inserted as Arrow.
 *
 * Everything comes from our own origin: the wasm and worker files are bundled by Vite (`?url`).
 * duckdb-wasm 1.32 has no built-in Parquet reader and would try to download one, so extension
 * autoloading is switched off and Parquet goes through parquetToArrowIpc.
 */

import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { parquetToArrowIpc } from '../dataset/arrow';
import type { DatabaseFile } from '../dataset/databaseFile';
import { emptyTablesSql, type TableName } from '../dataset/dictionary';
import { dropViewTables, viewsAsTables } from '../dataset/materialize';
import { VIEWS_SQL as viewsSql } from '../measures/viewsSql';
import { DataFileError, type ManifestFile } from './manifest';
import type { DecodeReply, DecodeRequest } from './parquetWorker';

// The wasm heap is limited anyway; a limit makes DuckDB spill or fail cleanly instead of aborting.
const MEMORY_LIMIT = '1GB';

/**
 * duckdb-wasm's worker never settles when its .wasm cannot be fetched, which would leave the page
 * "loading" for ever: ask for the file first and say which one is missing. A server that does not
 * answer HEAD (405/501) is given the benefit of the doubt.
 */
async function assertEngineReachable(wasmUrl: string): Promise<void> {
  const name = new URL(wasmUrl, location.href).pathname.split('/').pop();
  let status: number;
  try {
    status = (await fetch(wasmUrl, { method: 'HEAD' })).status;
  } catch (error) {
    throw new Error(`DuckDB engine ${name} could not be loaded (${(error as Error).message})`);
  }
  if (status >= 400 && status !== 405 && status !== 501) {
    throw new Error(`DuckDB engine ${name} could not be loaded (HTTP ${status})`);
  }
}

/** The build's database file downloaded and checked, to open as the page's database. */
export interface OpenedFile {
  file: DatabaseFile;
  bytes: ArrayBuffer;
}

/**
 * A started database with extension loading off: the build's database file (`published`, awaited once
 * the engine has compiled) opened as the database, read-write (its tables and computed views ready,
 * a supervisor's reports and the SQL workbench may still change them), or else an empty one.
 * `opened` says which: a file that DuckDB cannot open is left (a warning) for an empty database.
 */
export async function startDatabase(
  published: Promise<OpenedFile | null>,
): Promise<{ db: duckdb.AsyncDuckDB; opened: DatabaseFile | null }> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  // The probe runs beside the start (no round trip first); if it fails, the start is abandoned.
  await Promise.all([
    assertEngineReachable(bundle.mainModule),
    db.instantiate(bundle.mainModule, bundle.pthreadWorker),
  ]).catch((error: unknown) => {
    worker.terminate();
    throw error;
  });
  const opened = await openFile(db, await published.catch(() => null));
  if (!opened) await db.open({});
  await run(
    db,
    `SET autoinstall_known_extensions=false; SET autoload_known_extensions=false; SET memory_limit='${MEMORY_LIMIT}'`,
  );
  return { db, opened };
}

async function openFile(db: duckdb.AsyncDuckDB, published: OpenedFile | null): Promise<DatabaseFile | null> {
  if (!published) return null;
  const { file, bytes } = published;
  try {
    await db.registerFileBuffer(file.name, new Uint8Array(bytes));
    await db.open({ path: file.name, accessMode: duckdb.DuckDBAccessMode.READ_WRITE });
    return file;
  } catch (error) {
    console.warn(`${file.name}: not opened (${(error as Error).message}); loading the Parquet files instead`);
    await db.dropFile(file.name).catch(() => undefined);
    return null;
  }
}

async function run(db: duckdb.AsyncDuckDB, sql: string): Promise<void> {
  const conn = await db.connect();
  try {
    await conn.query(sql);
  } finally {
    await conn.close();
  }
}

let decoder: Worker | null = null;
let lastRequest = 0;
const pending = new Map<number, { resolve: (ipc: Uint8Array) => void; reject: (error: Error) => void }>();

/** Parquet → Arrow IPC stream in the decoding worker (parquetWorker.ts), started on first use. */
function decodeInWorker(bytes: ArrayBuffer, table: TableName): Promise<Uint8Array> {
  if (!decoder) {
    decoder = new Worker(new URL('./parquetWorker.ts', import.meta.url), { type: 'module' });
    decoder.onmessage = ({ data }: MessageEvent<DecodeReply>) => {
      const request = pending.get(data.id);
      pending.delete(data.id);
      if ('ipc' in data) request?.resolve(data.ipc);
      else request?.reject(new Error(data.error));
    };
  }
  const id = ++lastRequest;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    decoder!.postMessage({ id, bytes, table } satisfies DecodeRequest, [bytes]);
  });
}

/**
 * Runs `work` on one connection inside a transaction: everything it changed is committed
 * together, or (if it throws) rolled back together, so no half-loaded partition or half-added
 * report is ever seen by a query.
 */
export async function inTransaction<T>(
  db: duckdb.AsyncDuckDB,
  work: (conn: AsyncDuckDBConnection) => Promise<T>,
): Promise<T> {
  const conn = await db.connect();
  try {
    await conn.query('BEGIN TRANSACTION');
    let result: T;
    try {
      result = await work(conn);
    } catch (error) {
      await conn.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    await conn.query('COMMIT');
    return result;
  } finally {
    await conn.close();
  }
}

/**
 * One checked dataset file decoded for DuckDB (an Arrow IPC stream), apart from its insertion so
 * that it runs while the engine starts and a file that cannot be read is found before any is
 * inserted. `inWorker` decodes in the decoding worker (a province partition's files are large);
 * the shipped dataset's small files are decoded here, without the cost of starting a worker.
 */
export async function decodeParquet(file: ManifestFile, bytes: ArrayBuffer, inWorker: boolean): Promise<Uint8Array> {
  try {
    return inWorker
      ? await decodeInWorker(bytes, file.table as TableName)
      : await parquetToArrowIpc(bytes, file.table as TableName);
  } catch (error) {
    throw new DataFileError(file.name, `not readable as Parquet (${(error as Error).message})`);
  }
}

/**
 * Inserts one decoded dataset file into its table on `conn`: creates the table, or appends to it.
 * `dedupeBy` skips rows whose key is already there (partitions repeat their province's agencies).
 */
export async function insertDecoded(
  conn: AsyncDuckDBConnection,
  file: ManifestFile,
  ipc: Uint8Array,
  mode: { create: true } | { create: false; dedupeBy?: string },
): Promise<void> {
  try {
    if (mode.create || !mode.dedupeBy) {
      await conn.insertArrowFromIPCStream(ipc, { name: file.table, create: mode.create });
    } else {
      await conn.insertArrowFromIPCStream(ipc, { name: '_incoming', create: true });
      await conn.query(
        `INSERT INTO ${file.table} SELECT * FROM _incoming WHERE ${mode.dedupeBy} NOT IN (SELECT ${mode.dedupeBy} FROM ${file.table}); DROP TABLE _incoming`,
      );
    }
  } catch (error) {
    throw new DataFileError(file.name, `could not be loaded into table ${file.table} (${(error as Error).message})`);
  }
}

/** Empty tables with the dictionary's columns, for a dataset whose rows arrive partition by partition. */
export async function createEmptyTables(db: duckdb.AsyncDuckDB): Promise<void> {
  await run(db, emptyTablesSql());
}

/**
 * Runs views.sql with its views made tables: each is computed once per change of the data (the
 * dataset loaded, a partition added, a report added or a table changed in the SQL workbench;
 * see refreshViews in session.ts) instead of in every query. Every chart's query then reads a
 * few thousand ready rows: ~5 ms instead of ~50 ms for the shipped data, ~10 ms instead of
 * ~400 ms for a province. The same statements as the Node pipeline's, with TABLE for VIEW.
 * If they fail (a table they read was dropped or altered), the view tables are dropped too, so
 * a chart says what is missing instead of showing the figures of before.
 */
export async function materializeViews(db: duckdb.AsyncDuckDB): Promise<void> {
  try {
    await run(db, viewsAsTables(viewsSql));
  } catch (error) {
    await run(db, dropViewTables(viewsSql)).catch(() => undefined);
    throw new Error(`views.sql: ${(error as Error).message}`);
  }
}
