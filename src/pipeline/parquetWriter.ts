/**
 * Dataset tables → Parquet files with @duckdb/node-api.
 *
 * Rows are appended as they are produced (so 10,000 reports never sit in JS memory as rows) into
 * in-memory DuckDB tables created from dictionary.ts, then each table is copied to
 * `<table>.parquet` (snappy: the browser's hyparquet reads it without extra code).
 */
import { DuckDBDateValue, DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { TABLES, tableSpec, type ColumnSpec, type TableName } from '../dataset/dictionary';
import type { Value } from './rows';

const DAY_MS = 86_400_000;

function appendValue(appender: DuckDBAppender, column: ColumnSpec, value: Value | undefined): void {
  if (value === null || value === undefined) return appender.appendNull();
  switch (column.type) {
    case 'VARCHAR':
      return appender.appendVarchar(String(value));
    case 'INTEGER':
      return appender.appendInteger(value as number);
    case 'DOUBLE':
      return appender.appendDouble(value as number);
    case 'BOOLEAN':
      return appender.appendBoolean(value as boolean);
    case 'DATE':
      // Dates travel as YYYY-MM-DD; a DuckDB DATE is days since 1970-01-01.
      return appender.appendDate(new DuckDBDateValue(Date.parse(`${value as string}T00:00:00Z`) / DAY_MS));
  }
}

export class ParquetTablesWriter {
  private constructor(
    private readonly connection: DuckDBConnection,
    private readonly appenders: Map<TableName, DuckDBAppender>,
    private readonly sequence: Map<TableName, number>,
  ) {}

  static async open(): Promise<ParquetTablesWriter> {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const appenders = new Map<TableName, DuckDBAppender>();
    for (const spec of TABLES) {
      // `_seq` keeps the order rows were appended in, for the ORDER BY of the copy.
      const columns = spec.columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
      await connection.run(`CREATE TABLE "${spec.name}" (${columns}, _seq BIGINT)`);
      appenders.set(spec.name, await connection.createAppender(spec.name));
    }
    return new ParquetTablesWriter(connection, appenders, new Map(TABLES.map((t) => [t.name, 0])));
  }

  append(table: TableName, rows: Iterable<object>): void {
    const spec = tableSpec(table);
    const appender = this.appenders.get(table)!;
    let seq = this.sequence.get(table)!;
    for (const row of rows) {
      const record = row as Record<string, Value>;
      for (const column of spec.columns) appendValue(appender, column, record[column.name]);
      appender.appendBigInt(BigInt(seq++));
      appender.endRow();
    }
    this.sequence.set(table, seq);
  }

  /**
   * Write every table to `<dir>/<file>`, ordered by `orderBy[table]` with the append order breaking
   * ties; a table without an entry is written in append order (the caller appends the large
   * cells table already sorted: sorting millions of rows again would cost memory for nothing).
   */
  async write(dir: string, orderBy: Partial<Record<TableName, string[]>>): Promise<void> {
    for (const appender of this.appenders.values()) appender.closeSync();
    for (const spec of TABLES) {
      const keys = orderBy[spec.name];
      // DuckDB keeps insertion order (preserve_insertion_order is on by default).
      const order = keys ? ` ORDER BY ${[...keys.map((k) => `"${k}"`), '_seq'].join(', ')}` : '';
      const path = join(dir, spec.file).replaceAll("'", "''");
      await this.connection.run(
        `COPY (SELECT * EXCLUDE (_seq) FROM "${spec.name}"${order}) TO '${path}' (FORMAT parquet, COMPRESSION snappy)`,
      );
    }
    this.connection.closeSync();
  }
}
