/**
 * The committed dataset against the hand-verified figures: for every report with a data/gold file,
 * public/data must hold exactly its cells (ids and values, NULL for blank), layout, year, published
 * date and agency (the gold name or one of its aliases).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedReport } from '../report/types';

const GOLD_DIR = 'data/gold';
const golds = readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`${GOLD_DIR}/${f}`, 'utf8')) as ParsedReport);

let connection: DuckDBConnection;
beforeAll(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => connection.closeSync());

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS();
}

describe('public/data against data/gold', () => {
  it('has a gold file for most reports (the test is not vacuous)', () => {
    expect(golds.length).toBeGreaterThan(50);
  });

  it.each(golds.map((g) => [g.source, g] as const))('%s', async (source, gold) => {
    const id = source.replace(/\.[^.]+$/, '');
    const [report] = await rows(
      `SELECT agency_name, year, layout, strftime(published, '%Y-%m-%d') AS published, status
       FROM 'public/data/reports.parquet' WHERE report_id = '${id}'`,
    );
    expect(report, `no reports row for ${id}`).toBeDefined();
    expect(report.status).toBe('ok');
    expect({ layout: report.layout, year: report.year, published: report.published }).toEqual({
      layout: gold.layout,
      year: gold.year,
      published: gold.published,
    });
    expect([gold.agency, ...(gold.agency_aliases ?? [])]).toContain(report.agency_name);

    const cells = await rows(`SELECT cell_id, value FROM 'public/data/cells.parquet' WHERE report_id = '${id}'`);
    expect(Object.fromEntries(cells.map((c) => [c.cell_id, c.value]))).toEqual(gold.cells);
  });
});
