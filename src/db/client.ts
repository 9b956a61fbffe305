/**
 * One function to run SQL against the loaded dataset.
 *
 * Each call gets its own connection, so concurrent queries (several charts at once) never share
 * a pending result, and cancelling one (AbortSignal → conn.cancelSent) leaves the others alone.
 * Values bound with `?` go through a prepared statement — never spliced into the text.
 */
import type { AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import type { AsyncRecordBatchStreamReader, RecordBatch, Schema, Table } from 'apache-arrow';
import { appendRows, columnsOf, type QueryColumn } from '../dataset/arrowRows';
import { dataGeneration, getSession, loadedSession, type Session } from './session';
import { together } from './together';

export type { QueryColumn } from '../dataset/arrowRows';

export interface QueryResult<Row> {
  columns: QueryColumn[];
  rows: Row[];
}

export interface QueryOptions {
  signal?: AbortSignal;
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The query was cancelled', 'AbortError');
}

/** Rejects as soon as `signal` aborts, so a caller never waits for the worker to notice. */
function raceAbort<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The session, unless `signal` aborts first. */
async function sessionFor(signal?: AbortSignal): Promise<Session> {
  if (signal?.aborted) throw abortError(signal);
  return raceAbort(getSession(), signal);
}

async function readAll<Row>(reader: AsyncRecordBatchStreamReader, signal?: AbortSignal): Promise<QueryResult<Row>> {
  // duckdb-wasm hands over an opened reader; it forgets its schema once the stream has ended.
  let schema = reader.schema as Schema | undefined;
  const rows: Row[] = [];
  for await (const batch of reader as AsyncIterable<RecordBatch>) {
    if (signal?.aborted) throw abortError(signal);
    schema ??= batch.schema;
    appendRows(batch, rows);
  }
  return { columns: schema ? columnsOf(schema) : [], rows };
}

async function run<Row>(conn: AsyncDuckDBConnection, sql: string, params: unknown[], signal?: AbortSignal) {
  if (params.length === 0) return readAll<Row>(await conn.send(sql, true), signal);
  const statement = await conn.prepare(sql);
  try {
    return await readAll<Row>(await statement.send(...params), signal);
  } finally {
    await statement.close().catch(() => undefined);
  }
}

/**
 * Runs `sql` (one statement) with positional parameters `?` / `$1`; rows as plain objects
 * (BIGINT → number, DATE → 'YYYY-MM-DD'). A DuckDB error rejects with DuckDB's own message.
 */
export async function query<Row = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
  opts: QueryOptions = {},
): Promise<QueryResult<Row>> {
  const { signal } = opts;
  const session = await sessionFor(signal);
  const conn = await session.db.connect();
  const cancel = () => void conn.cancelSent().catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  const work = run<Row>(conn, sql, params, signal);
  // Close only after the last call on this connection has returned: the worker reuses connection
  // ids, and a late call (statement.close) would otherwise hit the next query's connection.
  void work
    .catch(() => undefined)
    .finally(() => {
      signal?.removeEventListener('abort', cancel);
      return conn.close().catch(() => undefined);
    });
  return raceAbort(work, signal);
}

/**
 * The views' reads: small results, several asked for at once on every filter change. They share one
 * connection and one prepared statement per SQL text, so a read is one message to the DuckDB worker
 * (a streamed query on its own connection costs six or more: connect, prepare, send, fetch, close
 * twice), and the reads of one filter change reach the worker together. Nothing is left pending on
 * the connection between messages, so sharing it is safe. The statements are dropped when the data
 * changes (a table they read may be gone); a read that is no longer wanted is not cancelled, only
 * left (its result is small).
 */
interface Reader {
  db: Session['db'];
  generation: number;
  conn: Promise<AsyncDuckDBConnection>;
  statements: Map<string, Promise<AsyncPreparedStatement>>;
  /** The connection and statements once they are there: a read then posts its message at once. */
  opened: AsyncDuckDBConnection | null;
  prepared: Map<string, AsyncPreparedStatement>;
  pending: number;
  retired: boolean;
}

let reader: Reader | null = null;

function currentReader(db: Session['db']): Reader {
  const generation = dataGeneration();
  if (reader && reader.db === db && reader.generation === generation) return reader;
  if (reader) retire(reader);
  const r: Reader = {
    db,
    generation,
    conn: db.connect(),
    statements: new Map(),
    opened: null,
    prepared: new Map(),
    pending: 0,
    retired: false,
  };
  r.conn.then((conn) => (r.opened = conn)).catch(() => undefined);
  reader = r;
  return r;
}

/** Opens the views' reader's connection ahead of the first read, once the session has loaded. */
export function openReader(): void {
  const session = loadedSession();
  if (session) currentReader(session.db);
}

/** Closes a reader once its last read has returned (the worker reuses connection ids). */
function retire(r: Reader): void {
  r.retired = true;
  if (r.pending > 0) return;
  void (async () => {
    for (const statement of r.statements.values())
      await (await statement.catch(() => null))?.close().catch(() => undefined);
    await (await r.conn).close().catch(() => undefined);
  })();
}

async function readOn<Row>(r: Reader, sql: string, params: unknown[]): Promise<QueryResult<Row>> {
  // Nothing is awaited when the connection and statement are there: the message leaves at once.
  const conn = r.opened ?? (await r.conn);
  let table: Table;
  if (params.length === 0) table = await conn.query(sql);
  else {
    let statement = r.statements.get(sql);
    if (!statement) {
      statement = conn.prepare(sql);
      r.statements.set(sql, statement);
      statement.then(
        (prepared) => r.prepared.set(sql, prepared),
        () => r.statements.delete(sql),
      );
    }
    table = await (r.prepared.get(sql) ?? (await statement)).query(...params);
  }
  const rows: Row[] = [];
  for (const batch of table.batches) appendRows(batch, rows);
  return { columns: columnsOf(table.schema), rows };
}

/**
 * A view's read (see Reader): as `query`, for small results; not cancellable in the worker. The
 * reads of one task resolve together (together.ts), so a view renders their results at once.
 */
export function read<Row = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
  opts: QueryOptions = {},
): Promise<QueryResult<Row>> {
  const { signal } = opts;
  // Once the session is there, the read reaches the worker in this turn (see usePrefetchSql).
  const session = signal?.aborted ? null : loadedSession();
  if (session) return readIn<Row>(session, sql, params, signal);
  return sessionFor(signal).then((loaded) => readIn<Row>(loaded, sql, params, signal));
}

function readIn<Row>(session: Session, sql: string, params: unknown[], signal?: AbortSignal) {
  const r = currentReader(session.db);
  r.pending += 1;
  const work = readOn<Row>(r, sql, params).finally(() => {
    r.pending -= 1;
    if (r.retired && r.pending === 0) retire(r);
  });
  return raceAbort(together(work), signal);
}

/** Statements run on the one connection of a transaction. */
export interface Transaction {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
}

/**
 * Runs `work` in one transaction on one connection: what it changed is committed together, or
 * rolled back together when it throws. The caller bumps the data generation afterwards (the
 * functions of tabRows.ts do, through refreshViews).
 */
export async function transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  const { db } = await getSession();
  const engine = await import('./engine');
  return engine.inTransaction(db, (conn) =>
    work({ query: <Row>(sql: string, params: unknown[] = []) => run<Row>(conn, sql, params) }),
  );
}
