import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../dataset/dictionary';
import { EXAMPLES } from './examples';

// Every gallery query runs on the shipped dataset: public/data/*.parquet plus the views.
const DATA = join(import.meta.dirname, '../../../public/data');
const VIEWS_SQL = join(import.meta.dirname, '../../dataset/views.sql');

let run: (sql: string) => Promise<Record<string, unknown>[]>;

beforeAll(async () => {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  for (const t of TABLES) {
    await conn.run(`CREATE TABLE ${t.name} AS SELECT * FROM read_parquet('${join(DATA, t.file)}')`);
  }
  await conn.run(readFileSync(VIEWS_SQL, 'utf8'));
  run = async (sql) => (await conn.runAndReadAll(sql)).getRowObjectsJS();
});

describe('example queries', () => {
  it('have unique ids and titles in both languages', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    for (const e of EXAMPLES) expect(e.title.zh && e.title.en).toBeTruthy();
  });

  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s runs and answers with rows', async (_id, example) => {
    const rows = await run(example.sql);
    expect(rows.length).toBeGreaterThan(0);
  });
});
