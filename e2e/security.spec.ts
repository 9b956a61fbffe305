/**
 * Hostile data and links: the Content-Security-Policy holds on every view, report text is shown as
 * text (never markup), crafted URL values are ignored with a notice or bound as SQL parameters, and
 * a shared SQL link only fills the editor.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { VIEWS } from '../src/url/state';
import { expect, runSql, test, waitForDataset } from './fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

/** Records CSP violations (page and same-document events) and dialogs (alert, confirm, prompt). */
async function watchForAttacks(page: Page): Promise<{ dialogs: string[]; violations: () => Promise<string[]> }> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { dialogs, violations };
}

test('the CSP is in force and no view breaks it: every view loads without a violation', async ({
  page,
  expectConsoleError,
}) => {
  // Provoked at the end on purpose, to show the policy is enforced.
  expectConsoleError(/Executing inline script violates the following Content Security Policy/);
  const { violations } = await watchForAttacks(page);
  await page.goto('./');
  await waitForDataset(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);

  for (const link of await nav(page).getByRole('link').all()) {
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Charts and tables of the view have drawn (no query status still pending).
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  }
  expect(await nav(page).getByRole('link').count()).toBe(VIEWS.length);
  // A query and its chart in the workbench (workers, wasm, canvas).
  await page.goto('./?view=sql');
  await waitForDataset(page);
  expect(
    (await runSql(page, 'SELECT year, count(*) AS n FROM reports GROUP BY year ORDER BY year')).length,
  ).toBeGreaterThan(0);
  expect(await violations()).toEqual([]);

  // The policy is really enforced: an injected inline script does not run and is reported.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src/)]);
});

const HOSTILE_AGENCY = '<img/src=x/onerror=alert(1)>';

/** The Tancheng report (000.txt) published under a hostile agency name (its title line names the agency). */
const hostileReport = () =>
  `${HOSTILE_AGENCY}2023年度政府信息公开工作年度报告\n${readFileSync('data/reports/000.txt', 'utf8').replaceAll('郯城县行政审批服务局', HOSTILE_AGENCY)}`;

test('a report whose agency name is markup is shown as that text in the check view and every view that lists it', async ({
  page,
}) => {
  const { dialogs, violations } = await watchForAttacks(page);
  await page.goto('./?view=check');
  await waitForDataset(page);
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'hostile.txt', { type: 'text/plain' }));
    return dt;
  }, hostileReport());
  await page.getByTestId('check-drop').dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('[data-testid="check-meta"] [data-meta="agency"]')).toHaveText(HOSTILE_AGENCY);
  await page.getByRole('button', { name: '加入本标签页的数据' }).click();
  await expect(page.getByTestId('check-added')).toContainText('local-hostile');

  // Views that list agencies, with the local report among them.
  for (const url of ['./?view=overview', './?view=compare&year=2023', './?view=quality', './?view=agency']) {
    await nav(page).getByRole('link').first().focus();
    await page.evaluate((u) => history.pushState(null, '', u), url);
    await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  }
  await page.evaluate(() => {
    history.pushState(null, '', './?view=sql');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  expect(await runSql(page, "SELECT agency_name FROM reports WHERE report_id = 'local-hostile'")).toEqual([
    [HOSTILE_AGENCY],
  ]);
  await expect(page.locator('.sql-grid tbody')).toContainText(HOSTILE_AGENCY);

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(await violations()).toEqual([]);
});

test('crafted URL values are ignored with a notice, never spliced into SQL', async ({ page }) => {
  const { dialogs } = await watchForAttacks(page);
  const crafted = new URLSearchParams({
    view: 'compare',
    year: "2023') OR 1=1 --",
    agency: "x' OR '1'='1",
    region: '</script><script>alert(1)</script>',
    evil: '"><img src=x onerror=alert(1)>',
  });
  await page.goto(`./?${crafted}`);
  await waitForDataset(page);
  const notices = page.locator('.banner-notice');
  for (const param of ['year', 'agency', 'region', 'evil']) await expect(notices).toContainText(`${param}=`);
  await expect(notices).toContainText('</script><script>alert(1)</script>');
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  // A quoted value that is a valid name goes to SQL as a bound parameter: no match, no SQL error.
  await page.goto(
    `./?${new URLSearchParams({ view: 'overview', region: "山东省' OR '1'='1", type: "'; DROP TABLE reports; --" })}`,
  );
  await waitForDataset(page);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.goto(`./?view=sql`);
  await waitForDataset(page);
  expect(Number((await runSql(page, 'SELECT count(*) FROM reports'))[0][0])).toBeGreaterThan(0);
  expect(dialogs).toEqual([]);
});

test('a shared SQL link only fills the editor: nothing runs until the user runs it', async ({ page }) => {
  const q = "CREATE TABLE pwned AS SELECT 1 AS x; SELECT '</script><img src=x onerror=alert(1)>' AS s";
  await page.goto(`./?view=sql&q=${encodeURIComponent(q)}`);
  await waitForDataset(page);
  await expect(page.locator('.sql-editor .cm-content')).toContainText('CREATE TABLE pwned');
  await expect(page.getByText('已从链接填入查询。请先阅读，再点击“运行”。')).toBeVisible();
  await expect(page.locator('.sql-result')).toHaveCount(0);
  // Had the link run, the table would exist now (the first statement would have run before this one).
  expect(await runSql(page, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'pwned'")).toEqual([
    ['0'],
  ]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});
