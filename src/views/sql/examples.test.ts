import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Engine, openNodeEngine } from '../../dataset/engines';
import { EXAMPLES } from './examples';

// Every gallery query runs on the shipped dataset: public/data/*.parquet plus the views.
const DATA = join(import.meta.dirname, '../../../public/data');

let engine: Engine;
const run = async (sql: string) => (await engine.rows(sql)).rows;

beforeAll(async () => {
  engine = await openNodeEngine(DATA);
});
afterAll(() => engine?.close());

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
