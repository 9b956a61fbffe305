/**
 * ParquetTablesWriter round trip: awkward text (quotes, commas, line breaks), empty string versus
 * NULL, numbers, dates and booleans come back from the Parquet files exactly.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { ParquetTablesWriter } from './parquetWriter';

const dir = mkdtempSync(join(tmpdir(), 'writer-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ParquetTablesWriter', () => {
  it('round-trips values exactly and sorts by the given keys', async () => {
    const texts = ['say "hi", then\nleave', 'a\r\nb', '', '１２，３ 件', '""'];
    const writer = new ParquetTablesWriter();
    writer.append(
      'cells',
      texts.map((raw_text, i) => ({
        report_id: `r${i}`,
        table_no: 3,
        row_id: 'granted',
        column_id: 'total',
        cell_id: 't3.granted.total',
        value: i === 2 ? null : 0.1 + 0.2 + i,
        raw_text,
      })),
    );
    writer.append('cells', [
      { report_id: 'r9', table_no: 2, row_id: 'x', column_id: 'y', cell_id: 'z', value: -1e-7, raw_text: null },
    ]);
    writer.append('agencies', [
      { agency_id: 'b', name: '乙', curated: false },
      { agency_id: 'a', name: '甲', curated: true },
    ]);
    writer.append('reports', [{ report_id: '1', published: '2024-02-29', year: 2023, status: 'ok', n_errors: 0 }]);
    await writer.write(dir, { agencies: ['agency_id'] });

    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const read = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
    const cells = await read(`SELECT report_id, value, raw_text FROM '${dir}/cells.parquet'`);
    expect(cells.map((c) => c.raw_text)).toEqual([...texts, null]);
    expect(cells.map((c) => c.value)).toEqual([0.1 + 0.2, 0.1 + 0.2 + 1, null, 0.1 + 0.2 + 3, 0.1 + 0.2 + 4, -1e-7]);
    expect(await read(`SELECT agency_id, curated, short_name FROM '${dir}/agencies.parquet'`)).toEqual([
      { agency_id: 'a', curated: true, short_name: null },
      { agency_id: 'b', curated: false, short_name: null },
    ]);
    const [report] = await read(
      `SELECT strftime(published, '%Y-%m-%d') AS published, year FROM '${dir}/reports.parquet'`,
    );
    expect(report).toEqual({ published: '2024-02-29', year: 2023 });
    connection.closeSync();
  });
});
