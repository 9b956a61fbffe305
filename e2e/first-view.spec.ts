/**
 * The first view is prerendered at build time (src/pipeline/prerender.ts): its charts paint from
 * results in the bundle, before and without DuckDB. Views that need DuckDB say they are loading.
 */
import type { Page } from '@playwright/test';
import {
  DATABASE_FILE,
  datasetQuery,
  expect,
  holdBack,
  paintedCharts,
  requestsTo,
  runSql,
  shippedReportCount,
  shownCharts,
  startDatabase,
  test,
  waitForDataset,
  withoutDatabaseFile,
} from './fixtures';

const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] [data-value]`);
const KPIS = ['reports', 'agencies', 'new_received', 'total_handled', 'licensing', 'fees'];

test('with the DuckDB wasm held back, the Overview still shows its figures and charts; other views say loading', async ({
  page,
  context,
}) => {
  // Context-level: the wasm is fetched by the DuckDB worker. Held, never answered.
  await context.route('**/*.wasm', () => undefined);
  await page.goto('./');
  await expect(page.locator('figure.chart-panel')).toHaveCount(5);
  await expect.poll(() => shownCharts(page)).toBe(5); // the build's SVG: no engine, no live chart yet
  await expect(kpi(page, 'reports')).toHaveText(await shippedReportCount());
  await expect(page.locator('[data-dataset-phase="ready"]')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: '2023' })).toBeVisible();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '机构对比' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '机构对比' })).toBeVisible();
  await expect(page.locator('main [role="status"]').first()).toContainText(/加载|载入|正在/);
  await expect(page.locator('figure.chart-panel')).toHaveCount(0);
});

test('with the wasm refused, the Overview keeps its prerendered charts beside the error', async ({
  page,
  context,
  expectConsoleError,
}) => {
  expectConsoleError(/404|wasm|WebAssembly/i);
  await context.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await startDatabase(page);
  await expect(page.locator('[data-dataset-phase="error"]')).toContainText(/wasm/i);
  await expect.poll(() => paintedCharts(page)).toBe(5);
  await expect(kpi(page, 'licensing')).not.toHaveText('');
});

test('while the engine compiles, the status line says so, not that the data manifest is being read', async ({
  page,
  context,
}) => {
  const release = await holdBack(context, '**/*.wasm');
  const manifest = page.waitForResponse(/\/data\/manifest\.json$/);
  await page.goto('./?view=sql');
  await manifest;
  await page.waitForTimeout(500); // the manifest read, its files fetched: only the engine is awaited
  const status = page.locator('[data-dataset-phase]');
  await expect(status).toHaveText('正在启动浏览器内数据库…');
  release();
  await waitForDataset(page);
});

test('the prerendered figures are the ones DuckDB computes once it is ready', async ({ page, context }) => {
  const release = await holdBack(context, '**/*.wasm');
  // The build's results for single years and runs of years never arrive: the years ticked below are DuckDB's.
  await holdBack(context, /\/assets\/_virtual_prerendered-one-filter-[^/]*\.js$/);
  await page.goto('./');
  await expect(kpi(page, 'reports')).toHaveText(await shippedReportCount());
  const before = await Promise.all(KPIS.map((id) => kpi(page, id).textContent()));
  release();
  await waitForDataset(page);
  // Every year ticked: the same reports as no filter, but other query parameters, so these
  // figures are computed by duckdb-wasm in the page, not taken from the prerendered cache.
  // One year first (other figures), so that the old ones cannot pass for the new ones below.
  const [first, ...others] = await page.locator('.filter-years input[type="checkbox"]').all();
  await first.check();
  await expect(kpi(page, 'reports')).not.toHaveText(await shippedReportCount());
  for (const box of others) await box.check();
  await expect.poll(() => Promise.all(KPIS.map((id) => kpi(page, id).textContent()))).toEqual(before);
});

test("a link to the SQL workbench asks for the engine before the app's entry has even arrived", async ({
  context,
  page,
}) => {
  // The entry (React, the shell, the Overview) is held back; the async second entry starts the engine alone.
  const release = await holdBack(context, /\/assets\/index-[^/]*\.js$/);
  const wasm = requestsTo(context, /\.wasm$/);
  await page.goto('./?view=sql', { waitUntil: 'commit' }); // 'load' would wait for the held entry
  try {
    await expect.poll(() => wasm.at(-1), { timeout: 60_000 }).toMatch(/duckdb.*\.wasm$/);
  } finally {
    release();
  }
  await waitForDataset(page);
});

/** Tables and views (jurisdiction_check stays a view) the page answers from, as @duckdb/node-api reads the Parquet. */
const LOADED_SQL = `SELECT
  (SELECT count(*) FROM cells) AS cells,
  (SELECT count(*) FROM findings) AS findings,
  (SELECT count(*) FROM report_figures) AS report_figures,
  (SELECT sum(new_received)::BIGINT FROM report_figures) AS new_received,
  (SELECT count(*) FROM t3_by_applicant) AS t3_by_applicant,
  (SELECT count(*) FROM jurisdiction_check) AS jurisdiction_check`;

/** Opens the SQL workbench, waits for the data and checks that it holds what the Parquet holds. */
async function expectPublishedData(page: Page): Promise<void> {
  await page.goto('./?view=sql');
  await waitForDataset(page);
  const [expected] = await datasetQuery(LOADED_SQL);
  expect(await runSql(page, LOADED_SQL)).toEqual([Object.values(expected).map(String)]);
}

const dataFiles = (urls: readonly string[]) => urls.map((url) => new URL(url).pathname.split('/').pop());

test("the engine takes the published data from the build's database file, views computed, and downloads no Parquet", async ({
  page,
  context,
}) => {
  const requested = requestsTo(context, /\/data\/[^?]*\.(?:parquet|duckdb)(?:\?|$)/);
  await expectPublishedData(page);
  expect(dataFiles(requested)).toEqual([expect.stringMatching(/^dataset-[0-9a-f]+\.duckdb$/)]);
  // The database it opened is the tab's own: a statement can still change its tables.
  await runSql(page, "DELETE FROM cells WHERE report_id = '000'");
  expect(await runSql(page, "SELECT count(*) FROM cells WHERE report_id = '000'")).toEqual([['0']]);
});

/** Ways the build's database file can be unusable: the page then loads the Parquet, losing nothing. */
const UNUSABLE_FILE = [
  { label: 'missing (a server that lacks it)', consoleError: /404/, spoil: withoutDatabaseFile },
  {
    label: 'damaged (same size, other bytes)',
    consoleError: null,
    spoil: (page: Page) =>
      page.route(DATABASE_FILE, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: Buffer.alloc((await response.body()).length, 7) });
      }),
  },
];

for (const { label, consoleError, spoil } of UNUSABLE_FILE) {
  test(`with the database file ${label} the engine loads the Parquet and holds the same data`, async ({
    page,
    context,
    expectConsoleError,
  }) => {
    if (consoleError) expectConsoleError(consoleError);
    await spoil(page);
    const requested = requestsTo(context, /\/data\/[^?]*\.parquet(?:\?|$)/);
    await expectPublishedData(page);
    expect(dataFiles(requested).sort()).toEqual([
      'agencies.parquet',
      'cells.parquet',
      'findings.parquet',
      'reports.parquet',
    ]);
  });
}
