/**
 * Resilience: the app keeps working with the network cut after load, and a corrupt or missing data
 * file, a wasm that fails to load or a query that runs out of memory each give a clear message
 * naming the problem while the rest of the app keeps working.
 */
import type { Page } from '@playwright/test';
import { expect, startDatabase, submitSql, test, waitForDataset, withoutDatabaseFile } from './fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });
const datasetError = (page: Page) => page.locator('[data-dataset-phase="error"]');

/** The check view parses a pasted report in the page, with or without the dataset. */
async function checkStillWorks(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: '检查年报' }).click();
  await page.getByLabel('或粘贴年报文字').fill(REPORT_TEXT);
  await page.getByRole('button', { name: '检查粘贴的文字' }).click();
  await expect(page.locator('[data-testid="check-meta"] [data-meta="agency"]')).toHaveText('郯城县行政审批服务局');
}

let REPORT_TEXT = '';
test.beforeAll(async () => {
  const { readFileSync } = await import('node:fs');
  REPORT_TEXT = readFileSync('data/reports/000.txt', 'utf8');
});

test('with the network cut after load, views, filters and SQL still work', async ({ page, context }) => {
  await page.goto('./');
  await waitForDataset(page);
  // Every view's code is prefetched once the data is ready; wait for the last of them.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          performance.getEntriesByType('resource').filter((e) => /\/assets\/(sql|check)-.*\.js/.test(e.name)).length,
      ),
    )
    .toBeGreaterThanOrEqual(2);
  await context.setOffline(true);
  for (const name of ['机构对比', '数据质量', '机构档案', '关于数据', '总览']) {
    await nav(page).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  }
  // A filter: one year on the overview (the query runs in the tab's database).
  await page.getByRole('checkbox', { name: '2023' }).check();
  await expect(page).toHaveURL(/year=2023/);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await nav(page).getByRole('link', { name: 'SQL 查询' }).click();
  await submitSql(page, 'SELECT count(*) AS n FROM reports');
  await expect(page.locator('.sql-result-status')).toContainText('1 行', { timeout: 15_000 });
  await checkStillWorks(page);
});

test('a corrupt data file is named in a clear message; checking a report still works', async ({
  page,
  expectConsoleError,
}) => {
  expectConsoleError(/404/);
  await withoutDatabaseFile(page);
  await page.route('**/data/findings.parquet*', (route) =>
    route.fulfill({ status: 200, body: Buffer.from('PAR1 not really parquet') }),
  );
  await page.goto('./');
  await startDatabase(page);
  await expect(datasetError(page)).toContainText('数据文件 findings.parquet 载入失败');
  await expect(datasetError(page)).toContainText(/size|SHA-256/);
  await checkStillWorks(page);
});

test('a data file that is not Parquet, though of the right size, is named in a clear message', async ({
  page,
  expectConsoleError,
}) => {
  expectConsoleError(/404/);
  await withoutDatabaseFile(page);
  // A manifest without checksums (allowed: plain-http intranets cannot hash either), so the size
  // check passes and only the Parquet reader can find the file bad.
  await page.route('**/data/manifest.json*', async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as { files: { name: string; bytes: number; sha256?: string }[] };
    for (const file of manifest.files) delete file.sha256;
    await route.fulfill({ response, json: manifest });
  });
  await page.route('**/data/cells.parquet*', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: Buffer.alloc(body.length, 'x') });
  });
  await page.goto('./');
  await startDatabase(page);
  await expect(datasetError(page)).toContainText('数据文件 cells.parquet 载入失败');
  await expect(datasetError(page)).toContainText('not readable as Parquet');
  await checkStillWorks(page);
});

test('a missing data file (404) is named in a clear message; checking a report still works', async ({
  page,
  expectConsoleError,
}) => {
  expectConsoleError(/404/);
  await withoutDatabaseFile(page);
  await page.route('**/data/cells.parquet*', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await startDatabase(page);
  await expect(datasetError(page)).toContainText('数据文件 cells.parquet 载入失败：HTTP 404');
  await checkStillWorks(page);
});

test('a wasm that fails to load gives a clear message; checking a report still works', async ({
  page,
  context,
  expectConsoleError,
}) => {
  expectConsoleError(/404|wasm|WebAssembly/i);
  // Context-level: the wasm is fetched by the DuckDB worker.
  await context.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await startDatabase(page);
  await expect(datasetError(page)).toBeVisible();
  await expect(datasetError(page)).toContainText(/wasm|WebAssembly/i);
  await checkStillWorks(page);
});

test('a query that runs out of memory shows the error; the next query runs', async ({ page }) => {
  await page.goto('./?view=sql');
  await waitForDataset(page);
  await submitSql(
    page,
    "SET memory_limit = '4MB'; SELECT i % 500000 AS k, string_agg(i::VARCHAR, ',') AS s FROM range(3000000) t(i) GROUP BY k ORDER BY k",
  );
  const error = page.locator('.sql-error');
  await expect(error).toBeVisible({ timeout: 60_000 });
  await expect(error).toContainText(/memory/i);
  // Back to the app's own limit (src/db/session.ts), then an ordinary query.
  await submitSql(page, "SET memory_limit = '1GB'; SELECT count(*) AS n FROM reports");
  await expect(page.locator('.sql-result-status')).toContainText('1 行', { timeout: 30_000 });
  await expect(error).toHaveCount(0);
});
