import { readFileSync } from 'node:fs';
import { checkA11y, datasetQuery, expect, screenshot, test } from './fixtures';

// The machine running the suite is shared; loading the dataset can take a while.
test.setTimeout(300_000);
const LOAD = { timeout: 120_000 };

/** The ranked table (a reference table of the parent's report may follow it). */
const table = (page: import('@playwright/test').Page) => page.locator('table.compare-table').first();

test('Compare shows one row per report of the year, as in the Parquet', async ({ page }) => {
  const [{ n }] = await datasetQuery<{ n: number }>(
    "SELECT count(*) AS n FROM report_figures WHERE year = 2024 AND scope = 'own'",
  );
  await page.goto('./?view=compare&year=2024');
  await expect(page.getByRole('heading', { level: 1, name: '机构对比' })).toBeVisible();
  await expect(table(page).locator('tbody tr')).toHaveCount(n, LOAD);
  await expect(page.locator('figure.chart-panel')).toHaveCount(2, LOAD);
  await checkA11y(page);
  await screenshot(page, 'compare');
});

test('a rate is shown with its fraction, its Wilson interval and the small-N badge', async ({ page }) => {
  const [row] = await datasetQuery<{ agency_name: string; denied: number; total_handled: number }>(
    "SELECT agency_name, denied, total_handled FROM report_figures WHERE year = 2024 AND agency_id = 'pingtan-police'",
  );
  await page.goto('./?view=compare&year=2024&sort=agency');
  const tr = table(page).locator('tbody tr', { hasText: row.agency_name });
  await expect(tr).toHaveCount(1, LOAD);
  // Column order: agency, new, handled, granted rate, denied rate, …
  const denied = tr.locator('td').nth(3);
  await expect(denied).toContainText(`${row.denied}/${row.total_handled}`);
  await expect(denied).toContainText(`${((row.denied / row.total_handled) * 100).toFixed(1)}%`);
  await expect(denied.locator('.badge-caveat')).toHaveText('N<30');
});

test('sorting by a column header works from the keyboard and is kept in the URL', async ({ page }) => {
  const expected = await datasetQuery<{ v: number }>(
    "SELECT licensing_decisions AS v FROM report_figures WHERE year = 2024 AND scope = 'own' AND licensing_decisions IS NOT NULL ORDER BY v DESC",
  );
  const values = expected.map((r) => r.v.toLocaleString('en-US'));
  // Column 7 of the row's cells (after the agency header): 行政许可决定.
  const licensing = () =>
    table(page)
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[6].textContent));
  await page.goto('./?view=compare&year=2024');
  await expect(table(page).locator('tbody tr').first()).toBeVisible(LOAD);
  const header = table(page).getByRole('button', { name: /行政许可决定/ });
  await header.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=-licensing/, LOAD);
  await expect(table(page).locator('th[aria-sort="descending"]')).toContainText('行政许可决定');
  expect((await licensing()).slice(0, values.length)).toEqual(values);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=licensing/);
  await expect(table(page).locator('th[aria-sort="ascending"]')).toContainText('行政许可决定');
  // Ascending, and rows without a value still last.
  expect((await licensing()).slice(0, values.length)).toEqual([...values].reverse());
});

test('filters, metric and sort survive a reload and back/forward (URL round trip)', async ({ page }) => {
  const [{ all, municipal }] = await datasetQuery<{ all: number; municipal: number }>(
    "SELECT count(*) AS \"all\", count(*) FILTER (WHERE level = 'municipal') AS municipal FROM report_figures WHERE year = 2024 AND scope = 'own'",
  );
  expect(municipal).toBeLessThan(all);
  await page.goto('./?view=compare&year=2024&lang=en');
  await expect(table(page).locator('tbody tr')).toHaveCount(all, LOAD);
  await page.getByLabel('Level').selectOption('municipal');
  await expect(page).toHaveURL(/level=municipal/);
  await expect(table(page).locator('tbody tr')).toHaveCount(municipal, LOAD);
  await page.getByLabel('Measure shown in the charts').selectOption('fees');
  await expect(page).toHaveURL(/metric=fees/);
  const url = page.url();
  await page.reload();
  await expect(table(page).locator('tbody tr')).toHaveCount(municipal, LOAD);
  await expect(page.getByLabel('Level')).toHaveValue('municipal');
  await expect(page.getByLabel('Measure shown in the charts')).toHaveValue('fees');
  expect(page.url()).toBe(url);
  await page.goBack();
  await expect(page.getByLabel('Measure shown in the charts')).toHaveValue('denied_rate', LOAD);
  await page.goBack();
  await expect(page.getByLabel('Level')).toHaveValue('', LOAD);
  await expect(table(page).locator('tbody tr')).toHaveCount(all, LOAD);
});

test('the bar chart data table and CSV hold exactly what is plotted', async ({ page }) => {
  const rows = await datasetQuery<{ agency_name: string; licensing_decisions: number }>(
    "SELECT agency_name, licensing_decisions FROM report_figures WHERE year = 2024 AND scope = 'own' AND licensing_decisions IS NOT NULL ORDER BY licensing_decisions DESC",
  );
  await page.goto('./?view=compare&year=2024&metric=licensing');
  const panel = page.locator('figure.chart-panel').first();
  await expect(panel.getByRole('heading')).toContainText('行政许可决定', LOAD);
  await panel.getByRole('button', { name: '查看数据表' }).click();
  await expect(panel.locator('tbody tr')).toHaveCount(rows.length);
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'CSV' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  // Year and region first (what the file holds), then exactly the plotted columns.
  expect(lines[0]).toBe('年度,地区,机构,年报编号,行政许可决定（件）');
  expect(lines[1].split(',').slice(0, 2)).toEqual(['2024', '全部地区']);
  const values = lines.slice(1).map((l) => Number(l.split(',').at(-1)));
  expect(values).toEqual(rows.map((r) => r.licensing_decisions));
});

test('the funnel plot charts a rate against its denominator', async ({ page }) => {
  await page.goto('./?view=compare&year=2024&metric=denied_rate');
  const funnel = page.locator('figure.chart-panel').nth(1);
  await expect(funnel.getByRole('heading')).toContainText('漏斗图', LOAD);
  await expect(funnel.locator('.chart-source')).toContainText('总体比率');
  await expect(funnel.locator('[data-testid="chart-canvas"] canvas')).toHaveCount(1);
});
