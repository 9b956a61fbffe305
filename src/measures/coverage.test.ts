/**
 * The non-overlapping sets on a small made-up tree: a city government (with a report), its county
 * government (a jurisdiction report) with two bureaus, a city bureau, and a province that has no
 * report itself. Expected sets are written out by hand.
 */
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../dataset/dictionary';
import { openNodeEngine } from '../dataset/engines';
import { filterWhere } from '../db/filters';
import { DEFAULT_URL_STATE } from '../url/state';
import { BASES, type Basis, countedReports, overlapsQuery } from './coverage';
import { VIEWS_SQL } from './viewsSql';

// agency, type, parent; province has no report (like 淮安市人民政府).
const AGENCIES = [
  ['prov', '人民政府', null],
  ['city', '人民政府', 'prov'],
  ['city-bureau', '市场监管', 'city'],
  ['county', '人民政府', 'city'],
  ['county-a', '公安', 'county'],
  ['county-b', '财政', 'county'],
] as const;
// report id, agency, year, licensing; 2023: city, county and all bureaus; 2024: county and its bureaus only.
const REPORTS = [
  ['c23', 'city', 2023, 100],
  ['cb23', 'city-bureau', 2023, 10],
  ['k23', 'county', 2023, 60],
  ['ka23', 'county-a', 2023, 20],
  ['kb23', 'county-b', 2023, 40],
  ['k24', 'county', 2024, 70],
  ['ka24', 'county-a', 2024, 30],
  ['kb24', 'county-b', 2024, 40],
] as const;

let conn: DuckDBConnection;
const rows = async (sql: string, params: unknown[] = []) => {
  const s = await conn.prepare(sql);
  s.bind(params as Parameters<typeof s.bind>[0]);
  return (await s.runAndReadAll()).getRowObjectsJS();
};

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  for (const t of TABLES)
    await conn.run(`CREATE TABLE ${t.name} (${t.columns.map((c) => `${c.name} ${c.type}`).join(', ')})`);
  for (const [id, type, parent] of AGENCIES)
    await rows('INSERT INTO agencies (agency_id, name, agency_type, parent_id) VALUES (?, ?, ?, ?)', [
      id,
      id,
      type,
      parent,
    ]);
  for (const [id, agency, year, licensing] of REPORTS) {
    await rows(
      "INSERT INTO reports (report_id, agency_id, year, layout, status, source_file) VALUES (?, ?, ?, '2021', 'ok', ?)",
      [id, agency, year, id],
    );
    await rows("INSERT INTO cells VALUES (?, 2, 'licensing', 'decisions', 't2.licensing.decisions', ?, ?)", [
      id,
      licensing,
      String(licensing),
    ]);
  }
  await conn.run(VIEWS_SQL);
});
afterAll(() => conn?.closeSync());

async function counted(basis: Basis, patch: Partial<typeof DEFAULT_URL_STATE> = {}) {
  const { sql, params } = countedReports({ ...DEFAULT_URL_STATE, ...patch }, basis);
  const r = await rows(`${sql} SELECT report_id FROM counted ORDER BY report_id`, params);
  return r.map((x) => x.report_id);
}

describe('non-overlapping sets of reports', () => {
  it('whole jurisdictions: the topmost jurisdiction report of each year, and reports no jurisdiction report covers', async () => {
    expect(await counted('whole')).toEqual(['c23', 'k24']);
  });

  it('departments: every report but a jurisdiction report whose departments reported', async () => {
    expect(await counted('departments')).toEqual(['cb23', 'ka23', 'ka24', 'kb23', 'kb24']);
  });

  it('is relative to the selection: a bureau chosen alone is counted', async () => {
    expect(await counted('whole', { agencies: ['county-a'] })).toEqual(['ka23', 'ka24']);
    expect(await counted('whole', { agencies: ['county', 'county-a'] })).toEqual(['k23', 'k24']);
  });

  it('marks the same sets in report_figures for the whole dataset', async () => {
    const flags = await rows(
      'SELECT report_id, scope, covered_by, in_whole_set, in_department_set FROM report_figures ORDER BY report_id',
    );
    expect(flags.filter((f) => f.in_whole_set).map((f) => f.report_id)).toEqual(await counted('whole'));
    expect(flags.filter((f) => f.in_department_set).map((f) => f.report_id)).toEqual(await counted('departments'));
    expect(flags.find((f) => f.report_id === 'ka23')).toMatchObject({ scope: 'own', covered_by: 'k23' });
  });

  /**
   * covered_by and department_reports by their definition, asked report by report with correlated
   * subqueries (as the views computed them before they were joined once per agency-year).
   */
  const placedByDefinition = `SELECT s.report_id,
  (SELECT p.report_id FROM report_figures p JOIN agency_ancestors x ON x.ancestor_id = p.agency_id
    WHERE x.agency_id = s.agency_id AND p.year = s.year AND p.scope = 'jurisdiction'
    ORDER BY x.depth LIMIT 1) AS covered_by,
  (SELECT count(*) FROM report_figures d JOIN agency_ancestors x ON x.agency_id = d.agency_id
    WHERE x.ancestor_id = s.agency_id AND d.year = s.year)::INTEGER AS department_reports
FROM report_figures s ORDER BY s.report_id`;
  const placed = 'SELECT report_id, covered_by, department_reports FROM report_figures ORDER BY report_id';

  it("places each report as its definition says: the nearest covering report, its departments' reports", async () => {
    const expected = await rows(placedByDefinition);
    expect(expected.filter((r) => r.covered_by !== null).length).toBeGreaterThan(0);
    expect(expected.filter((r) => Number(r.department_reports) > 1).length).toBeGreaterThan(0);
    expect(await rows(placed)).toEqual(expected);
  });

  it('places each report of the shipped data as its definition says', async () => {
    const shipped = await openNodeEngine('public/data');
    try {
      const expected = (await shipped.rows(placedByDefinition)).rows;
      expect(expected.filter((r) => r.covered_by !== null).length).toBeGreaterThan(10);
      expect((await shipped.rows(placed)).rows).toEqual(expected);
    } finally {
      shipped.close();
    }
  });

  it('sums each set to the same licensing total when the jurisdiction report equals its departments', async () => {
    const total = async (basis: Basis) => {
      const { sql, params } = countedReports(DEFAULT_URL_STATE, basis);
      return (await rows(`${sql} SELECT sum(licensing_decisions) AS s FROM counted WHERE year = 2024`, params))[0].s;
    };
    expect(await total('whole')).toBe(70);
    expect(await total('departments')).toBe(70);
  });

  /**
   * The sets by their definition (the module comment), asked row by row with a correlated EXISTS:
   * what countedReports and overlapsQuery compute with joins or, for whole years, read from
   * report_figures' marks. Every combination of years with agency and type filters of the tree.
   */
  const definition = (basis: Basis, where: string) => `WITH selected AS (SELECT * FROM report_figures ${where})
SELECT s.report_id FROM selected s WHERE ${
    basis === 'whole'
      ? `NOT EXISTS (SELECT 1 FROM selected p JOIN agency_ancestors x ON x.ancestor_id = p.agency_id
      WHERE x.agency_id = s.agency_id AND p.year = s.year AND p.scope = 'jurisdiction')`
      : `NOT (s.scope = 'jurisdiction' AND EXISTS (SELECT 1 FROM selected d JOIN agency_ancestors x ON x.agency_id = d.agency_id
      WHERE x.ancestor_id = s.agency_id AND d.year = s.year))`
  } ORDER BY s.report_id`;
  const overlapsByDefinition = (where: string) => `WITH selected AS (SELECT * FROM report_figures ${where})
SELECT s.report_id, (SELECT count(*) FROM selected d JOIN agency_ancestors x ON x.agency_id = d.agency_id
  WHERE x.ancestor_id = s.agency_id AND d.year = s.year)::INTEGER AS departments
FROM selected s WHERE s.scope = 'jurisdiction' ORDER BY s.report_id`;
  const patches: Partial<typeof DEFAULT_URL_STATE>[] = [
    {},
    { agencies: ['county-a'] },
    { agencies: ['county', 'county-a'] },
    { agencies: ['city', 'county-b'] },
    { type: '人民政府' },
    { type: '公安' },
  ];
  const yearSets = [[], [2023], [2024], [2023, 2024]];

  it.each(BASES)('counts the sets of their definition for every filter (%s)', async (basis) => {
    for (const patch of patches)
      for (const years of yearSets) {
        const filter = { ...DEFAULT_URL_STATE, ...patch, years };
        const where = filterWhere(filter);
        const expected = (await rows(definition(basis, where.sql), where.params)).map((r) => r.report_id);
        expect(await counted(basis, { ...patch, years }), JSON.stringify(filter)).toEqual(expected);
      }
  });

  it.each(BASES)('lists the overlaps of their definition for every filter (%s)', async (basis) => {
    for (const patch of patches)
      for (const years of yearSets) {
        const filter = { ...DEFAULT_URL_STATE, ...patch, years };
        const where = filterWhere(filter);
        const inSet = new Set((await rows(definition(basis, where.sql), where.params)).map((r) => r.report_id));
        const expected = (await rows(overlapsByDefinition(where.sql), where.params))
          .filter((r) => Number(r.departments) > 0)
          .map((r) => ({ report_id: r.report_id, departments: r.departments, counted: inSet.has(r.report_id) }));
        const q = overlapsQuery(filter, basis);
        const got = (await rows(q.sql, q.params))
          .map((r) => ({ report_id: r.report_id, departments: r.departments, counted: r.counted }))
          .sort((a, b) => String(a.report_id).localeCompare(String(b.report_id)));
        expect(got, JSON.stringify(filter)).toEqual(expected);
      }
  });
});
