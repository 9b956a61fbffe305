/**
 * 莆田市, the second city of the dataset: Compare lists its departments with their figures, and the
 * profile of 莆田市林业局 shows its five years and the carry-over check. Expected figures come from
 * the hand-verified gold files (data/gold), not from the app's queries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatNumber, translate } from '../src/i18n/translate';
import type { Lang } from '../src/url/state';
import { TABLE_METRICS } from '../src/views/compare/metrics';
import { checkA11y, expect, screenshot, test } from './fixtures';

test.setTimeout(300_000);
const LOAD = { timeout: 120_000 };
const REGION = '福建省/莆田市';

interface Gold {
  source: string;
  agency: string;
  year: number;
  cells: Record<string, number | null>;
}
const golds: Gold[] = readdirSync('data/gold')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`data/gold/${f}`, 'utf8')) as Gold)
  .filter((g) => g.agency.startsWith('莆田市'));

/** The table cell of a metric in a Compare row (after the agency's header cell). */
const metricCell = (row: ReturnType<Page['locator']>, id: (typeof TABLE_METRICS)[number]) =>
  row.locator('td').nth(TABLE_METRICS.indexOf(id));

for (const year of [2025, 2024]) {
  for (const lang of ['zh', 'en'] as Lang[]) {
    test(`Compare, 莆田市 ${year} (${lang}): every department with its figures from the gold files`, async ({
      page,
    }) => {
      const expected = golds.filter((g) => g.year === year).sort((a, b) => a.agency.localeCompare(b.agency, 'zh'));
      expect(expected.length, 'test data: 莆田 departments of the year').toBeGreaterThanOrEqual(5);
      expect(expected.map((g) => g.agency)).not.toContain('莆田市人民政府');
      await page.goto(`./?view=compare&year=${year}&region=${encodeURIComponent(REGION)}&lang=${lang}`);
      const region = page.getByLabel(translate(lang, 'filter.region'));
      await expect(region).toHaveValue(REGION, LOAD);
      await expect(region.locator(`option[value="${REGION}"]`)).toHaveText('福建省 / 莆田市');
      const table = page.locator('table.compare-table');
      await expect(table.locator('tbody tr')).toHaveCount(expected.length, LOAD);
      const names = await table.locator('tbody th').allTextContents();
      expect(names.every((n) => n.trim().length > 0)).toBe(true);
      expect([...names].sort()).toEqual(expected.map((g) => g.agency).sort());
      for (const g of expected) {
        const row = table.locator('tbody tr', { has: page.locator('th', { hasText: g.agency }) });
        await expect(metricCell(row, 'new_received')).toHaveText(formatNumber(lang, g.cells['t3.new_received.total']));
        await expect(metricCell(row, 'licensing')).toHaveText(formatNumber(lang, g.cells['t2.licensing.decisions']));
        await expect(metricCell(row, 'fees')).toHaveText(formatNumber(lang, g.cells['t2.fees.amount_wan_yuan']));
      }
      // The charts name every department too (short names as bar labels, full names in their tables).
      await expect(page.locator('figure.chart-panel')).toHaveCount(2, LOAD);
      await checkA11y(page);
      await screenshot(page, `putian-compare-${year}-${lang}`);
    });
  }
}

test('the Overview offers 莆田市 and its departments; 2025 counts its six department reports', async ({ page }) => {
  const names = [...new Set(golds.map((g) => g.agency))].sort();
  expect(names).toHaveLength(9); // eight bureaus and 莆田市人民政府 (the city-wide 2019 report)
  await page.goto(`./?region=${encodeURIComponent(REGION)}&year=2025`);
  const region = page.getByLabel(translate('zh', 'filter.region'));
  await expect(region).toHaveValue(REGION, LOAD);
  await expect(region.locator('option:checked')).toHaveText(/莆田市/);
  const agencies = page.getByLabel(translate('zh', 'filter.agency'));
  await expect(agencies.locator('option')).toHaveCount(names.length + 1, LOAD); // + 全部机构
  expect((await agencies.locator('option').allTextContents()).slice(1).sort()).toEqual(names);
  await expect(page.locator('[data-kpi="reports"] [data-value]')).toHaveText(
    String(golds.filter((g) => g.year === 2025).length),
    LOAD,
  );
  await screenshot(page, 'putian-overview-2025');
});

test('353 (莆田市水利局 2025): the fee of 354.36 万元 printed under 上一年项目本年收费金额 is in Compare', async ({
  page,
}) => {
  await page.goto(`./?view=compare&year=2025&region=${encodeURIComponent(REGION)}`);
  const row = page.locator('table.compare-table tbody tr', { hasText: '莆田市水利局' });
  await expect(metricCell(row, 'fees')).toHaveText('354.36', LOAD);
});

for (const lang of ['zh', 'en'] as Lang[]) {
  test(`the profile of 莆田市林业局 (${lang}): five years 2021–2025 and the carry-over check`, async ({ page }) => {
    const forestry = golds.filter((g) => g.agency === '莆田市林业局').sort((a, b) => a.year - b.year);
    expect(forestry.map((g) => g.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    await page.goto(`./?view=agency&agency=putian-forestry&lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1, name: '莆田市林业局' })).toBeVisible(LOAD);
    await expect(page.locator('.lead')).toContainText('福建省 / 莆田市');
    const tabs = page.getByRole('navigation', { name: translate(lang, 'agency.yearsNav') });
    await expect(tabs.getByRole('link')).toHaveText(['2021', '2022', '2023', '2024', '2025'], LOAD);
    // Key figures, year by year, as the gold files have them.
    const keyRow = page.locator('table.yoy-table tbody tr[data-measure="licensing"]');
    for (const [i, g] of forestry.entries())
      await expect(keyRow.locator('td').nth(i)).toContainText(formatNumber(lang, g.cells['t2.licensing.decisions']));
    // The carry-over check: 2021 has no 2020 report; each later year carries over the 0 of the year before.
    const carry = page.locator('table.carry-table');
    await expect(carry.locator('caption')).toHaveText(translate(lang, 'agency.carryTitle'), LOAD);
    await expect(carry.locator('tbody tr')).toHaveCount(5);
    await expect(carry.locator('tbody tr').first()).toHaveAttribute('data-carry', 'noPrevious');
    await expect(carry.locator('tbody tr').first().locator('td').last()).toHaveText(
      translate(lang, 'agency.carry.noPrevious', { previous: 2020 }),
    );
    for (const [i, g] of forestry.entries()) {
      if (i === 0) continue;
      const tr = carry.locator('tbody tr').nth(i);
      expect(g.cells['t3.carried_over.total']).toBe(forestry[i - 1].cells['t3.carried_forward.total']);
      await expect(tr).toHaveAttribute('data-carry', 'agrees');
      await expect(tr.locator('td').nth(0)).toHaveText(
        formatNumber(lang, forestry[i - 1].cells['t3.carried_forward.total']),
      );
      await expect(tr.locator('td').nth(1)).toHaveText(formatNumber(lang, g.cells['t3.carried_over.total']));
      await expect(tr.locator('td').nth(2)).toHaveText(
        translate(lang, 'agency.carry.agrees', { previous: forestry[i - 1].year }),
      );
    }
    // 2025 is shown (the last year): no finding.
    await expect(page.getByText(translate(lang, 'agency.noFindings'))).toBeVisible();
    await checkA11y(page);
    await screenshot(page, `putian-forestry-${lang}`);
  });
}

test('About lists every 莆田 report with its link', async ({ page }) => {
  const manifest = readFileSync('data/reports/manifest.csv', 'utf8');
  expect(golds).toHaveLength(20);
  await page.goto('./?view=about');
  await expect(page.locator('main table tbody tr').first()).toBeVisible(LOAD);
  for (const g of golds) {
    // manifest `source`: owner/repo:path@commit; the link is that file at that commit.
    const source = new RegExp(`^${g.source},.*?,([\\w.-]+/[\\w.-]+):(\\S+?)@([0-9a-f]{40}),`, 'm').exec(manifest);
    expect(source, g.source).not.toBeNull();
    const [, repo, file, commit] = source!;
    const row = page.locator('main tr', {
      has: page.locator(`a[href="https://github.com/${repo}/blob/${commit}/${file}"]`),
    });
    await expect(row, g.source).toHaveCount(1);
    await expect(row.locator('td').first()).toHaveText(g.agency);
  }
  await screenshot(page, 'putian-about');
});
