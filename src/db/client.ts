/**
 * One function to run SQL against the loaded dataset.
 *
 * Each call gets its own connection, so concurrent queries (several charts at once) never share
 * a pending result, and cancelling one (AbortSignal → conn.cancelSent) leaves the others alone.
 * Values bound with `?` go through a prepared statement — never spliced into the text.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { AsyncRecordBatchStreamReader, RecordBatch, Schema } from 'apache-arrow';
import { appendRows, columnsOf, type QueryColumn } from '../dataset/arrowRows';
import { getSession } from './session';

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
  if (signal?.aborted) throw abortError(signal);
  const session = await raceAbort(getSession(), signal);
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
