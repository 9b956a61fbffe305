/**
 * The data loader of a partitioned dataset (src/pipeline/prerenderDataset.ts) gives a link's page
 * what the browser's engine would: for a small generated dataset, each result file, read as the
 * page reads it (its index entry and contents checked by src/db/linkResults.ts, put into a query
 * cache by hydratePrerendered), is looked up under the key useSql asks for on that link (its URL
 * parsed by the app's parser, the default scope applied) and compared with the same query run by
 * duckdb-wasm over that partition loaded as the page loads it. A file of another version or scope
 * is refused.
 */

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWasmEngine } from '../src/dataset/engines';
import { checkedResults, RESULTS_INDEX, type ResultsIndex, resultsEntry } from '../src/db/linkResults';
import type { Manifest } from '../src/db/manifest';
import { defaultScope, partitionsFor, partitionsKey } from '../src/db/partitions';
import { hydratePrerendered, type Prerendered, PUBLISHED_GENERATION, sqlKey } from '../src/db/prerendered';
import { linkScopes, readDatasetManifest } from '../src/pipeline/prerenderDataset';
import { overviewQueries } from '../src/queries/overview';
import { parseUrlState } from '../src/url/state';
import { generateNationalDataset, NATIONAL_DEFAULTS } from './gen-national-dataset';

const root = mkdtempSync(join(tmpdir(), 'link-results-'));
const dir = join(root, 'national');
let manifest: Manifest;
let index: ResultsIndex;

const readJson = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

beforeAll(async () => {
  // 2 provinces × 2 years × 3 counties × 4 agencies; the generator runs the loader itself.
  await generateNationalDataset({
    ...NATIONAL_DEFAULTS,
    out: dir,
    provinces: 2,
    firstYear: 2024,
    lastYear: 2025,
    countiesPerProvince: 3,
    agenciesPerCounty: 4,
    injectRate: 0.2,
  });
  manifest = readDatasetManifest(dir);
  index = readJson(RESULTS_INDEX) as ResultsIndex;
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What the page of `search` finds in its query cache for each of the Overview's queries, and the engine's answer. */
async function pageAndEngine(search: string) {
  const opened = parseUrlState(search).state;
  const state = { ...opened, ...defaultScope(manifest, opened) };
  const entry = resultsEntry(index, manifest, state);
  expect(entry, `an index entry for ${search}`).not.toBeNull();
  const data = checkedResults(readJson(entry!.name), manifest, entry!);
  expect(data, `${entry!.name} accepted`).not.toBeNull();
  const cache = new QueryClient();
  hydratePrerendered(cache, data!);
  const partitions = partitionsFor(manifest, state);
  const wasm = await openWasmEngine(dir, { partition: partitions.flatMap((p) => p.files) });
  try {
    const pairs = [];
    for (const q of Object.values(overviewQueries(state))) {
      const key = sqlKey(manifest.version, PUBLISHED_GENERATION, q.name, q.params, partitionsKey(partitions));
      pairs.push({ name: q.name, cached: cache.getQueryData(key), engine: await wasm.rows(q.sql, q.params) });
    }
    return { state, pairs };
  } finally {
    wasm.close();
  }
}

describe('a partitioned dataset’s link results', () => {
  it('has one file per province, for its latest year, for the manifest’s version', () => {
    expect(index.version).toBe(manifest.version);
    expect(index.files.map((f) => [f.region, f.years])).toEqual([
      ['合成省01', [2025]],
      ['合成省02', [2025]],
    ]);
    expect(linkScopes(manifest)).toEqual(index.files.map(({ region, years }) => ({ region, years })));
    for (const f of index.files)
      expect(f.name).toMatch(new RegExp(`^results/${manifest.version}/province=0\\d/year=2025/overview\\.json$`));
  });

  it.each([
    ['a link to a province and year', '?dataset=national&region=%E5%90%88%E6%88%90%E7%9C%8102&year=2025'],
    ['a link to a province', '?dataset=national&region=%E5%90%88%E6%88%90%E7%9C%8101'],
    ['a link to the dataset alone', '?dataset=national'],
  ])(
    '%s: every query of the Overview equals duckdb-wasm over its partition',
    async (_what, search) => {
      const { state, pairs } = await pageAndEngine(search);
      expect(pairs.map((p) => p.name)).toHaveLength(7);
      for (const { name, cached, engine } of pairs) expect(cached, name).toEqual(engine);
      // Not empty comparisons: the partition's reports are all counted, agencies and years listed.
      const reports = partitionsFor(manifest, state)[0].files.find((f) => f.table === 'reports')!.rows;
      expect(pairs.find((p) => p.name.startsWith('overview.totals'))!.engine.rows[0].reports).toBe(reports);
      expect(pairs.filter((p) => p.engine.rows.length > 0).length).toBeGreaterThanOrEqual(5);
    },
    60_000,
  );

  it('answers each city and county of the province as duckdb-wasm does, the region choice’s options', async () => {
    const opened = parseUrlState('?dataset=national').state;
    const state = { ...opened, ...defaultScope(manifest, opened) };
    const entry = resultsEntry(index, manifest, state)!;
    const link = checkedResults(readJson(entry.name), manifest, entry)!;
    const regions = checkedResults(readJson(entry.regions!), manifest, entry);
    expect(regions, `${entry.regions} accepted`).not.toBeNull();
    const partitions = partitionsFor(manifest, state);
    const wasm = await openWasmEngine(dir, { partition: partitions.flatMap((p) => p.files) });
    try {
      // Every region below the province, read independently of the loader's own list.
      const below = await wasm.rows(
        `SELECT DISTINCT province || '/' || city AS r FROM agencies WHERE city IS NOT NULL
         UNION SELECT DISTINCT province || '/' || city || '/' || county FROM agencies WHERE county IS NOT NULL ORDER BY 1`,
      );
      expect(below.rows.length).toBe(3 + 1); // 3 counties in 1 city
      const cache = new QueryClient();
      hydratePrerendered(cache, link);
      hydratePrerendered(cache, regions!);
      for (const { r: region } of below.rows as { r: string }[]) {
        for (const q of Object.values(overviewQueries({ ...state, region }))) {
          const key = sqlKey(manifest.version, PUBLISHED_GENERATION, q.name, q.params, partitionsKey(partitions));
          expect(cache.getQueryData(key), `${region} ${q.name}`).toEqual(await wasm.rows(q.sql, q.params));
        }
      }
    } finally {
      wasm.close();
    }
  }, 60_000);

  it('would notice a difference: the two provinces’ figures differ', async () => {
    const first = await pageAndEngine('?dataset=national&region=%E5%90%88%E6%88%90%E7%9C%8101');
    const second = await pageAndEngine('?dataset=national&region=%E5%90%88%E6%88%90%E7%9C%8102');
    const totals = (r: typeof first) => r.pairs.find((p) => p.name.startsWith('overview.totals'))!.engine;
    expect(totals(first)).not.toEqual(totals(second));
  }, 60_000);

  it('refuses an index or a file of another version, or a file of another scope, or a broken one', () => {
    const scope = { region: '合成省01', years: [2025] };
    const entry = resultsEntry(index, manifest, scope)!;
    const data = readJson(entry.name) as Prerendered;
    expect(checkedResults(data, manifest, entry)).not.toBeNull();
    const other = { ...manifest, version: 'another' };
    expect(resultsEntry(index, other, scope)).toBeNull();
    expect(checkedResults(data, other, entry)).toBeNull();
    expect(checkedResults({ ...data, scope: '合成省02/2025' }, manifest, entry)).toBeNull();
    expect(checkedResults({ ...data, queries: [{ name: 'x' }] }, manifest, entry)).toBeNull();
    expect(checkedResults('not json', manifest, entry)).toBeNull();
    // A scope the loader did not compute (an earlier year) has no entry: the engine answers it.
    expect(resultsEntry(index, manifest, { region: '合成省01', years: [2024] })).toBeNull();
    // An index may not point outside results/.
    const outside = { ...index, files: index.files.map((f) => ({ ...f, name: '../manifest.json' })) };
    expect(resultsEntry(outside, manifest, scope)).toBeNull();
  });
});
