import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from '@playwright/test';
import { EXAMPLES } from '../src/views/sql/examples';
import { checkA11y, datasetQuery, expect, screenshot, test } from './fixtures';

// Starting DuckDB (a 34 MB wasm) and loading the dataset takes long on a busy 2-core CI machine.
test.describe.configure({ timeout: 180_000 });

const editor = (page: Page) => page.locator('.sql-editor .cm-content');
const runButton = (page: Page) => page.locator('button.sql-run');
const status = (page: Page) => page.locator('.sql-result-status');
const gridRows = (page: Page) => page.locator('.sql-grid tbody tr[aria-rowindex]');

/** Opens the workbench and waits until the dataset is loaded (the Run button is enabled). */
async function openWorkbench(page: Page, search = ''): Promise<void> {
  await page.goto(`./?view=sql${search}`);
  await expect(runButton(page)).toBeEnabled({ timeout: 90_000 });
}

/** Replaces the editor's text (inserted as one input, so no completion pops up mid-way). */
async function setSql(page: Page, sql: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
}

/** The grid's visible cells as text, row by row. */
async function gridText(page: Page): Promise<string[][]> {
  return gridRows(page).evaluateAll((rows) =>
    rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
}

/** A value as the grid shows it. */
const shown = (v: unknown) => (v === null || v === undefined ? 'NULL' : String(v));

/** Runs SQL with @duckdb/node-api over one exported file. */
async function readBack(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJS();
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

const example = (id: string) => EXAMPLES.find((e) => e.id === id)!;

test('an example query returns the rows DuckDB computes from the committed Parquet', async ({ page }) => {
  const chosen = example('t3_unbalanced');
  const expected = await datasetQuery(chosen.sql);
  expect(expected.length).toBeGreaterThan(0);
  await openWorkbench(page);
  await page.locator(`[data-example="${chosen.id}"]`).click();
  await runButton(page).click();
  await expect(status(page)).toContainText(`${expected.length} 行`, { timeout: 30_000 });
  const headers = await page.locator('.sql-grid thead th').allTextContents();
  expect(headers.map((h) => h.trim())).toEqual(Object.keys(expected[0]));
  expect(await gridText(page)).toEqual(expected.map((row) => Object.values(row).map(shown)));
  await screenshot(page, 'sql-example');
  await checkA11y(page);
});

test('autocomplete offers the columns of the table the query names', async ({ page }) => {
  await openWorkbench(page);
  await setSql(page, 'SELECT  FROM report_figures');
  await page.keyboard.press('Home');
  for (let i = 0; i < 'SELECT '.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type('agency_n');
  const popup = page.locator('.cm-tooltip-autocomplete');
  const option = popup.getByRole('option').filter({ has: page.getByText('agency_name', { exact: true }) });
  await expect(option).toBeVisible();
  // Picked with the mouse: Enter races CodeMirror refreshing the list while the schema completes.
  await option.click();
  await expect(editor(page)).toHaveText('SELECT agency_name FROM report_figures');
});

test('an error shows DuckDB’s message and marks its position in the editor', async ({ page }) => {
  await openWorkbench(page);
  await setSql(page, 'SELECT 1;\nSELECT report_id,\n  yeer\nFROM reports');
  await page.keyboard.press('ControlOrMeta+Enter');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Referenced column "yeer" not found');
  await expect(alert).toContainText('第 3 行第 3 列');
  await expect(page.locator('.sql-error-mark')).toHaveText('yeer');
  await screenshot(page, 'sql-error');
});

test('running only the selection', async ({ page }) => {
  await openWorkbench(page);
  await setSql(page, 'SELECT 1 AS one;\nSELECT 2 AS two');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(status(page)).toContainText('1 行');
  await expect(page.locator('.sql-grid thead th')).toHaveText(['two']);
});

test('a slow query can be cancelled and the next one runs', async ({ page }) => {
  await openWorkbench(page);
  // A trillion rows: hours of work, done in small steps the engine can stop between.
  await setSql(page, 'SELECT sum(range % 7) FROM range(1000000000000)');
  await runButton(page).click();
  await expect(page.getByText('正在运行…')).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('查询已取消。')).toBeVisible();
  // The cancelled query would run for hours; the engine must be free for the next one. The
  // generous wait is for a loaded CI machine, where even small queries take seconds.
  await setSql(page, 'SELECT 42 AS answer');
  await runButton(page).click();
  await expect(gridRows(page)).toHaveText(['42'], { timeout: 60_000 });
});

test('CSV, Parquet and TSV exports hold exactly the result', async ({ page, context }, testInfo) => {
  const chosen = example('refusal_rate_by_agency');
  const expected = await datasetQuery(chosen.sql);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWorkbench(page);
  await page.locator(`[data-example="${chosen.id}"]`).click();
  await runButton(page).click();
  await expect(status(page)).toContainText(`${expected.length} 行`, { timeout: 30_000 });

  const save = async (button: string, name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const file = testInfo.outputPath(name);
    await download.saveAs(file);
    return file.replaceAll("'", "''");
  };
  const csv = await save('导出 CSV', 'result.csv');
  const parquet = await save('导出 Parquet', 'result.parquet');
  const normalise = (rows: Record<string, unknown>[]) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
  expect(normalise(await readBack(`SELECT * FROM read_csv('${csv}')`))).toEqual(expected);
  expect(normalise(await readBack(`SELECT * FROM read_parquet('${parquet}')`))).toEqual(expected);

  await page.getByRole('button', { name: '复制为 TSV' }).click();
  await expect(page.getByText(`已复制 ${expected.length} 行`)).toBeVisible();
  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  const lines = tsv.replace(/\n$/, '').split('\n');
  expect(lines[0].split('\t')).toEqual(Object.keys(expected[0]));
  expect(lines.slice(1).map((l) => l.split('\t'))).toEqual(
    expected.map((r) => Object.values(r).map((v) => (v === null ? '' : String(v)))),
  );
});

test('a permalink fills the editor but never runs the query', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sql = "SELECT agency_name, year FROM report_figures WHERE province = '福建省' ORDER BY year";
  await openWorkbench(page);
  await setSql(page, sql);
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByText('链接已复制')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get('q')).toBe(sql);

  const other = await context.newPage();
  await other.goto(link);
  await expect(runButton(other)).toBeEnabled({ timeout: 90_000 });
  await expect(editor(other)).toHaveText(sql);
  await expect(other.getByText('已从链接填入查询')).toBeVisible();
  await expect(other.locator('.sql-result')).toHaveCount(0);
  // Nothing ran in either page, so the (shared) history is still empty.
  await expect(other.getByText('还没有运行过查询')).toBeVisible();
  await other.close();
});

test('a dropped CSV becomes a table that can be queried', async ({ page }) => {
  await openWorkbench(page);
  const csv = 'agency,year,applications\n平潭综合实验区,2023,12\n临沂市,2024,7\n';
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'My Upload.csv', { type: 'text/csv' }));
    return dt;
  }, csv);
  await page.locator('[data-testid="sql-drop"]').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('已添加表 my_upload（2 行）')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.sql-schema-name', { hasText: 'my_upload' })).toBeVisible();
  await setSql(page, 'SELECT agency, applications FROM my_upload ORDER BY year');
  await runButton(page).click();
  await expect(status(page)).toContainText('2 行');
  expect(await gridText(page)).toEqual([
    ['平潭综合实验区', '12'],
    ['临沂市', '7'],
  ]);
});

test('a large result shows the first 100,000 rows in a virtualised grid', async ({ page }) => {
  await openWorkbench(page, '&lang=en');
  await setSql(page, 'SELECT range AS i, range % 7 AS r FROM range(150000)');
  await runButton(page).click();
  await expect(status(page)).toContainText('150,000 rows', { timeout: 30_000 });
  await expect(page.getByText('Showing the first 100,000 rows; exports and copies include all 150,000.')).toBeVisible({
    timeout: 30_000,
  });
  expect(await gridRows(page).count()).toBeLessThan(200);
  await page.locator('.sql-grid-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(gridRows(page).last()).toHaveAttribute('aria-rowindex', '100001');
  await expect(gridRows(page).last().locator('td').first()).toHaveText('99999');
  // Sorting covers every row, not only the shown ones.
  await page.getByRole('button', { name: 'Sort by i' }).click();
  await page.getByRole('button', { name: 'Sort by i' }).click();
  await page.locator('.sql-grid-scroll').evaluate((el) => el.scrollTo(0, 0));
  await expect(gridRows(page).first().locator('td').first()).toHaveText('149999');
});

test('a result can be charted by picking x, y and a series', async ({ page }) => {
  const chosen = example('applicants_by_type');
  await openWorkbench(page);
  await page.locator(`[data-example="${chosen.id}"]`).click();
  await runButton(page).click();
  await expect(status(page)).toContainText('行', { timeout: 30_000 });
  await page.getByRole('tab', { name: '图表' }).click();
  await page.getByLabel('分组（系列）').selectOption('applicant');
  await page.getByLabel('图形').selectOption('line');
  const figure = page.locator('figure.chart-panel');
  await expect(figure.locator('h3')).toHaveText('new_received（按 year）');
  await expect(figure.locator('canvas')).toBeVisible();
  // The plotted numbers, as the chart's own data table shows them: one column per applicant type.
  await figure.getByRole('button', { name: '查看数据表' }).click();
  const expected = await datasetQuery<{ n: number }>(
    'SELECT count(DISTINCT applicant) AS n FROM t3_by_applicant WHERE NOT is_total',
  );
  await expect(figure.locator('thead th')).toHaveCount(1 + expected[0].n);
  await figure.getByRole('button', { name: '查看图表' }).click();
  await screenshot(page, 'sql-chart');
  await checkA11y(page);
});
