/**
 * The SQL of the Compare, Agency profile and Data quality views, run on the shipped dataset
 * (public/data/*.parquet + views.sql) with @duckdb/node-api, checked against the cells and
 * findings tables read directly.
 */

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Engine, openNodeEngine } from '../../dataset/engines';
import type { FigureFilter } from '../../db/filters';
import { AGENCY_LIST_SQL, CELLS_SQL, FIGURES_SQL, FINDINGS_SQL, REPORTS_SQL } from '../agency/queries';
import type { CompareRow } from '../compare/metrics';
import { compareRowsQuery, FILTER_OPTIONS_SQL, YEARS_SQL } from '../compare/queries';
import { byAgencyQuery, byRuleQuery, byYearQuery, findingListQuery, fixListQuery, type QualityFilter } from './queries';

const DATA = join(import.meta.dirname, '../../../public/data');
let engine: Engine;

async function rows<Row = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<Row[]> {
  return (await engine.rows(sql, params)).rows as Row[];
}

beforeAll(async () => {
  engine = await openNodeEngine(DATA);
});
afterAll(() => engine?.close());

const ALL: FigureFilter = { years: [], agencies: [], region: null, level: null, type: null };
const cellValue = async (report: string, cell: string) =>
  (
    await rows<{ value: number | null }>('SELECT value FROM cells WHERE report_id = ? AND cell_id = ?', [report, cell])
  )[0]?.value;

describe('Compare SQL', () => {
  it('gives one row per department report of the year with the measures of its cells', async () => {
    const q = compareRowsQuery({ ...ALL, peers: 'departments' as const, year: 2023 });
    const result = await rows<CompareRow>(q.sql, q.params);
    const [{ n }] = await rows<{ n: number }>(`SELECT count(*) AS n FROM reports r JOIN agencies a USING (agency_id)
      WHERE r.year = 2023 AND r.status = 'ok' AND a.agency_type <> '人民政府'`);
    expect(result).toHaveLength(n);
    const tancheng = result.find((r) => r.agency_id === 'tancheng-approval')!;
    expect(tancheng).toMatchObject({
      report_id: '000',
      licensing: 42975,
      fees: 42.39,
      new_received: 16,
    });
    expect(tancheng.natural_share__k).toBe(await cellValue('000', 't3.new_received.natural_person'));
    expect(tancheng.total_handled).toBe(await cellValue('000', 't3.total_handled.total'));
    expect(result.map((r) => r.agency_id)).not.toContain('pingtan');
  });

  it('compares governments and zones only with each other', async () => {
    const q = compareRowsQuery({ ...ALL, peers: 'governments' as const, year: 2024 });
    const governments = await rows<CompareRow>(q.sql, q.params);
    expect(governments).toContainEqual(
      expect.objectContaining({ agency_id: 'pingtan', licensing: 4529, fees: 18651.06 }),
    );
    expect(governments.map((r) => r.agency_id)).not.toContain('pingtan-approval');
  });

  it('filters by region (and everything under it), level and type', async () => {
    const run = async (f: Partial<FigureFilter>) => {
      const q = compareRowsQuery({ ...ALL, ...f, peers: 'departments' as const, year: 2023 });
      return (await rows<CompareRow>(q.sql, q.params)).map((r) => r.agency_id);
    };
    expect(await run({ region: '山东省' })).toEqual(['tancheng-approval']);
    expect(await run({ region: '山东省/临沂市/郯城县' })).toEqual(['tancheng-approval']);
    expect(await run({ region: '上海市/临沂市' })).toEqual([]);
    expect(await run({ level: 'county', type: '行政审批' })).toEqual(['tancheng-approval']);
  });

  it('offers the years, regions, levels and types present', async () => {
    const years = (await rows<{ year: number }>(YEARS_SQL)).map((r) => r.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years).toContain(2023);
    const options = await rows<{ kind: string; value: string }>(FILTER_OPTIONS_SQL);
    expect(options).toContainEqual({ kind: 'region', value: '山东省/临沂市/郯城县' });
    expect(options).toContainEqual({ kind: 'level', value: 'county' });
    expect(options).toContainEqual({ kind: 'type', value: '行政审批' });
  });
});

describe('Agency profile SQL', () => {
  it('lists agencies with their report counts', async () => {
    const list = await rows<{ agency_id: string; reports: number }>(AGENCY_LIST_SQL);
    expect(list.find((a) => a.agency_id === 'tancheng-approval')).toMatchObject({ reports: 1 });
    const [{ n }] = await rows<{ n: number }>('SELECT count(*) AS n FROM reports WHERE agency_id IS NOT NULL');
    expect(list.reduce((s, a) => s + a.reports, 0)).toBe(n);
  });

  it('reads a report, all its cells, its findings and its key figures', async () => {
    expect((await rows<{ report_id: string }>(REPORTS_SQL, ['tancheng-approval'])).map((r) => r.report_id)).toEqual([
      '000',
    ]);
    expect(await rows(CELLS_SQL, ['000'])).toHaveLength(200);
    expect(await rows(CELLS_SQL, ['002'])).toHaveLength(198);
    const findings = await rows<{ severity: string }>(FINDINGS_SQL, ['002']);
    const [{ n }] = await rows<{ n: number }>("SELECT count(*) AS n FROM findings WHERE report_id = '002'");
    expect(findings).toHaveLength(n);
    expect(findings[0].severity).toBe('error');
    const figs = await rows<{ year: number; licensing: number }>(FIGURES_SQL, ['tancheng-approval']);
    expect(figs).toEqual([expect.objectContaining({ year: 2023, licensing: 42975 })]);
  });
});

describe('Data quality SQL', () => {
  const none: QualityFilter = { ...ALL, rule: null, severity: null };
  const total = async (where = 'TRUE', params: unknown[] = []) =>
    (
      await rows<{ n: number }>(
        `SELECT count(*) AS n FROM findings f JOIN reports r USING (report_id) WHERE ${where}`,
        params,
      )
    )[0].n;

  it('counts every finding once by rule, by year and by agency', async () => {
    const n = await total();
    const sum = async (q: { sql: string; params: unknown[] }) =>
      (await rows<{ n: number }>(q.sql, q.params)).reduce((s, r) => s + r.n, 0);
    expect(await sum(byRuleQuery(none))).toBe(n);
    expect(await sum(byYearQuery(none))).toBe(n);
    const agencies = await rows<{ n: number; errors: number; warnings: number; infos: number }>(
      byAgencyQuery(none).sql,
      byAgencyQuery(none).params,
    );
    expect(agencies.reduce((s, a) => s + a.n, 0)).toBe(n);
    for (const a of agencies) expect(a.errors + a.warnings + a.infos).toBe(a.n);
  });

  it('applies rule, severity, year and agency filters', async () => {
    const f: QualityFilter = { ...none, rule: 'cell.blank', severity: 'warning', years: [2019] };
    const q = byRuleQuery(f);
    const counted = await rows<{ rule: string; n: number }>(q.sql, q.params);
    expect(counted.map((r) => r.rule)).toEqual(['cell.blank']);
    expect(counted[0].n).toBe(await total("f.rule = 'cell.blank' AND f.severity = 'warning' AND r.year = 2019"));
    const list = findingListQuery({ ...none, agencies: ['shanghai-gov-office'] }, 5);
    const items = await rows<{ agency_id: string; severity: string }>(list.sql, list.params);
    expect(items).toHaveLength(5);
    expect(new Set(items.map((i) => i.agency_id))).toEqual(new Set(['shanghai-gov-office']));
    expect(items[0].severity).toBe('error');
  });

  it('gives an agency’s whole 整改清单', async () => {
    const q = fixListQuery('pingtan-agriculture');
    expect(await rows(q.sql, q.params)).toHaveLength(await total("r.agency_id = 'pingtan-agriculture'"));
  });
});
