import type { Page } from '@playwright/test';
import {
  checkA11y,
  datasetQuery,
  expect,
  screenshot,
  startDatabase,
  test,
  waitForDataset,
  withoutDatabaseFile,
} from './fixtures';

const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] [data-value]`);
const CJK = /[\u3400-\u9fff]/;

test('the navigation works with the keyboard and marks the current view', async ({ page }) => {
  await page.goto('./');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '总览' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: '关于数据' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?view=about$/);
  await expect(page.getByRole('heading', { level: 1, name: '关于数据' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '关于数据' })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible();
});

test('the first page loads no other view before its data is ready, and nothing from another origin', async ({
  page,
}) => {
  // When the dataset became ready, by the page's own clock (other views are prefetched after that).
  await page.addInitScript(() => {
    const w = window as unknown as { readyAt?: number };
    new MutationObserver(() => {
      if (w.readyAt === undefined && document.querySelector('[data-dataset-phase="ready"]'))
        w.readyAt = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-dataset-phase'] });
  });
  await page.goto('./');
  await waitForDataset(page);
  await expect(kpi(page, 'reports')).not.toBeEmpty();
  const early = await page.evaluate(() => {
    const readyAt = (window as unknown as { readyAt?: number }).readyAt ?? Infinity;
    return performance
      .getEntriesByType('resource')
      .filter((e) => /\/assets\/(compare|agency|quality|sql|about|check)-/.test(e.name) && e.startTime < readyAt)
      .map((e) => e.name);
  });
  expect(early).toEqual([]);
  // …and afterwards they are fetched in the background, so views open without the network.
  await expect
    .poll(() =>
      page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/assets\/sql-/.test(e.name)).length),
    )
    .toBeGreaterThan(0);
});

test('the language switch turns every interface label English, and it stays after a reload', async ({ page }) => {
  await page.goto('./?year=2023');
  await waitForDataset(page);
  await expect(kpi(page, 'reports')).not.toBeEmpty();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.locator('.kpi-label').first()).toHaveText('Reports counted');

  // Interface text only: agency names and other data stay as published.
  const chrome =
    'nav a, h1, h2, h3, legend, label, .kpi-label, .kpi-unit, .kpi-detail, .dataset-status, .chart-source, [data-testid="blank-note"], main button';
  // A <label> wraps its <select>: the options are data (place and agency names), not labels.
  const texts = () =>
    page.locator(chrome).evaluateAll((els) =>
      els.map((e) => {
        const copy = e.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('select').forEach((s) => {
          s.remove();
        });
        return (copy.textContent ?? '').trim();
      }),
    );
  const withChinese = async () => (await texts()).filter((t) => CJK.test(t.replace(/\([^)]*\)/g, '')));
  await expect.poll(withChinese).toEqual([]);
  expect((await texts()).length).toBeGreaterThan(20);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible();
  await expect(page).not.toHaveURL(/lang=/);
});

test('filters survive a reload and a new page with the same address; back undoes a filter', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await waitForDataset(page);
  await page.getByRole('checkbox', { name: '2023' }).check();
  await page.getByRole('combobox', { name: '地区' }).selectOption('山东省');
  await expect(page).toHaveURL(/year=2023/);
  await expect(page).toHaveURL(/region=/);
  const [expected] = await datasetQuery<{ reports: number; received: number }>(
    "SELECT count(*) AS reports, sum(new_received) AS received FROM report_figures WHERE year = 2023 AND province = '山东省'",
  );
  const reports = expected.reports.toLocaleString('en-US');
  const received = expected.received.toLocaleString('en-US');
  await expect(kpi(page, 'reports')).toHaveText(reports);
  await expect(kpi(page, 'new_received')).toHaveText(received);
  const url = page.url();

  await page.reload();
  await waitForDataset(page);
  await expect(page.getByRole('checkbox', { name: '2023' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: '地区' })).toHaveValue('山东省');
  await expect(kpi(page, 'reports')).toHaveText(reports);
  await expect(kpi(page, 'new_received')).toHaveText(received);

  const other = await context.newPage();
  await other.goto(url);
  await waitForDataset(other);
  await expect(other.getByRole('combobox', { name: '地区' })).toHaveValue('山东省');
  await expect(kpi(other, 'new_received')).toHaveText(received);
  await other.close();

  await page.goBack();
  await expect(page.getByRole('combobox', { name: '地区' })).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: '2023' })).toBeChecked();
});

test('unknown or invalid address parameters are ignored with a notice', async ({ page }) => {
  await page.goto('./?view=nowhere&year=20x3&foo=1');
  await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible();
  const notice = page.locator('.banner-notice');
  await expect(notice).toContainText('view=nowhere');
  await expect(notice).toContainText('year=20x3');
  await expect(notice).toContainText('foo=1');
  await notice.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toHaveCount(0);
});

test('a missing data file gives a visible error that names the file', async ({ page, expectConsoleError }) => {
  expectConsoleError(/404/);
  await withoutDatabaseFile(page);
  await page.route('**/data/cells.parquet*', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await startDatabase(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('cells.parquet', { timeout: 120_000 });
  await expect(alert).toContainText('404');
  await screenshot(page, 'error-missing-file');
});

test('a corrupt data file gives a visible error that names the file', async ({ page, expectConsoleError }) => {
  expectConsoleError(/404/);
  await withoutDatabaseFile(page);
  await page.route('**/data/findings.parquet*', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    body.fill(0, 0, 64); // same size, garbage at the start
    await route.fulfill({ response, body });
  });
  await page.goto('./?lang=en');
  await startDatabase(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('findings.parquet', { timeout: 120_000 });
  await expect(alert).toContainText('Data file findings.parquet could not be loaded');
});

test('the About page explains the measures and lists every source with its link', async ({ page }) => {
  await page.goto('./?view=about');
  await expect(page.getByRole('heading', { level: 1, name: '关于数据' })).toBeVisible();
  await expect(page.getByText('部分公开', { exact: true })).toBeVisible();
  await expect(page.getByText('不予处理', { exact: true })).toBeVisible();
  await waitForDataset(page);
  const rows = page.getByRole('region', { name: '数据来源' }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(10);
  await expect(page.getByRole('region', { name: '数据来源' }).getByRole('link').first()).toHaveAttribute(
    'href',
    /^https?:\/\//,
  );
  await checkA11y(page);
  await screenshot(page, 'about');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About the data' })).toBeVisible();
  await checkA11y(page);
});
