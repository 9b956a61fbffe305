/**
 * Dataset tables → Parquet files with @duckdb/node-api.
 *
 * Rows are streamed as they are produced into one staging CSV file per table (so 10,000 reports
 * never sit in memory as rows, and no per-value native call is made), then DuckDB copies each CSV
 * to `<table>.parquet` with the dictionary's column types (snappy: the browser's hyparquet reads it
 * without extra code). The large cells table is appended already in order and streams straight
 * through; the small tables are sorted.
 */

import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { TABLES, type TableName, tableSpec } from '../dataset/dictionary';
import type { Value } from '../dataset/rows';

/** Staging files are written in pieces of about this many characters. */
const FLUSH_CHARS = 1 << 20;

/** Quoted forms of recent strings: ids and labels repeat on every row of the cells table. */
const quoted = new Map<string, string>();
const QUOTED_CACHE_SIZE = 4096;

/** A CSV field: strings always quoted (so an empty string differs from NULL, an empty field). */
function csvField(value: Value | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value); // numbers print in shortest round-trip form
  let field = quoted.get(value);
  if (field === undefined) {
    field = `"${value.replaceAll('"', '""')}"`;
    if (quoted.size >= QUOTED_CACHE_SIZE) quoted.clear();
    quoted.set(value, field);
  }
  return field;
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

interface Staging {
  path: string;
  fd: number;
  /** Text not yet written (V8 joins appended strings lazily, so += is cheap). */
  pending: string;
  rows: number;
}

export class ParquetTablesWriter {
  private readonly workDir = mkdtempSync(join(tmpdir(), 'ingest-staging-'));
  private readonly staging = new Map<TableName, Staging>(
    TABLES.map((t) => {
      const path = join(this.workDir, `${t.name}.csv`);
      return [t.name, { path, fd: openSync(path, 'w'), pending: '', rows: 0 }];
    }),
  );

  append(table: TableName, rows: Iterable<object>): void {
    const columns = tableSpec(table).columns.map((c) => c.name);
    const s = this.staging.get(table)!;
    for (const row of rows) {
      const record = row as Record<string, Value>;
      let line = '';
      for (const c of columns) line += `${csvField(record[c])},`;
      // The row number goes last: it breaks ties when sorting, so the order is reproducible.
      line += `${s.rows++}\n`;
      s.pending += line;
      if (s.pending.length > FLUSH_CHARS) this.flush(s);
    }
  }

  private flush(s: Staging): void {
    writeSync(s.fd, s.pending);
    s.pending = '';
  }

  /**
   * Write every table to `<dir>/<file>`, ordered by `orderBy[table]` (append order breaking ties);
   * a table without an entry is written in append order.
   */
  async write(dir: string, orderBy: Partial<Record<TableName, string[]>>): Promise<void> {
    for (const s of this.staging.values()) {
      this.flush(s);
      closeSync(s.fd);
    }
    // A small memory limit: DuckDB streams the CSV through; only the small tables are sorted.
    const instance = await DuckDBInstance.create(':memory:', { memory_limit: '256MB' });
    const connection = await instance.connect();
    try {
      for (const spec of TABLES) {
        const types = [...spec.columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`), `'_seq': 'BIGINT'`];
        const source =
          `read_csv(${sqlString(this.staging.get(spec.name)!.path)}, columns = {${types.join(', ')}}, ` +
          `header = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, auto_detect = false)`;
        const keys = orderBy[spec.name];
        // DuckDB keeps the input order when there is no ORDER BY (preserve_insertion_order).
        const order = keys ? ` ORDER BY ${[...keys.map((k) => `"${k}"`), '_seq'].join(', ')}` : '';
        await connection.run(
          `COPY (SELECT * EXCLUDE (_seq) FROM ${source}${order}) TO ${sqlString(join(dir, spec.file))} (FORMAT parquet, COMPRESSION snappy)`,
        );
      }
    } finally {
      connection.closeSync();
      this.discard();
    }
  }

  /** Remove the staging files (also after a failure). */
  discard(): void {
    for (const s of this.staging.values()) {
      try {
        closeSync(s.fd);
      } catch {
        // already closed
      }
    }
    rmSync(this.workDir, { recursive: true, force: true });
  }
}
