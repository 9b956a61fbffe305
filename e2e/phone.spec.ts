/**
 * The public on a phone (375 × 800): the first chart on the first screen, no view wider than the
 * screen, tap targets of at least 24 × 24 px; filters that never show old figures as new ones;
 * sharing and downloads that carry what they show.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { datasetQuery, expect, paintedCharts, test, waitForDataset } from './fixtures';

const PHONE = { width: 375, height: 800 };
const VIEWS = ['overview', 'compare', 'agency&agency=pingtan', 'quality', 'check', 'sql', 'about'];
const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] [data-value]`);
const en = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

for (const lang of ['zh', 'en'] as const) {
  test(`at 375 × 800 (${lang}) the first chart is on the first screen`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`./?view=overview${lang === 'en' ? '&lang=en' : ''}`);
    await expect.poll(() => paintedCharts(page)).toBeGreaterThan(0);
    const top = await page
      .locator('figure.chart-panel')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(top, 'the first chart starts within the first 800 px').toBeLessThan(800);
    // Its title, not just its frame's border.
    await expect(page.locator('figure.chart-panel .chart-title').first()).toBeInViewport();
    // The switches moved into the folded filters are said there when not at their defaults.
    await page.goto(`./?view=overview&basis=departments&trend=all${lang === 'en' ? '&lang=en' : ''}`);
    await expect(page.getByTestId('filter-summary')).toContainText(lang === 'en' ? 'Departments' : '各部门');
    await expect(page.getByTestId('filter-summary')).toContainText(lang === 'en' ? 'All reports' : '全部年报');
  });

  test(`at 375 × 800 (${lang}) no view scrolls sideways, tap targets are large enough`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    const suffix = lang === 'en' ? '&lang=en' : '';
    await page.goto(`./?view=overview${suffix}`);
    await waitForDataset(page);
    for (const view of VIEWS) {
      await page.goto(`./?view=${view}${suffix}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('main [role="status"]', { hasText: /加载|Loading/ })).toHaveCount(0, {
        timeout: 60_000,
      });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${view}: page width`).toBeLessThanOrEqual(PHONE.width);
      const axe = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      const small = axe.violations.flatMap((v) => v.nodes.map((n) => `${view}: ${n.target.join(' ')}`));
      expect(small, 'tap targets under 24 × 24 px without room around them').toEqual([]);
      // Stricter than axe (which lets a small target pass when it has room around it): every
      // control and navigation link is itself at least 24 × 24 px.
      const tiny = await page
        .locator('button, input, select, summary, textarea, .nav-list a, .year-tabs a')
        .evaluateAll((els) =>
          els
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 1 && (box.width < 24 || box.height < 24))
            .map(({ el, box }) => `${el.tagName} "${el.textContent?.trim().slice(0, 20)}" ${box.width}×${box.height}`),
        );
      expect(tiny, `${view}: controls smaller than 24 × 24 px`).toEqual([]);
    }
  });

  test(`at 375 × 800 (${lang}) a wide table's caption is read whole, and stays when the table scrolls sideways`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`./?view=agency&agency=pingtan-approval${lang === 'en' ? '&lang=en' : ''}`);
    const table = page.locator('.yoy-table');
    await expect(table.locator('tr[data-measure]').first()).toBeVisible();
    const caption = table.locator('caption');
    const inScreen = async () => {
      const box = (await caption.boundingBox())!;
      return box.x >= 0 && box.x + box.width <= PHONE.width;
    };
    expect(await table.evaluate((t) => t.scrollWidth > t.closest('.table-wrap')!.clientWidth)).toBe(true);
    expect(await inScreen()).toBe(true);
    await table.evaluate((t) => {
      t.closest('.table-wrap')!.scrollLeft = 300;
    });
    expect(await inScreen()).toBe(true);
  });
}

test('with the DuckDB wasm held back, ticking a year marks every stale figure as updating; never old numbers as new', async ({
  page,
  context,
}) => {
  await context.route('**/*.wasm', () => undefined);
  const [all] = await datasetQuery<{ reports: number }>(
    'SELECT count(*) AS reports FROM report_figures WHERE in_whole_set',
  );
  await page.goto('./');
  await expect(kpi(page, 'reports')).toHaveText(en(all.reports));
  await expect(page.locator('[data-updating="true"]')).toHaveCount(0);
  const [expected] = await datasetQuery<{ reports: number; agencies: number; new_received: number }>(
    'SELECT count(*) AS reports, count(DISTINCT agency_id) AS agencies, sum(new_received) AS new_received FROM report_figures WHERE year = 2024 AND in_whole_set',
  );
  await page.getByRole('checkbox', { name: '2024' }).check();
  // Each tile shows the figure of 2024 (answered without the engine) or sits in a part marked updating.
  for (const [id, value] of Object.entries(expected)) {
    const tile = page.locator(`[data-kpi="${id}"]`);
    const marked = await tile.evaluate((el) => el.closest('[data-updating="true"]') !== null);
    if (!marked) await expect(kpi(page, id)).toHaveText(en(value));
  }
  const updating = page.locator('[data-updating="true"]');
  if ((await updating.count()) > 0) {
    await expect(updating.first()).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('status').filter({ hasText: '正在按新的筛选条件更新' }).first()).toBeVisible();
    // Still marked seconds later: the old figures never lose their mark while the engine is held.
    await page.waitForTimeout(2_000);
    await expect(
      page.locator('[data-kpi="reports"]').locator('xpath=ancestor::*[@data-updating="true"]'),
    ).not.toHaveCount(0);
  }
});

test('once DuckDB answers, the marks go and the figures are those of the new filter', async ({ page }) => {
  await page.goto('./');
  await waitForDataset(page);
  const [{ reports }] = await datasetQuery<{ reports: number }>(
    'SELECT count(*) AS reports FROM report_figures WHERE year = 2023 AND in_whole_set',
  );
  await page.getByRole('checkbox', { name: '2023' }).check();
  await expect(kpi(page, 'reports')).toHaveText(en(reports));
  await expect(page.locator('[data-updating="true"]')).toHaveCount(0);
});

test('an exported SVG carries title, filters, source and licence; the share link reopens the view and chart', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?year=2024');
  await waitForDataset(page);
  const panel = page.locator('figure[data-chart="overview-licensing-by-agency"]');
  await expect(panel.locator('canvas')).toHaveCount(1);

  const svg = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'SVG' }).click();
  const file = await svg;
  expect(file.suggestedFilename()).toBe('overview-licensing-by-agency_2024.svg');
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toContain('各机构行政许可决定数（件）');
  expect(text).toContain('筛选：2024');
  expect(text).toMatch(/来源：\d+ 份年报/);
  expect(text).toContain('CC BY 4.0');

  const csv = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'CSV' }).click();
  const csvFile = await csv;
  expect(csvFile.suggestedFilename()).toBe('overview-licensing-by-agency_2024.csv');
  const header = readFileSync((await csvFile.path())!, 'utf8')
    .slice(1)
    .split('\r\n');
  expect(header[0].split(',').slice(0, 2)).toEqual(['年度', '地区']);
  expect(header[1].split(',').slice(0, 2)).toEqual(['2024', '全部地区']);

  await panel.getByRole('button', { name: /分享/ }).click();
  const link = await panel.getByRole('textbox', { name: '链接' }).inputValue();
  expect(link).toContain('chart=overview-licensing-by-agency');
  await panel.getByRole('button', { name: '复制链接' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '已复制' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const embed = await panel.getByRole('textbox', { name: /嵌入代码/ }).inputValue();
  expect(embed).toMatch(/^<iframe src="[^"]*embed=1[^"]*" title="[^"]+"/);

  await page.goto('about:blank');
  await page.goto(link);
  const reopened = page.locator('figure[data-chart="overview-licensing-by-agency"]');
  await expect(reopened).toHaveClass(/chart-shared/);
  await expect(reopened).toBeInViewport();
  await expect(page.getByRole('checkbox', { name: '2024' })).toBeChecked();

  // The embed form: that one chart, none of the site's chrome.
  await page.goto(`${link}&embed=1`);
  await expect(page.locator('figure.chart-panel')).toHaveCount(1);
  await expect(page.locator('figure[data-chart="overview-licensing-by-agency"]')).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.locator('.embed-credit a')).toHaveAttribute('href', link);
});

test('an agency chosen in the Overview is said by name, and can be cleared, in Compare', async ({ page }) => {
  await page.goto('./?view=compare&agency=putian-forestry&year=2024');
  await waitForDataset(page);
  const applied = page.getByTestId('applied-filters');
  await expect(applied).toContainText('莆田市林业局');
  await expect(page.locator('table.compare-table tbody tr')).toHaveCount(1);
  await applied.getByRole('button').click();
  await expect(page).not.toHaveURL(/agency=/);
  // The year is Compare's own (its select shows it): it stays.
  await expect(page).toHaveURL(/year=2024/);
  await expect(applied).toHaveCount(0);
  await expect.poll(() => page.locator('table.compare-table tbody tr').count()).toBeGreaterThan(1);
});

test('a year chosen in Compare is said, and can be cleared, in Data quality', async ({ page }) => {
  await page.goto('./?view=quality&year=2024');
  await waitForDataset(page);
  await expect(page.getByTestId('applied-filters')).toContainText('2024');
  const filtered = await page.locator('main p[role="status"]').first().textContent();
  await page.getByTestId('applied-filters').getByRole('button').click();
  await expect(page).not.toHaveURL(/year=/);
  await expect(page.getByTestId('applied-filters')).toHaveCount(0);
  await expect(page.locator('main p[role="status"]').first()).not.toHaveText(filtered!);
});

test('an agency is found by its short name or an alias and opens its profile', async ({ page }) => {
  await page.goto('./?lang=en');
  await waitForDataset(page);
  const search = page.getByRole('searchbox', { name: 'Find an agency' });
  // An alias of 平潭综合实验区 (data/agencies.csv), found in no name.
  await search.fill('管理委员会');
  const results = page.locator('.agency-search-results a');
  await expect(results.first()).toHaveText('平潭综合实验区');
  await results.first().click();
  await expect(page).toHaveURL(/view=agency/);
  await expect(page.getByRole('heading', { level: 1, name: '平潭综合实验区' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Find an agency' })).toBeVisible();
});

test('the "?" of a KPI tile, of a Compare chart and of a Data quality chart shows its definition', async ({ page }) => {
  await page.setViewportSize(PHONE);
  // The expected texts are the measures' descriptions, written out here by hand.
  const opened = async (scope: ReturnType<Page['locator']>, text: string) => {
    await scope.getByRole('button', { name: /含义/ }).first().click();
    await expect(scope.locator('.define-text').first()).toBeVisible();
    await expect(scope.locator('.define-text').first()).toContainText(text);
  };
  await page.goto('./?view=overview');
  await waitForDataset(page);
  await opened(page.locator('[data-kpi="fees"]'), '行政事业性收费本年收费金额（万元）。2019 年版格式无此项。');
  await page.goto('./?view=compare&year=2024&metric=licensing');
  await opened(page.locator('figure.chart-panel').first(), '行政许可本年处理决定数量');
  await page.goto('./?view=quality');
  await opened(page.locator('figure.chart-panel').first(), '一条发现');
});
