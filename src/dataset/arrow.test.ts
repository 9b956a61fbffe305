/**
 * parquetToArrow: the dictionary's types, NULLs kept, empty files, and a clear error for a file
 * that lacks a column.
 */

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { parquetToArrow } from './arrow';
import { tableSpec } from './dictionary';

const dir = mkdtempSync(join(tmpdir(), 'arrow-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function parquetOf(sql: string): Promise<ArrayBuffer> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.parquet`);
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run(`COPY (${sql}) TO '${path}' (FORMAT parquet, COMPRESSION snappy)`);
  connection.closeSync();
  const bytes = readFileSync(path);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const reportsSelect = (where: string) => {
  const cols = tableSpec('reports').columns.map((c) => {
    const sample: Record<string, string> = {
      VARCHAR: `'x'`,
      INTEGER: '7',
      DOUBLE: '1.5',
      BOOLEAN: 'true',
      DATE: `DATE '2024-01-09'`,
    };
    return `CASE WHEN i = 0 THEN ${sample[c.type]} END::${c.type} AS ${c.name}`;
  });
  return `SELECT ${cols.join(', ')} FROM range(2) t(i) ${where}`;
};

describe('parquetToArrow', () => {
  it('types every column as the dictionary says and keeps NULLs', async () => {
    const table = await parquetToArrow(await parquetOf(reportsSelect('')), 'reports');
    expect(table.numRows).toBe(2);
    const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, String(f.type)]));
    expect(types.report_id).toBe('Utf8');
    expect(types.year).toBe('Int32');
    expect(types.published).toBe('Date32<DAY>');
    const [first, second] = table.toArray().map((r) => r.toJSON());
    expect(first).toMatchObject({ report_id: 'x', year: 7, published: Date.UTC(2024, 0, 9) });
    expect(Object.values(second).every((v) => v === null)).toBe(true);
  });

  it('reads a file with no rows', async () => {
    const table = await parquetToArrow(await parquetOf(reportsSelect('WHERE false')), 'reports');
    expect(table.numRows).toBe(0);
    expect(table.schema.fields.map((f) => f.name)).toEqual(tableSpec('reports').columns.map((c) => c.name));
  });

  it('names the file and the missing columns', async () => {
    await expect(parquetToArrow(await parquetOf(`SELECT 'x' AS report_id`), 'reports')).rejects.toThrow(
      /reports\.parquet: missing column\(s\) agency_id, agency_name/,
    );
  });
});
