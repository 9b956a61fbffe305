/**
 * The Overview is in the built HTML (src/prerenderPage.tsx): its five charts as inline SVG and its
 * KPI figures paint with JavaScript off. With it on, React takes over that same DOM (hydration):
 * the figures stay the same elements with the same text, and each chart is drawn once, live, in
 * place of its static SVG.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  datasetQuery,
  expect,
  holdBack,
  paintedCharts,
  requestsTo,
  shownCharts,
  test,
  waitForDataset,
} from './fixtures';

const KPIS = ['reports', 'agencies', 'new_received', 'total_handled', 'licensing', 'fees'];
const kpiTexts = (page: Page) =>
  Promise.all(KPIS.map((id) => page.locator(`[data-kpi="${id}"] [data-value]`).textContent()));

let staticFigures: (string | null)[] = [];

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the Overview shows its five charts and its KPI figures', async ({ page }) => {
    await page.goto('./');
    // Each chart is drawn at two widths; the stylesheet shows the one for the page's width.
    const charts = page.locator('figure.chart-panel [data-testid="chart-canvas"] > svg').filter({ visible: true });
    await expect(charts).toHaveCount(5);
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(200);
      expect(box?.height).toBeGreaterThan(100);
      // Drawn, not an empty frame: axes, lines or bars, and labelled years.
      expect(await chart.locator('path').count()).toBeGreaterThan(10);
      await expect(chart.locator('text').first()).toBeVisible();
    }
    await expect(page.locator('figure.chart-panel svg text', { hasText: '2023' }).first()).toBeVisible();
    staticFigures = await kpiTexts(page);
    expect(staticFigures.every((t) => t && /\d/.test(t))).toBe(true);
    // On a phone, the drawing made for a phone's width.
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(charts).toHaveCount(5);
    for (const chart of await charts.all()) await expect(chart).toHaveAttribute('data-static', 'narrow');
  });
});

test('with JavaScript, the same DOM is hydrated: same figures, each chart drawn once', async ({ page }) => {
  // Hold the app's code until the static page is tagged, so that a replaced element is caught.
  const release = await holdBack(page, /\/assets\/index-[^/]*\.js$/);
  // Not 'domcontentloaded': that waits for the (held) module script.
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.locator('[data-testid="chart-canvas"] > svg').filter({ visible: true })).toHaveCount(5);
  const before = await kpiTexts(page);
  if (staticFigures.length) expect(before).toEqual(staticFigures);
  const tagged = await page.evaluate(() => {
    const all = document.querySelectorAll('[data-kpi], [data-testid="chart-canvas"]');
    for (const el of all) (el as HTMLElement & { __static?: boolean }).__static = true;
    return all.length;
  });
  expect(tagged).toBeGreaterThanOrEqual(KPIS.length + 5);
  release();

  await expect.poll(() => paintedCharts(page)).toBe(5);
  await waitForDataset(page);
  // Hydrated, not rendered anew: every tagged element is still the one on the page.
  const kept = await page.evaluate(() =>
    [...document.querySelectorAll('[data-kpi], [data-testid="chart-canvas"]')].map(
      (el) => (el as HTMLElement & { __static?: boolean }).__static === true,
    ),
  );
  expect(kept.length).toBe(tagged);
  expect(kept.every(Boolean)).toBe(true);
  expect(await kpiTexts(page)).toEqual(before);
  // Each chart: the static SVG gone, one live chart, drawn once (the engine's results equal the build's).
  await expect(page.locator('[data-testid="chart-canvas"] > svg')).toHaveCount(0);
  const holders = page.locator('[data-testid="chart-canvas"]');
  for (const holder of await holders.all()) {
    await expect(holder).toHaveAttribute('data-paints', '1');
    await expect(holder.locator('canvas')).toHaveCount(1);
  }
});

test("a shared link with a year, or in English, never shows the built page's figures as its own", async ({ page }) => {
  const [{ reports }] = await datasetQuery<{ reports: number }>(
    'SELECT count(*) AS reports FROM report_figures WHERE year = 2023 AND in_whole_set',
  );
  for (const link of ['./?year=2023', './?year=2023&lang=en']) {
    // Until the app's code has run, the built page (every year, in Chinese) is there but not shown.
    const release = await holdBack(page, /\/assets\/index-[^/]*\.js$/);
    await page.goto(link, { waitUntil: 'commit' });
    await expect(page.locator('[data-kpi="reports"] [data-value]')).toBeAttached();
    await expect(page.locator('#root')).toBeHidden();
    // Not laid out either (~0.2 s of a busy main thread here, before the engine could start).
    const firstChart = page.locator('[data-testid="chart-canvas"]').first();
    expect(await firstChart.evaluate((el) => el.clientWidth)).toBe(0);
    release();
    await expect(page.locator('[data-kpi="reports"] [data-value]')).toHaveText(reports.toLocaleString('en-US'));
    await expect(page.locator('#root')).toBeVisible();
    await page.unrouteAll();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The built page itself, and a link to one of its charts, show at once.
  const release = await holdBack(page, /\/assets\/index-[^/]*\.js$/);
  for (const link of ['./', './?chart=overview-outcomes']) {
    await page.goto(link, { waitUntil: 'commit' });
    await expect(page.locator('#root')).toBeVisible();
  }
  release();
});

test('a link with a single year, a run of years, a region (with a year) or to the agency picker opens from the build, starting no engine', async ({
  page,
  context,
}) => {
  const wasm = requestsTo(context, /\.wasm$/);
  for (const years of ['2024', '2022,2023,2024']) {
    const [{ reports }] = await datasetQuery<{ reports: number }>(
      `SELECT count(*) AS reports FROM report_figures WHERE year IN (${years}) AND in_whole_set`,
    );
    await page.goto(`./?year=${years}`);
    await expect(page.locator('[data-kpi="reports"] [data-value]')).toHaveText(reports.toLocaleString('en-US'));
  }
  const [inRegion] = await datasetQuery<{ reports: number }>(
    "SELECT count(*) AS reports FROM report_figures WHERE year = 2025 AND province = '福建省' AND in_whole_set",
  );
  await page.goto(`./?region=${encodeURIComponent('福建省')}&year=2025`);
  await expect(page.locator('[data-kpi="reports"] [data-value]')).toHaveText(inRegion.reports.toLocaleString('en-US'));
  const region = page.getByRole('combobox').first();
  const province = (await region.locator('option').nth(1).getAttribute('value'))!;
  for (const link of [`./?region=${encodeURIComponent(province)}`, './?view=agency']) {
    await page.goto(link);
    await expect(page.locator('[data-dataset-phase="standby"]')).toBeVisible();
  }
  await expect(page.locator('main select option').nth(1)).toBeAttached();
  await page.waitForTimeout(2000);
  await expect(page.locator('[data-dataset-phase="standby"]')).toBeVisible();
  expect(wasm).toEqual([]);
});

test('with the engine held back, a single year, a run of years, a region and a region then a year answer from results computed at build time', async ({
  page,
  context,
}) => {
  await context.route('**/*.wasm', () => undefined); // never answered: DuckDB never starts
  const wasm = requestsTo(context, /\.wasm$/); // nor is it asked to: every change below is the build's
  await page.goto('./');
  await expect.poll(() => shownCharts(page)).toBe(5); // the build's SVG: no engine, no live chart yet
  const all = await kpiTexts(page);
  const [year] = await page.locator('.filter-years input[type="checkbox"]').all();
  await year.check();
  await expect.poll(() => kpiTexts(page)).not.toEqual(all);
  await expect(page.locator('[data-kpi="reports"] [data-value]')).not.toHaveText('0');
  await year.uncheck();
  await expect.poll(() => kpiTexts(page)).toEqual(all);
  // A run of neighbouring years (a year ticked, then the next): the figures of those two years.
  const [{ reports }] = await datasetQuery<{ reports: number }>(
    'SELECT count(*) AS reports FROM report_figures WHERE year IN (2023, 2024) AND in_whole_set',
  );
  await page.getByRole('checkbox', { name: '2023' }).check();
  await page.getByRole('checkbox', { name: '2024' }).check();
  await expect(page.locator('[data-kpi="reports"] [data-value]')).toHaveText(reports.toLocaleString('en-US'));
  await page.getByRole('checkbox', { name: '2023' }).uncheck();
  await page.getByRole('checkbox', { name: '2024' }).uncheck();
  await expect.poll(() => kpiTexts(page)).toEqual(all);
  const region = page.getByRole('combobox').first();
  const firstRegion = await region.locator('option').nth(1).getAttribute('value');
  await region.selectOption(firstRegion!);
  await expect.poll(() => kpiTexts(page)).not.toEqual(all);
  // A region, then a year: the region's chunk of single years, fetched as the region was chosen.
  // The whole province is chosen, so a report's coverer is too: the whole-year sets of report_figures apply.
  const [inRegion] = await datasetQuery<{ reports: number }>(
    "SELECT count(*) AS reports FROM report_figures WHERE year = 2024 AND province = '福建省' AND in_whole_set",
  );
  const regionChunk = page.waitForResponse(/\/assets\/region-\d+-[^/]*\.js$/);
  await region.selectOption('福建省');
  await regionChunk;
  await page.getByRole('checkbox', { name: '2024' }).check();
  await expect(page.locator('[data-kpi="reports"] [data-value]')).toHaveText(inRegion.reports.toLocaleString('en-US'));
  // And a region chosen while a year is ticked: its chunk is fetched before the change renders.
  const [inCity] = await datasetQuery<{ reports: number }>(
    "SELECT count(*) AS reports FROM report_figures WHERE year = 2024 AND city = '莆田市' AND in_whole_set",
  );
  expect(inCity.reports).not.toBe(inRegion.reports);
  await region.selectOption('福建省/莆田市');
  await expect(page.locator('[data-kpi="reports"] [data-value]')).toHaveText(inCity.reports.toLocaleString('en-US'));
  await expect(page.locator('[data-dataset-phase="standby"]')).toBeVisible();
  expect(wasm).toEqual([]);
});

test('in standby, a filter the build did not compute starts the engine by itself and shows its figures', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('[data-dataset-phase="standby"]')).toBeVisible();
  const [{ reports }] = await datasetQuery<{ reports: number }>(
    'SELECT count(*) AS reports FROM report_figures WHERE year IN (2022, 2024) AND in_whole_set',
  );
  await page.getByRole('checkbox', { name: '2022' }).check();
  // Two years apart (not a run of neighbouring years): no build-time result, no button pressed.
  await page.getByRole('checkbox', { name: '2024' }).check();
  await expect(page.locator('[data-dataset-phase="ready"]')).toBeVisible({ timeout: 150_000 });
  await expect(page.locator('[data-kpi="reports"] [data-value]')).toHaveText(reports.toLocaleString('en-US'));
});

test('a reader of the Overview never fetches the engine; started, it is asked nothing: the results came with the build', async ({
  page,
  context,
}) => {
  // Context-level: the wasm is fetched by the DuckDB worker.
  const wasm = requestsTo(context, /\.wasm$/);
  // Counts the SQL statements the page sends to DuckDB's worker (duckdb-wasm's RUN_QUERY and
  // RUN_PREPARED messages), from outside the app.
  await page.addInitScript(() => {
    const sent: string[] = [];
    Object.assign(window, { sqlMessages: sent });
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const type = (message as { type?: string } | null)?.type;
      if (type === 'RUN_QUERY' || type === 'RUN_PREPARED') sent.push(type);
      return (post as (...args: unknown[]) => void).call(this, message, ...rest);
    } as typeof post;
  });
  await page.goto('./');
  // Live charts (tooltips and all) and the figures, with no engine: the page waits in standby.
  await expect.poll(() => paintedCharts(page)).toBe(5);
  await page.waitForTimeout(3000);
  await expect(page.locator('[data-dataset-phase="standby"]')).toBeVisible();
  expect(wasm).toEqual([]);
  // Nor the engine's code (~40 KB compressed), not even preloaded: a reader's phone downloads none of it.
  const engineCode = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/engine-[^/]*\.js$/.test(e.name))
        .map((e) => e.name),
    );
  expect(await engineCode()).toEqual([]);
  // The open data's files are listed from the manifest alone.
  const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as { files: { name: string }[] };
  await expect(page.locator('.open-data-file')).toHaveText(manifest.files.map((f) => f.name));
  await waitForDataset(page); // the status line's button, as a reader would
  expect(wasm.length).toBeGreaterThan(0);
  expect(await engineCode()).toHaveLength(1);
  const sentBy = () => page.evaluate(() => (window as unknown as { sqlMessages: string[] }).sqlMessages.length);
  const atReady = await sentBy();
  // Long enough for the lazy chunks that follow "ready" (the workspace's sync) to have run.
  await page.waitForTimeout(3000);
  expect(await sentBy()).toBe(atReady);
  // The counter sees the app's statements: a filter the build did not compute goes to the engine.
  const [first, , third] = await page.locator('.filter-years input[type="checkbox"]').all();
  await first.check();
  await third.check();
  await expect.poll(sentBy).toBeGreaterThan(atReady);
});

test('About and the agency picker open from the build: no engine, every source and every agency listed', async ({
  page,
  context,
}) => {
  const wasm = requestsTo(context, /\.wasm$/);
  const [{ reports }] = await datasetQuery<{ reports: number }>('SELECT count(*) AS reports FROM reports');
  const [{ agencies }] = await datasetQuery<{ agencies: number }>(
    'SELECT count(DISTINCT agency_id) AS agencies FROM reports WHERE agency_id IS NOT NULL',
  );
  await page.goto('./?view=about');
  const sources = page.getByRole('region', { name: '数据来源' }).locator('tbody tr');
  await expect(sources).toHaveCount(Number(reports));
  await expect(page.getByText(/^数据版本 /)).toBeVisible(); // from the manifest, not the engine
  await page.goto('./?view=agency');
  // Every agency with a report, after the prompt.
  await expect(page.locator('main select option')).toHaveCount(Number(agencies) + 1);
  // In the app too: from the picker to About.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '关于数据' }).click();
  await expect(sources).toHaveCount(Number(reports));
  await page.waitForTimeout(2000);
  await expect(page.locator('[data-dataset-phase="standby"]')).toBeVisible();
  expect(wasm).toEqual([]);
});

test("with the engine held back, a link to an agency's profile opens from results computed at build time, the same as the engine's", async ({
  browser,
}) => {
  const link = './?view=agency&agency=pingtan-approval';
  const tables = async (page: Page) => {
    await expect(page.locator('tr[data-measure]').first()).toBeVisible();
    await expect(page.locator('main table')).not.toHaveCount(0);
    return page.locator('main table').allInnerTexts();
  };
  const held = await browser.newContext();
  await held.route('**/*.wasm', () => undefined); // never answered: DuckDB never starts
  const page = await held.newPage();
  await page.goto(link);
  await expect(page.locator('h1')).toHaveText('平潭综合实验区行政审批局');
  const fromBuild = await tables(page);
  // The key figures year over year and the latest report's three tables, with figures in them.
  expect(fromBuild.length).toBeGreaterThanOrEqual(4);
  expect(fromBuild.join('\n')).toMatch(/\d/);
  await expect(page.locator('[data-dataset-phase="ready"]')).toHaveCount(0);
  await held.close();

  const live = await browser.newContext();
  const withEngine = await live.newPage();
  await withEngine.goto(link);
  await waitForDataset(withEngine);
  expect(await tables(withEngine)).toEqual(fromBuild);
  await live.close();
});
