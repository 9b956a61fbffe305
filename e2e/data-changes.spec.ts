/**
 * A change of the data in the tab reaches every view: a statement in the SQL workbench bumps the
 * data generation that every cached query result is keyed by, so the Overview, Compare and the
 * agency profile show the new figures; a dropped table they need gives a clear message, never the
 * numbers of before. Views are switched in the page (a reload would bring the published data back).
 */
import type { Page } from '@playwright/test';
import { datasetQuery, expect, runSql, screenshot, test } from './fixtures';

test.setTimeout(300_000);
const LOAD = { timeout: 120_000 };

const licensingKpi = (page: Page) => page.locator('[data-kpi="licensing"] [data-value]');
const compareRow = (page: Page) => page.locator('table.compare-table tbody tr', { hasText: '郯城县行政审批服务局' });
const agencyCell = (page: Page) => page.locator('td[id="cell-t2.licensing.decisions"]');

/** Goes to another view in the page, keeping the tab's data. */
async function go(page: Page, search: string) {
  await page.evaluate((s) => {
    history.pushState(null, '', s);
    dispatchEvent(new PopStateEvent('popstate'));
  }, search);
}

const OVERVIEW = '?view=overview';
const COMPARE = '?view=compare&year=2023&sort=agency';
const AGENCY = '?view=agency&agency=tancheng-approval&year=2023';
const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

/** Visits the three views so that each has its published figures in the query cache. */
async function cacheThePublishedFigures(page: Page): Promise<number> {
  await page.goto(`./${OVERVIEW}`);
  await expect(licensingKpi(page)).not.toBeEmpty(LOAD);
  const overviewLicensing = digits(await licensingKpi(page).textContent());
  await go(page, COMPARE);
  await expect(compareRow(page)).toContainText('42,975', LOAD);
  await go(page, AGENCY);
  await expect(agencyCell(page)).toHaveText('42975', LOAD);
  return overviewLicensing;
}

test('a DELETE in the SQL workbench: the Overview, Compare and the agency profile show the new figures', async ({
  page,
}) => {
  const [{ total }] = await datasetQuery<{ total: number }>(
    'SELECT sum(licensing_decisions)::BIGINT AS total FROM report_figures WHERE in_whole_set',
  );
  const before = await cacheThePublishedFigures(page);
  expect(before).toBe(total);

  await go(page, '?view=sql');
  await runSql(page, "DELETE FROM cells WHERE report_id = '000' AND cell_id = 't2.licensing.decisions'");
  expect(
    await runSql(page, "SELECT count(*) FROM cells WHERE cell_id = 't2.licensing.decisions' AND report_id = '000'"),
  ).toEqual([['0']]);

  await go(page, OVERVIEW);
  await expect(licensingKpi(page)).toHaveText((total - 42975).toLocaleString('en-US'), LOAD);
  // The report's 行政许可 is now not stated: Compare (column 7 after the agency header) and the
  // profile's template cell say so.
  await go(page, COMPARE);
  await expect(compareRow(page).locator('td').nth(6)).toHaveText('未填报', LOAD);
  await go(page, AGENCY);
  await expect(agencyCell(page)).toHaveText('未填报', LOAD);
  await screenshot(page, 'data-changes-deleted');
});

test('an INSERT in the SQL workbench adds a report the views count', async ({ page }) => {
  await cacheThePublishedFigures(page);
  await go(page, OVERVIEW);
  const reportsKpi = page.locator('[data-kpi="reports"] [data-value]');
  const reports = digits(await reportsKpi.textContent());
  await go(page, '?view=sql');
  await runSql(
    page,
    `INSERT INTO reports SELECT * REPLACE ('local-copy' AS report_id, 2022 AS year) FROM reports WHERE report_id = '000';
INSERT INTO cells SELECT * REPLACE ('local-copy' AS report_id) FROM cells WHERE report_id = '000'`,
  );
  await go(page, OVERVIEW);
  await expect(reportsKpi).toHaveText(String(reports + 1), LOAD);
});

test('DROP of a table the views need: each view says so, with no figures of before', async ({ page }) => {
  await cacheThePublishedFigures(page);
  await go(page, '?view=sql');
  await runSql(page, 'DROP TABLE cells');
  await expect(page.getByTestId('sql-views-failed')).toContainText('视图（t2_figures 等）无法重新计算');
  await expect(page.getByTestId('sql-views-failed')).toContainText('cells');

  const message = '本页所需的数据已在 SQL 查询中被删除或更改';
  await go(page, OVERVIEW);
  await expect(page.getByRole('alert').filter({ hasText: message }).first()).toBeVisible(LOAD);
  await expect(licensingKpi(page)).toHaveCount(0);
  await go(page, COMPARE);
  await expect(page.getByRole('alert').filter({ hasText: message }).first()).toBeVisible(LOAD);
  await expect(compareRow(page)).toHaveCount(0);
  await go(page, AGENCY);
  await expect(page.getByRole('alert').filter({ hasText: message }).first()).toBeVisible(LOAD);
  await expect(agencyCell(page)).toHaveCount(0);
  await screenshot(page, 'data-changes-dropped');
});
