/**
 * The Overview's queries read only the columns of report_figures they need (planning is most of
 * their cost in duckdb-wasm, and every column of a CTE is bound at every reference): checked here
 * to return exactly what the same query over every column returns, in duckdb-wasm on the shipped
 * data, for every path of the sets (whole years or not, both bases, both trends).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Engine, openWasmEngine } from '../dataset/engines';
import { BASES } from '../measures/coverage';
import { DEFAULT_URL_STATE, type UrlState } from '../url/state';
import { overviewQueries } from './overview';

let wasm: Engine;
let allColumns: number;

beforeAll(async () => {
  wasm = await openWasmEngine('public/data');
  allColumns = (await wasm.rows('SELECT * FROM report_figures LIMIT 0')).columns.length;
}, 120_000);
afterAll(() => wasm?.close());

const SELECTED = /WITH selected AS \(SELECT (.+?) FROM report_figures /;

/** The same query with `selected` carrying every column of report_figures. */
const overEveryColumn = (sql: string) => sql.replace(SELECTED, 'WITH selected AS (SELECT * FROM report_figures ');

const FILTERS: Partial<UrlState>[] = [
  {},
  { years: [2022, 2024] },
  { years: [2019, 2020, 2021, 2023] },
  { region: '山东省' },
  { years: [2023], region: '山东省/临沂市/郯城县' },
  { type: '人民政府' },
  { agencies: ['tancheng-approval'] },
];

describe('the Overview reads only the columns it needs', () => {
  it('selects fewer columns than report_figures has', () => {
    for (const q of Object.values(overviewQueries(DEFAULT_URL_STATE))) {
      const list = SELECTED.exec(q.sql)?.[1];
      if (!list) continue; // the filter choices read report_figures directly
      expect(list, q.name).not.toBe('*');
      expect(list.split(',').length, q.name).toBeLessThan(allColumns / 2);
    }
  });

  it.each(BASES)('returns what the query over every column returns (%s)', async (basis) => {
    let compared = 0;
    for (const trend of ['same', 'all'] as const)
      for (const filter of FILTERS) {
        const state = { ...DEFAULT_URL_STATE, ...filter, basis, trend };
        for (const q of Object.values(overviewQueries(state))) {
          if (!SELECTED.test(q.sql)) continue;
          const narrow = await wasm.rows(q.sql, q.params);
          const wide = await wasm.rows(overEveryColumn(q.sql), q.params);
          expect(narrow, `${q.name} ${JSON.stringify(filter)}`).toEqual(wide);
          if (narrow.rows.length > 0) compared += 1;
        }
      }
    // Not vacuous: most of them have rows.
    expect(compared).toBeGreaterThan(50);
  });
});
