/**
 * The agency matching and history SQL, run with @duckdb/node-api over the shipped dataset
 * (public/data) in place of the browser's engine.
 */

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Engine, openNodeEngine } from '../../dataset/engines';

let engine: Engine;

vi.mock('../../db/client', () => ({
  query: (sql: string, params: unknown[] = []) => engine.rows(sql, params),
}));

const { agencyReports, matchLoadedAgency } = await import('./queries');

beforeAll(async () => {
  engine = await openNodeEngine('public/data');
});
afterAll(() => engine?.close());

describe('matchLoadedAgency', () => {
  it('finds an agency by its full name, ignoring spaces', async () => {
    expect((await matchLoadedAgency(['郯城县 行政审批服务局']))?.agency_id).toBe('tancheng-approval');
  });

  it('falls back to a short name or alias of the other names the report uses', async () => {
    expect((await matchLoadedAgency(['不存在的机关', '平潭综合区行政审批局']))?.agency_id).toBe('pingtan-approval');
  });

  it('returns null when nothing matches', async () => {
    expect(await matchLoadedAgency(['不存在的机关'])).toBeNull();
  });
});

describe('agencyReports', () => {
  it("returns each of the agency's parsed reports with its cells", async () => {
    const reports = await agencyReports('tancheng-approval');
    expect(reports.map((r) => [r.reportId, r.year, r.layout])).toEqual([['000', 2023, '2021']]);
    expect(reports[0].cells['t2.licensing.decisions']).toBe(42975);
  });

  it("leaves out this tab's local reports (the check compares with the published dataset)", async () => {
    await engine.rows(
      "INSERT INTO reports (report_id, agency_id, year, layout, status) VALUES ('local-x', 'tancheng-approval', 2022, '2021', 'ok')",
    );
    expect((await agencyReports('tancheng-approval')).map((r) => r.reportId)).toEqual(['000']);
  });
});
