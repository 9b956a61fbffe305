/**
 * The prerendered first view equals what the browser's engine returns, along the page's own path:
 * the build's results as the module source the bundle gets (a JSON round trip), put into a query
 * cache by hydratePrerendered and read back under the key useSql asks for; against the same SQL run
 * by duckdb-wasm on the same Parquet with the views computed into tables as in the page — values,
 * column names and type names, in order.
 */
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Engine, openWasmEngine } from '../dataset/engines';
import { hydratePrerendered, type Prerendered, PUBLISHED_GENERATION, sqlKey } from '../db/prerendered';
import { overviewQueries } from '../queries/overview';
import { DEFAULT_URL_STATE } from '../url/state';
import { AGENCY_QUERIES } from '../views/agency/queries';
import {
  defaultViewQueries,
  listQueries,
  oneFilterStates,
  prerender,
  prerenderAgencies,
  prerenderedModule,
  prerenderOneFilter,
  prerenderRegions,
  regionChoices,
} from './prerender';

const DATA = 'public/data';
let wasm: Engine;
let prerendered: Prerendered;
let oneFilter: Prerendered;
const cache = new QueryClient();

/** What the bundle's `import prerendered from 'virtual:prerendered'` evaluates to. */
function moduleValue(source: string): Prerendered {
  const json = /^export default ([\s\S]*);$/.exec(source);
  if (!json) throw new Error(`not the module the plugin writes: ${source.slice(0, 40)}`);
  return JSON.parse(json[1]) as Prerendered;
}

beforeAll(async () => {
  wasm = await openWasmEngine(DATA);
  prerendered = moduleValue(prerenderedModule(await prerender(DATA)));
  hydratePrerendered(cache, prerendered);
  oneFilter = moduleValue(prerenderedModule(await prerenderOneFilter(DATA, prerendered)));
}, 120_000);
afterAll(() => wasm?.close());

/** The result the page's first render finds in its cache for a query of the default view. */
const cached = (q: { name: string; params: unknown[] }) =>
  cache.getQueryData(sqlKey(prerendered.version, PUBLISHED_GENERATION, q.name, q.params));

describe('prerender', () => {
  it('covers every query of the default view, with the data version', async () => {
    expect(prerendered.queries.map((q) => q.name)).toEqual(defaultViewQueries().map((q) => q.name));
    const manifest = (await import('../../public/data/manifest.json')).default;
    expect(prerendered.version).toBe(manifest.version);
  });

  it.each(defaultViewQueries().map((q) => [q.name, q] as const))('%s equals duckdb-wasm', async (_name, q) => {
    const fromCache = cached(q) as Prerendered['queries'][number]['result'] | undefined;
    expect(fromCache?.rows.length).toBeGreaterThan(0);
    expect(fromCache).toEqual(await wasm.rows(q.sql, q.params));
  });

  it('would notice a difference (the comparison is not vacuous)', async () => {
    const q = defaultViewQueries()[0];
    const other = await wasm.rows(q.sql.replace('count(*) AS reports', 'count(*) - 1 AS reports'), q.params);
    expect(cached(q)).not.toEqual(other);
  });

  it('is not found after the data changed in the tab (another generation)', () => {
    const q = defaultViewQueries()[0];
    expect(cache.getQueryData(sqlKey(prerendered.version, PUBLISHED_GENERATION + 1, q.name, q.params))).toBeUndefined();
  });

  it('answers each single year, each run of neighbouring years and each region of the Overview, as duckdb-wasm does', async () => {
    const states = oneFilterStates(prerendered);
    const years = (await wasm.rows('SELECT DISTINCT year FROM reports ORDER BY year', [])).rows.map((r) =>
      Number(r.year),
    );
    expect(states.filter((s) => s.years.length === 1)).toHaveLength(years.length);
    // Every run of two or more neighbouring year boxes, and no other set of years.
    const runs = states.filter((s) => s.years.length > 1).map((s) => s.years.join());
    expect(new Set(runs).size).toBe((years.length * (years.length - 1)) / 2);
    for (const run of runs) expect(years.join()).toContain(run);
    expect(states.some((s) => s.region && !s.region.includes('/'))).toBe(true); // a province
    expect(states.some((s) => s.region?.includes('/'))).toBe(true); // and a city or county below it
    for (const state of states) {
      for (const q of Object.values(overviewQueries(state))) {
        const fromBuild =
          oneFilter.queries.find((p) => p.name === q.name && JSON.stringify(p.params) === JSON.stringify(q.params)) ??
          prerendered.queries.find((p) => p.name === q.name && JSON.stringify(p.params) === JSON.stringify(q.params));
        expect(fromBuild, `${q.name} ${JSON.stringify(q.params)}`).toBeDefined();
        expect(fromBuild!.result).toEqual(await wasm.rows(q.sql, q.params));
      }
    }
    // Results only for states other than the default one.
    const defaults = Object.values(overviewQueries(DEFAULT_URL_STATE)).map((q) => JSON.stringify([q.name, q.params]));
    expect(oneFilter.queries.some((q) => defaults.includes(JSON.stringify([q.name, q.params])))).toBe(false);
  });

  it("answers each region's single years (a region chosen, then a year), as duckdb-wasm does", async () => {
    const regions = await prerenderRegions(DATA, prerendered);
    expect(Object.keys(regions)).toEqual(regionChoices(DEFAULT_URL_STATE, prerendered));
    const years = (await wasm.rows('SELECT DISTINCT year FROM reports ORDER BY year', [])).rows.map((r) =>
      Number(r.year),
    );
    for (const [region, results] of Object.entries(regions)) {
      expect(results.version).toBe(prerendered.version);
      for (const year of years)
        for (const q of Object.values(overviewQueries({ ...DEFAULT_URL_STATE, region, years: [year] }))) {
          const fromBuild = [...results.queries, ...prerendered.queries].find(
            (p) => p.name === q.name && JSON.stringify(p.params) === JSON.stringify(q.params),
          );
          expect(fromBuild, `${region} ${year}: ${q.name}`).toBeDefined();
          expect(fromBuild!.result).toEqual(await wasm.rows(q.sql, q.params));
        }
    }
  });

  it("answers the lists a reader opens without the engine (the agency picker's, About's sources), as duckdb-wasm does", async () => {
    const lists = moduleValue(prerenderedModule(await prerender(DATA, listQueries())));
    expect(lists.version).toBe(prerendered.version);
    expect(lists.queries.map((q) => q.name)).toEqual(['agency.list', 'about.sources']);
    for (const q of listQueries()) {
      const fromBuild = lists.queries.find((p) => p.name === q.name);
      expect(fromBuild!.result).toEqual(await wasm.rows(q.sql, q.params));
    }
    // About lists every report, read independently of its query.
    const reports = (await wasm.rows('SELECT count(*) AS n FROM reports', [])).rows[0].n;
    expect(lists.queries[1].result.rows).toHaveLength(Number(reports));
  });

  it("answers every agency's profile and each of its reports' tables, as duckdb-wasm does", async () => {
    const profiles = await prerenderAgencies(DATA);
    // Every agency with a report, read independently of the build's own list query.
    const withReports = (await wasm.rows('SELECT DISTINCT agency_id FROM reports WHERE agency_id IS NOT NULL', []))
      .rows;
    expect(Object.keys(profiles).sort()).toEqual(withReports.map((r) => r.agency_id).sort());
    let reports = 0;
    for (const [id, profile] of Object.entries(profiles)) {
      expect(profile.version).toBe(prerendered.version);
      const ownReports = await wasm.rows('SELECT report_id FROM reports WHERE agency_id = ?', [id]);
      reports += ownReports.rows.length;
      // The queries the profile page asks for: its own, and each report's cells and findings.
      const wanted = [
        AGENCY_QUERIES.list(),
        AGENCY_QUERIES.info(id),
        AGENCY_QUERIES.reports(id),
        AGENCY_QUERIES.figures(id),
        AGENCY_QUERIES.carryOver(id),
        ...ownReports.rows.flatMap((r) => [
          AGENCY_QUERIES.cells(String(r.report_id)),
          AGENCY_QUERIES.findings(String(r.report_id)),
        ]),
      ];
      expect(profile.queries).toHaveLength(wanted.length);
      for (const q of wanted) {
        const fromBuild = profile.queries.find(
          (p) => p.name === q.name && JSON.stringify(p.params) === JSON.stringify(q.params),
        );
        expect(fromBuild, `${id}: ${q.name} ${JSON.stringify(q.params)}`).toBeDefined();
        expect(fromBuild!.result).toEqual(await wasm.rows(q.sql, q.params));
      }
    }
    expect(reports).toBe(
      (await wasm.rows('SELECT report_id FROM reports WHERE agency_id IS NOT NULL', [])).rows.length,
    );
  }, 120_000);
});
