import type { Page } from '@playwright/test';
import { checkA11y, datasetQuery, expect, screenshot, test, waitForDataset } from './fixtures';

/** The number shown in a KPI tile, as text. */
const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] [data-value]`);
const en = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * Reports already inside a whole-jurisdiction report of the same year (the coverage rule written
 * out again over the tables: the parent is a 人民政府/管委会 or its report's scope says so).
 */
const COVERED = `SELECT d.report_id FROM reports d
  JOIN agencies a ON a.agency_id = d.agency_id
  JOIN reports p ON p.agency_id = a.parent_id AND p.year = d.year AND p.status = 'ok'
  JOIN agencies pa ON pa.agency_id = p.agency_id
  WHERE coalesce(p.scope, CASE WHEN pa.agency_type IN ('人民政府', '管委会') THEN 'jurisdiction' END) = 'jurisdiction'`;

/** Keeps every message the page sends to a worker in `window.posted` (DuckDB's is the only worker once the data is loaded). */
function recordWorkerMessages(page: Page) {
  return page.addInitScript(() => {
    const posted: unknown[] = [];
    Object.assign(window, { posted });
    const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
    Object.assign(Worker.prototype, {
      postMessage(this: Worker, ...args: unknown[]) {
        posted.push(args[0]);
        post.apply(this, args);
      },
    });
  });
}

test('the Overview renders the shipped data with its KPI tiles and charts', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible();
  await waitForDataset(page);
  const [{ reports, agencies }] = await datasetQuery<{ reports: number; agencies: number }>(
    `SELECT count(*) AS reports, count(DISTINCT agency_id) AS agencies FROM reports r
    WHERE status = 'ok' AND report_id NOT IN (${COVERED})`,
  );
  await expect(kpi(page, 'reports')).toHaveText(en(reports));
  await expect(kpi(page, 'agencies')).toHaveText(en(agencies));
  await expect(page.locator('figure.chart-panel')).toHaveCount(5);
  await expect(page.locator('figure.chart-panel canvas')).toHaveCount(5);
  await checkA11y(page);
  await screenshot(page, 'overview');
});

test('郯城县行政审批服务局 2023 shows its published figures exactly', async ({ page }) => {
  await page.goto('./?year=2023&agency=tancheng-approval');
  await waitForDataset(page);
  await expect(kpi(page, 'reports')).toHaveText('1');
  await expect(kpi(page, 'licensing')).toHaveText('42,975');
  await expect(kpi(page, 'fees')).toHaveText('42.39');
  await expect(page.locator('[data-kpi="fees"]')).not.toContainText('亿元');
  await expect(kpi(page, 'new_received')).toHaveText('16');
  await expect(page.getByRole('combobox', { name: '机构' })).toHaveValue('tancheng-approval');
  await expect(page.getByRole('checkbox', { name: '2023' })).toBeChecked();
  await screenshot(page, 'overview-tancheng-2023');
});

test('totals shown equal the sums of the cells in the Parquet files, blanks counted, overlaps left out', async ({
  page,
}) => {
  // Independent of the app's SQL: straight from the cells table (blank = NULL, skipped by SUM).
  const [expected] = await datasetQuery<{ licensing: number; received: number; fees: number }>(`
    SELECT
      sum(value) FILTER (WHERE cell_id = 't2.licensing.decisions') AS licensing,
      sum(value) FILTER (WHERE cell_id = 't3.new_received.total') AS received,
      sum(value) FILTER (WHERE cell_id = 't2.fees.amount_wan_yuan') AS fees
    FROM cells JOIN reports USING (report_id)
    WHERE status = 'ok' AND report_id NOT IN (${COVERED})`);
  await page.goto('./');
  await waitForDataset(page);
  await expect(kpi(page, 'licensing')).toHaveText(en(expected.licensing));
  await expect(kpi(page, 'new_received')).toHaveText(en(expected.received));
  await expect(kpi(page, 'fees')).toHaveText(en(expected.fees));
  // Past 1 亿元 the amount is said in 亿元 too (万元 ÷ 10,000), and 42.39 万元 is not.
  expect(expected.fees).toBeGreaterThan(10_000);
  await expect(page.locator('[data-kpi="fees"] .kpi-detail')).toContainText(
    `约 ${en(Math.round(expected.fees / 100) / 100)} 亿元`,
  );
  await expect(page.getByTestId('blank-note')).toContainText('空白');
});

test('choosing filters updates the figures and the URL', async ({ page }) => {
  await page.goto('./');
  await waitForDataset(page);
  await page.getByRole('combobox', { name: '地区' }).selectOption('山东省/临沂市/郯城县');
  await expect(page).toHaveURL(/region=%E5%B1%B1%E4%B8%9C%E7%9C%81/);
  const [{ reports }] = await datasetQuery<{ reports: number }>(
    "SELECT count(*) AS reports FROM report_figures WHERE province = '山东省' AND city = '临沂市' AND county = '郯城县'",
  );
  await expect(kpi(page, 'reports')).toHaveText(en(reports));
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page).not.toHaveURL(/region=/);
});

test('a change of years repaints each chart once, all five in one frame', async ({ page }) => {
  await page.goto('./');
  await waitForDataset(page);
  await expect(page.locator('[data-testid="chart-canvas"][data-painted-at]')).toHaveCount(5);
  // From no year: one year and runs of neighbouring years (prerendered at build time), and sets of
  // two to four years with a gap (DuckDB's): {0}, {0,1}, {0,1,2}, {0,2}, {0,2,3}, {0,1,2,3}, {0,1,3}.
  for (const box of [0, 1, 2, 1, 3, 1, 2]) {
    const change = await page.evaluate(async (box) => {
      const holders = () => [...document.querySelectorAll('[data-testid="chart-canvas"]')];
      const paints = () => holders().map((el) => Number(el.getAttribute('data-paints')));
      const before = paints();
      // The frame each chart was painted in: the time of the frame's animation callbacks.
      const frames = new Set<unknown>();
      const observer = new MutationObserver(() => frames.add(document.timeline.currentTime));
      observer.observe(document.body, { attributeFilter: ['data-painted-at'], subtree: true });
      const start = performance.now();
      document.querySelectorAll<HTMLInputElement>('.filter-years input[type="checkbox"]')[box].click();
      await new Promise<void>((done) => {
        const check = () =>
          holders().every((el) => Number(el.getAttribute('data-painted-at')) > start)
            ? done()
            : requestAnimationFrame(check);
        check();
      });
      // A later repaint of this change would show in the next frames.
      await new Promise((r) => setTimeout(r, 300));
      observer.disconnect();
      return { charts: holders().length, paints: paints().map((n, i) => n - before[i]), frames: frames.size };
    }, box);
    expect(change, `box ${box}`).toEqual({ charts: 5, paints: [1, 1, 1, 1, 1], frames: 1 });
  }
});

test('a change of years asks DuckDB at once, prepares each statement once, and a year answered at build time does not ask it again', async ({
  page,
}) => {
  await recordWorkerMessages(page);
  await page.goto('./');
  await waitForDataset(page);
  await expect(page.locator('[data-testid="chart-canvas"][data-painted-at]')).toHaveCount(5);
  await page.waitForTimeout(1000); // the workspace's sync after the load
  const change = (box: number) =>
    page.evaluate(async (box) => {
      const { posted } = window as unknown as { posted: ({ type?: unknown } | null)[] };
      posted.length = 0;
      document.querySelectorAll<HTMLInputElement>('.filter-years input[type="checkbox"]')[box].click();
      const inTheClick = posted.length;
      await new Promise((r) => setTimeout(r, 1000));
      const count = (type: string) => posted.filter((m) => m?.type === type).length;
      return { inTheClick, inAll: posted.length, prepared: count('CREATE_PREPARED'), run: count('RUN_PREPARED') };
    }, box);
  // One year: the build's results, not asked again after the dataset loaded.
  expect(await change(0)).toEqual({ inTheClick: 0, inAll: 0, prepared: 0, run: 0 });
  // Two years apart (the build answers runs of neighbouring years only): the five Overview queries
  // reach the worker before the page renders the change; their statements are prepared, then run.
  const two = await change(2);
  expect(two.inTheClick).toBeGreaterThanOrEqual(5);
  expect(two).toMatchObject({ prepared: 5, run: 5 });
  // Three and four years: the same five statements run again, none prepared anew (one SQL text
  // whatever the number of years).
  expect(await change(3)).toMatchObject({ prepared: 0, run: 5 });
  expect(await change(4)).toMatchObject({ prepared: 0, run: 5 });
  // The gap filled, five neighbouring years: the build's results again, nothing asked.
  expect(await change(1)).toEqual({ inTheClick: 0, inAll: 0, prepared: 0, run: 0 });
});
