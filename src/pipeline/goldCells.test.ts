/**
 * The committed dataset against the hand-verified figures: for every report with a data/gold file,
 * public/data must hold exactly its cells (ids and values, NULL for blank), layout, year, published
 * date and agency (the gold name or one of its aliases).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
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

describe('public/data as a whole', () => {
  it('has every corpus report parsed and joined to a curated agency', async () => {
    const problems = await rows(
      `SELECT r.report_id, r.status, r.error, a.curated FROM 'public/data/reports.parquet' r
       LEFT JOIN 'public/data/agencies.parquet' a USING (agency_id)
       WHERE r.status <> 'ok' OR a.curated IS DISTINCT FROM true`,
    );
    expect(problems).toEqual([]);
    const [{ n }] = await rows(`SELECT count(*)::INTEGER AS n FROM 'public/data/reports.parquet'`);
    expect(n).toBe(readFileSync('data/reports/manifest.csv', 'utf8').trim().split('\n').length - 1);
  });

  it('records the real inconsistencies that data/gold/NOTES.md lists', async () => {
    const atCells = await rows(
      `SELECT DISTINCT report_id, at_cell FROM 'public/data/findings.parquet' WHERE severity = 'error' AND report_id IN ('111', '120')`,
    );
    expect(atCells).toEqual(
      expect.arrayContaining([
        { report_id: '111', at_cell: 't4.review.total' },
        { report_id: '120', at_cell: 't4.suit_after_review.total' },
      ]),
    );
  });
});
