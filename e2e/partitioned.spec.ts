/**
 * A partitioned dataset opened with `?dataset=`: the small synthetic one that e2e/global-setup.ts
 * writes to dist/e2e-synthetic (2 provinces × 2024-2025, 240 reports per partition). Only the
 * partitions of the URL's province and year are downloaded; figures are checked against DuckDB
 * (Node) over the same partition files; the Compare view's caps (200 table rows, 50 bars) hold;
 * a crafted dataset folder is refused; a corrupt partition file is named in an error.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { barChartHeight } from '../src/charts/barOption';
import type { SqlFragment } from '../src/db/filters';
import type { ResultsIndex } from '../src/db/linkResults';
import type { Manifest, ManifestPartition } from '../src/db/manifest';
import type { Prerendered } from '../src/db/prerendered';
import { formatNumber, translate } from '../src/i18n/translate';
import { type TotalsRow, totalsQuery } from '../src/queries/overview';
import { type CompareRow, METRICS, metricValue } from '../src/views/compare/metrics';
import { compareRowsQuery } from '../src/views/compare/queries';
import { expect, holdBack, paintedCharts, requestsTo, shippedReportCount, test, waitForDataset } from './fixtures';
import { E2E_DATASET } from './global-setup';

const DIR = path.join('dist', E2E_DATASET);
const FIRST = '合成省01';
const SECOND = '合成省02';
const LOAD = { timeout: 150_000 };

/** Read when a test runs: the global setup writes it after the spec files are collected. */
function manifest(): Manifest {
  return JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as Manifest;
}

function partition(m: Manifest, province: string, year: number): ManifestPartition {
  const found = m.partitions.find((p) => p.province === province && p.year === year);
  if (!found) throw new Error(`${DIR}/manifest.json has no partition ${province}/${year}`);
  return found;
}

const reportsOf = (p: ManifestPartition) => p.files.find((f) => f.table === 'reports')!.rows;
const filesOf = (...ps: ManifestPartition[]) => ps.flatMap((p) => p.files.map((f) => f.name)).sort();

/** Runs SQL with @duckdb/node-api over one partition's Parquet files and src/dataset/views.sql. */
async function partitionQuery<Row>(p: ManifestPartition, query: SqlFragment): Promise<Row[]> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    for (const file of p.files) {
      const where = path.join(DIR, file.name).replaceAll("'", "''");
      // Without hive_partitioning = false, `province=01/year=2025` in the path would replace the columns.
      await conn.run(`CREATE TABLE ${file.table} AS SELECT * FROM read_parquet('${where}', hive_partitioning = false)`);
    }
    await conn.run(readFileSync('public/data/views.sql', 'utf8'));
    const reader = await conn.runAndReadAll(query.sql, query.params as never);
    return reader
      .getRowObjectsJS()
      .map(
        (row) =>
          Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])) as Row,
      );
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

const scopeOf = (province: string, year: number) => ({
  years: [year],
  agencies: [],
  region: province,
  level: null,
  type: null,
  basis: 'whole' as const,
  trend: 'same' as const,
});

const KPIS = ['reports', 'agencies', 'new_received', 'total_handled', 'licensing', 'fees'] as const;

/** The KPI tiles' texts a partition (or a region within it) must show, from DuckDB in Node. */
async function expectedKpis(p: ManifestPartition, region = p.province): Promise<string[]> {
  const [totals] = await partitionQuery<TotalsRow>(p, totalsQuery({ ...scopeOf(p.province, p.year), region }));
  if (region === p.province)
    expect(totals.reports, 'the Overview counts every report of the partition').toBe(reportsOf(p));
  return KPIS.map((id) => formatNumber('zh', totals[id] as number | null));
}

const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] [data-value]`);
const kpiTexts = (page: Page) => Promise.all(KPIS.map((id) => kpi(page, id).textContent()));

/** The dataset's Parquet files among `urls`, by their manifest name (`province=01/year=2025/cells.parquet`). */
function parquetRequested(urls: readonly string[]): string[] {
  const prefix = `/${E2E_DATASET}/`;
  return urls
    .map((u) => decodeURIComponent(new URL(u).pathname))
    .filter((p) => p.endsWith('.parquet'))
    .map((p) => (p.startsWith(prefix) ? p.slice(prefix.length) : p))
    .sort();
}

function urlScope(page: Page): { region: string | null; year: string | null } {
  const params = new URL(page.url()).searchParams;
  return { region: params.get('region'), year: params.get('year') };
}

/** Holds the engine's wasm back until `release` is called (every request of the context, the worker's too). */
const holdEngine = (context: BrowserContext) => holdBack(context, '**/*.wasm');

test("a link to a province-year fetches that partition's files while the engine is still starting, and computes the views once", async ({
  page,
  context,
}) => {
  const first = partition(manifest(), FIRST, 2025);
  const expected = await expectedKpis(first);
  const requests = requestsTo(context);
  // The statements that compute the views (views.sql made tables), as the page sends them to DuckDB's worker.
  await page.addInitScript(() => {
    const computed: number[] = [];
    Object.assign(window, { viewsComputed: computed });
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const { type, data } = (message ?? {}) as { type?: string; data?: unknown };
      if (type === 'RUN_QUERY' && JSON.stringify(data).includes('CREATE OR REPLACE TABLE report_figures'))
        computed.push(performance.now());
      return (post as (...args: unknown[]) => void).call(this, message, ...rest);
    } as typeof post;
  });
  // The engine's wasm is held back until the partition's files have all been asked for: had they
  // waited for the engine, as they did, they would never be asked for and the test would fail.
  const release = await holdEngine(context);
  try {
    await page.goto(`./?dataset=${E2E_DATASET}&region=${encodeURIComponent(FIRST)}&year=2025`);
    await expect.poll(() => parquetRequested(requests), { timeout: 60_000 }).toEqual(filesOf(first));
    await expect(page.locator('[data-dataset-phase="ready"]')).toHaveCount(0);
  } finally {
    release();
  }
  await waitForDataset(page);
  await expect.poll(() => kpiTexts(page), LOAD).toEqual(expected);
  expect(parquetRequested(requests)).toEqual(filesOf(first)); // once each: the prefetched files were used
  // Inserted before the views were first computed, not after them (which computed them twice).
  expect(await page.evaluate(() => (window as unknown as { viewsComputed: number[] }).viewsComputed.length)).toBe(1);
});

/** The dataset's link results (its data loader's files) among `urls`: the index and each result file. */
function resultsRequested(urls: readonly string[]): string[] {
  const prefix = `/${E2E_DATASET}/`;
  return urls
    .map((u) => decodeURIComponent(new URL(u).pathname))
    .filter((p) => p.startsWith(`${prefix}results/`))
    .map((p) => p.slice(prefix.length));
}

/** Records every text the reports tile shows, in order (a wrong figure shown even briefly is caught). */
async function recordReportsShown(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: string[] = [];
    (window as unknown as { reportsShown: string[] }).reportsShown = shown;
    new MutationObserver(() => {
      const tile = document.querySelector('[data-kpi="reports"] [data-value]');
      const text = tile?.checkVisibility({ visibilityProperty: true }) ? tile.textContent : null;
      if (text && shown.at(-1) !== text) shown.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}
const reportsShown = (page: Page) =>
  page.evaluate(() => (window as unknown as { reportsShown: string[] }).reportsShown);

test("a province link paints its figures and live charts from the dataset's result files, a county's too, with the engine held back", async ({
  page,
  context,
}) => {
  const first = partition(manifest(), FIRST, 2025);
  const expected = await expectedKpis(first);
  const requests = requestsTo(context);
  const release = await holdEngine(context);
  let expectedCounty: string[] = [];
  try {
    await page.goto(`./?dataset=${E2E_DATASET}&region=${encodeURIComponent(FIRST)}`);
    // Without the engine: the figures DuckDB (Node) computes over the partition's files, five live
    // charts drawn, the banner that says the data is synthetic, the URL's default year.
    await expect.poll(() => kpiTexts(page), LOAD).toEqual(expected);
    await expect.poll(() => paintedCharts(page), LOAD).toBe(5);
    await expect(page.getByTestId('synthetic-banner')).toBeVisible();
    await expect.poll(() => urlScope(page)).toEqual({ region: FIRST, year: '2025' });
    await expect(page.locator('[data-dataset-phase="ready"]')).toHaveCount(0);
    const folder = `results/${manifest().version}/province=01/year=2025`;
    await expect
      .poll(() => resultsRequested(requests))
      .toEqual(['results/index.json', `${folder}/overview.json`, `${folder}/regions.json`]);
    // A county chosen: its figures from the results of the region choice, still without the engine.
    const region = page.getByLabel('地区');
    const county = await region.evaluate(
      (select: HTMLSelectElement, province) =>
        [...select.options].map((o) => o.value).find((v) => v.startsWith(`${province}/`) && v.split('/').length === 3)!,
      FIRST,
    );
    expectedCounty = await expectedKpis(first, county);
    expect(expectedCounty, 'a county has other figures than its province').not.toEqual(expected);
    await region.selectOption(county);
    await expect.poll(() => kpiTexts(page), LOAD).toEqual(expectedCounty);
    await expect(page.locator('[data-dataset-phase="ready"]')).toHaveCount(0);
  } finally {
    release();
  }
  // Once the engine is ready, the same figures: its own queries' keys are the results' keys.
  await waitForDataset(page);
  expect(await kpiTexts(page)).toEqual(expectedCounty);
});

/**
 * Result files a page must not trust, how each is served, and how many of results/ the page asks
 * for (the index only, when it refuses the index; else the index and the scope's file).
 */
const UNTRUSTED: {
  what: string;
  index?: (index: ResultsIndex) => ResultsIndex | null;
  file?: (body: string) => string;
  asked: number;
}[] = [
  { what: 'no result files (a 404 for the index)', index: () => null, asked: 1 },
  {
    what: 'an index and files of an older version of the data',
    index: (index) => ({ ...index, version: 'older0000000000' }),
    file: (body) => JSON.stringify(inflated({ ...JSON.parse(body), version: 'older0000000000' })),
    asked: 1,
  },
  {
    what: 'a result file of another version under the current index',
    file: (body) => JSON.stringify(inflated({ ...JSON.parse(body), version: 'older0000000000' })),
    asked: 2,
  },
  { what: 'a truncated result file', file: (body) => body.slice(0, body.length / 2), asked: 2 },
];

/** The results with every report count made 1,000 larger: numbers a page must never show. */
function inflated(data: Prerendered): Prerendered {
  return {
    ...data,
    queries: data.queries.map((q) => ({
      ...q,
      result: {
        ...q.result,
        rows: q.result.rows.map((r) => ('reports' in r ? { ...r, reports: Number(r.reports) + 1000 } : r)),
      },
    })),
  };
}

for (const { what, index, file, asked } of UNTRUSTED) {
  test(`with ${what}, the page waits for the engine and shows the partition's own figures`, async ({
    page,
    context,
    expectConsoleError,
  }) => {
    const first = partition(manifest(), FIRST, 2025);
    const expected = await expectedKpis(first);
    await recordReportsShown(page);
    const served: string[] = [];
    await context.route(
      (url) => url.pathname.includes(`/${E2E_DATASET}/results/`),
      async (route) => {
        const name = decodeURIComponent(new URL(route.request().url()).pathname);
        const response = await route.fetch();
        const body = await response.text();
        served.push(name);
        if (name.endsWith('/index.json') && index) {
          const changed = index(JSON.parse(body) as ResultsIndex);
          if (!changed) return route.fulfill({ status: 404, body: 'not found' });
          return route.fulfill({ response, body: JSON.stringify(changed) });
        }
        return route.fulfill({ response, body: file && !name.endsWith('/index.json') ? file(body) : body });
      },
    );
    if (index && !index({ version: '', files: [] })) expectConsoleError(/404/);
    const release = await holdEngine(context);
    try {
      await page.goto(`./?dataset=${E2E_DATASET}&region=${encodeURIComponent(FIRST)}&year=2025`);
      // The results (or their absence) have been answered; the page still has no figure to show.
      await expect.poll(() => served.length, LOAD).toBe(asked);
      await expect(
        page.locator('main [role="status"]', { hasText: translate('zh', 'query.loading') }).first(),
      ).toBeVisible();
      await expect(kpi(page, 'reports')).toHaveCount(0);
    } finally {
      release();
    }
    await waitForDataset(page);
    await expect.poll(() => kpiTexts(page), LOAD).toEqual(expected);
    await expect.poll(() => paintedCharts(page), LOAD).toBe(5);
    expect(await reportsShown(page), 'no other count shown on the way').toEqual([String(reportsOf(first))]);
  });
}

test('the synthetic dataset opens on its first province and latest year, downloading that partition only', async ({
  page,
  context,
}) => {
  const m = manifest();
  expect(m.partitions.map((p) => `${p.province}/${p.year}`).sort()).toEqual([
    `${FIRST}/2024`,
    `${FIRST}/2025`,
    `${SECOND}/2024`,
    `${SECOND}/2025`,
  ]);
  const first = partition(m, FIRST, 2025);
  const expected = await expectedKpis(first);
  const requests = requestsTo(context);
  // Never another dataset's or scope's count on the way (the shipped dataset's Overview, in the
  // page's HTML, stays hidden on a ?dataset= link).
  await recordReportsShown(page);

  await page.goto(`./?dataset=${E2E_DATASET}`);
  const banner = page.getByTestId('synthetic-banner');
  await expect(banner).toBeVisible(LOAD);
  await expect(banner).toContainText('合成数据');
  await expect(banner).toContainText(m.title!);
  await expect.poll(() => urlScope(page), LOAD).toEqual({ region: FIRST, year: '2025' });
  await expect(kpi(page, 'reports')).toHaveText(String(reportsOf(first)), LOAD);
  expect(await kpiTexts(page)).toEqual(expected);
  await expect(page.locator('figure.chart-panel')).toHaveCount(5);
  await expect.poll(() => paintedCharts(page), LOAD).toBe(5);

  expect(parquetRequested(requests), 'only the files of 合成省01/2025').toEqual(filesOf(first));
  expect(
    requests.filter((u) => u.includes('/data/manifest.json')),
    'not the shipped dataset',
  ).toEqual([]);
  expect(await reportsShown(page)).toEqual([String(reportsOf(first))]);
});

test('choosing the other province loads its partition; going back downloads nothing again', async ({
  page,
  context,
}) => {
  const m = manifest();
  const [first, second] = [partition(m, FIRST, 2025), partition(m, SECOND, 2025)];
  const [expectedFirst, expectedSecond] = [await expectedKpis(first), await expectedKpis(second)];
  expect(expectedSecond, 'the two partitions have different figures').not.toEqual(expectedFirst);
  const requests = requestsTo(context);

  await page.goto(`./?dataset=${E2E_DATASET}`);
  await expect.poll(() => kpiTexts(page), LOAD).toEqual(expectedFirst);
  expect(parquetRequested(requests)).toEqual(filesOf(first));

  const region = page.getByLabel('地区');
  await region.selectOption(SECOND);
  await expect.poll(() => urlScope(page)).toEqual({ region: SECOND, year: '2025' });
  await expect.poll(() => kpiTexts(page), LOAD).toEqual(expectedSecond);
  expect(parquetRequested(requests), 'the second partition is downloaded').toEqual(filesOf(first, second));
  await expect.poll(() => paintedCharts(page), LOAD).toBe(5);

  const before = requests.length;
  await region.selectOption(FIRST);
  await expect.poll(() => urlScope(page)).toEqual({ region: FIRST, year: '2025' });
  await expect.poll(() => kpiTexts(page), LOAD).toEqual(expectedFirst);
  expect(parquetRequested(requests.slice(before)), 'no download for a partition already loaded').toEqual([]);
});

test('Compare on a partition: 200 of 240 table rows until "show all", the bar chart capped at 50 with a note', async ({
  page,
}) => {
  const m = manifest();
  const first = partition(m, FIRST, 2025);
  const rows = await partitionQuery<CompareRow>(
    first,
    compareRowsQuery({ ...scopeOf(FIRST, 2025), peers: 'departments', year: 2025 }),
  );
  const plotted = rows.filter((r) => metricValue(METRICS.denied_rate, r) !== null).length;
  expect(rows.length, 'test data: more reports than the 200 table rows').toBe(reportsOf(first));
  expect(rows.length).toBeGreaterThan(200);
  expect(plotted, 'test data: more agencies with a value than the 50 bars').toBeGreaterThan(50);

  await page.goto(`./?dataset=${E2E_DATASET}&view=compare&metric=denied_rate`);
  await expect(page.getByRole('heading', { level: 1, name: '机构对比' })).toBeVisible();
  await expect.poll(() => urlScope(page), LOAD).toEqual({ region: FIRST, year: '2025' });
  const table = page.locator('table.compare-table');
  await expect(table.locator('tbody tr')).toHaveCount(200, LOAD);
  await expect(table.locator('caption')).toContainText(`${rows.length} 份年报`);
  await expect(table.locator('tfoot')).toContainText(
    translate('zh', 'compare.rowsShown', { shown: 200, count: rows.length }),
  );

  const bars = page.locator('figure.chart-panel').first();
  await expect(bars.locator('figcaption')).toContainText(
    translate('zh', 'chart.barsCapped', { shown: 50, count: plotted }),
  );
  await expect(bars.getByTestId('chart-canvas')).toHaveCSS('height', `${barChartHeight(50)}px`);
  // The chart's data table holds every agency with a value, not just the 50 drawn.
  await bars.getByRole('button', { name: translate('zh', 'chart.showTable') }).click();
  await expect(bars.locator('table tbody tr')).toHaveCount(plotted);

  await table.getByRole('button', { name: translate('zh', 'compare.showAllRows', { count: rows.length }) }).click();
  await expect(table.locator('tbody tr')).toHaveCount(rows.length);
  await expect(table.locator('tfoot')).toHaveCount(0);

  // Every year of the dataset can be chosen, not only the loaded one; choosing loads its partition.
  const year = page.getByRole('combobox', { name: translate('zh', 'filter.year') });
  await expect(year.locator('option')).toHaveText(['2025', '2024']);
  const earlier = await partitionQuery<CompareRow>(
    partition(m, FIRST, 2024),
    compareRowsQuery({ ...scopeOf(FIRST, 2024), peers: 'departments', year: 2024 }),
  );
  await year.selectOption('2024');
  await expect.poll(() => urlScope(page), LOAD).toEqual({ region: FIRST, year: '2024' });
  await expect(table.locator('caption')).toContainText(`2024`, LOAD);
  await expect(table.locator('caption')).toContainText(`${earlier.length} 份年报`);
});

for (const crafted of ['https://evil.example/x', '//evil.example/x', '../x']) {
  test(`?dataset=${crafted} is ignored with a notice and the shipped dataset loads`, async ({ page, context }) => {
    const requests = requestsTo(context);
    await page.goto(`./?dataset=${encodeURIComponent(crafted)}`);
    await expect(page.locator('.banner-notice')).toContainText(
      translate('zh', 'notice.invalidValue', { param: 'dataset', value: crafted }),
    );
    await waitForDataset(page);
    await expect(kpi(page, 'reports')).toHaveText(await shippedReportCount());
    await expect(page.getByTestId('synthetic-banner')).toHaveCount(0);
    const origin = new URL(page.url()).origin;
    const paths = requests
      .map((u) => new URL(u))
      .map((u) => (u.origin === origin ? decodeURIComponent(u.pathname) : u.href));
    expect(
      paths.filter((p) => !p.startsWith('/')),
      'no request leaves the origin',
    ).toEqual([]);
    expect(paths).toContain('/data/manifest.json');
    expect(
      paths.filter((p) => /\/x\/|evil/.test(p)),
      'nothing from the crafted folder',
    ).toEqual([]);
  });
}

test('a corrupt partition file is named in an error, not left loading; once good, the partition loads whole', async ({
  page,
  context,
  expectConsoleError,
}) => {
  // The engine's own path: the link's result file would show the figures without the partition.
  await context.route(
    (url) => url.pathname.includes(`/${E2E_DATASET}/results/`),
    (route) => route.fulfill({ status: 404, body: 'not found' }),
  );
  expectConsoleError(/404/);
  const m = manifest();
  const first = partition(m, FIRST, 2025);
  const expected = await expectedKpis(first);
  // Cells come after reports and agencies: a load that fails there must not leave their rows behind.
  const cells = first.files.find((f) => f.table === 'cells')!;
  let corrupt = true;
  // Served truncated (the size differs from the manifest's) until `corrupt` is cleared.
  await context.route(
    (url) => decodeURIComponent(url.pathname) === `/${E2E_DATASET}/${cells.name}`,
    async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      await route.fulfill({ response, body: corrupt ? body.subarray(0, body.length - 100) : body });
    },
  );
  await page.goto(`./?dataset=${E2E_DATASET}`);
  const error = page.locator('main .query-error').first();
  await expect(error).toContainText(cells.name, LOAD);
  await expect(error).toContainText(`size ${cells.bytes - 100} bytes, the manifest says ${cells.bytes}`);
  await expect(page.locator('main [role="status"]', { hasText: translate('zh', 'query.loading') })).toHaveCount(0);
  await expect(kpi(page, 'reports')).toHaveCount(0);

  // Asked again (another province, then back), the partition is downloaded again and counted once.
  corrupt = false;
  const region = page.getByLabel('地区');
  await region.selectOption(SECOND);
  await expect(kpi(page, 'reports')).toHaveText(String(reportsOf(partition(m, SECOND, 2025))), LOAD);
  await region.selectOption(FIRST);
  await expect(page.locator('main .query-error')).toHaveCount(0, LOAD);
  await expect.poll(() => kpiTexts(page), LOAD).toEqual(expected);
});
