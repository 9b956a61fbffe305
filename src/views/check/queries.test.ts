/**
 * The agency matching and history SQL, run with @duckdb/node-api over the shipped dataset
 * (public/data) in place of the browser's engine.
 */

import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TABLES } from '../../dataset/dictionary';

let conn: DuckDBConnection;

vi.mock('../../db/client', () => ({
  query: async (sql: string, params: unknown[] = []) => {
    const reader = await conn.runAndReadAll(sql, params as never);
    const rows = reader
      .getRowObjectsJS()
      .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
    return { columns: [], rows };
  },
}));

const { agencyReports, matchAgency } = await import('./queries');

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  for (const t of TABLES)
    await conn.run(`CREATE TABLE ${t.name} AS SELECT * FROM read_parquet('${join('public', 'data', t.file)}')`);
});
afterAll(() => conn.closeSync());

describe('matchAgency', () => {
  it('finds an agency by its full name, ignoring spaces', async () => {
    expect((await matchAgency(['郯城县 行政审批服务局']))?.agency_id).toBe('tancheng-approval');
  });

  it('falls back to a short name or alias of the other names the report uses', async () => {
    expect((await matchAgency(['不存在的机关', '平潭综合区行政审批局']))?.agency_id).toBe('pingtan-approval');
  });

  it('returns null when nothing matches', async () => {
    expect(await matchAgency(['不存在的机关'])).toBeNull();
  });
});

describe('agencyReports', () => {
  it("returns each of the agency's parsed reports with its cells", async () => {
    const reports = await agencyReports('tancheng-approval');
    expect(reports.map((r) => [r.reportId, r.year, r.layout])).toEqual([['000', 2023, '2021']]);
    expect(reports[0].cells['t2.licensing.decisions']).toBe(42975);
  });

  it("leaves out this tab's local reports (the check compares with the published dataset)", async () => {
    await conn.run(
      "INSERT INTO reports (report_id, agency_id, year, layout, status) VALUES ('local-x', 'tancheng-approval', 2022, '2021', 'ok')",
    );
    expect((await agencyReports('tancheng-approval')).map((r) => r.reportId)).toEqual(['000']);
  });
});
