/**
 * Totals never add a report twice. The oracle is computed here from the hand-verified gold figures
 * (data/gold/*.json) and the curated lists (data/agencies.csv, data/reports/coverage.csv), with the
 * coverage rules written out again: a 人民政府/管委会 report, or one coverage.csv calls
 * `jurisdiction`, includes the reports of the agencies under it (parent_id) of the same year.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test, waitForDataset } from './fixtures';

interface Gold {
  source: string;
  agency: string;
  year: number;
  cells: Record<string, number | null>;
}
const golds: Gold[] = readdirSync('data/gold')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join('data/gold', f), 'utf8')));

/** A simple CSV reader for the two curated files (quoted fields with commas). */
function csv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const split = (line: string) =>
    [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, ''));
  const names = split(header);
  return lines.map((l) => Object.fromEntries(split(l).map((v, i) => [names[i], v])));
}
const agencies = csv('data/agencies.csv');
const jurisdictionFiles = new Set(
  csv('data/reports/coverage.csv')
    .filter((r) => r.scope === 'jurisdiction')
    .map((r) => r.file),
);
const agencyOf = (name: string) =>
  agencies.find((a) => a.name === name || a.short_name === name || a.aliases.split('|').includes(name));
const isJurisdiction = (g: Gold) =>
  jurisdictionFiles.has(g.source) || ['人民政府', '管委会'].includes(agencyOf(g.agency)?.agency_type ?? '');

/** The reports of a year and 平潭, and the two non-overlapping sums of a cell. */
function pingtanOracle(year: number, cell: string) {
  const reports = golds.filter((g) => g.year === year && agencyOf(g.agency)?.agency_id.startsWith('pingtan'));
  const zone = reports.filter(isJurisdiction);
  const departments = reports.filter((g) => !isJurisdiction(g));
  const sum = (list: Gold[]) => list.reduce((s, g) => s + (g.cells[cell] ?? 0), 0);
  return { zone: sum(zone), departments: sum(departments), nDepartments: departments.length, all: sum(reports) };
}

const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] [data-value]`);
const en = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const PINGTAN = 'region=%E7%A6%8F%E5%BB%BA%E7%9C%81%2F%E5%B9%B3%E6%BD%AD%E7%BB%BC%E5%90%88%E5%AE%9E%E9%AA%8C%E5%8C%BA';

test('平潭综合实验区 2024: the Overview adds the zone or its departments, never both', async ({ page }) => {
  const licensing = pingtanOracle(2024, 't2.licensing.decisions');
  expect(licensing.zone).toBe(4529);
  expect(licensing.all).toBe(9058);
  await page.goto(`./?year=2024&${PINGTAN}`);
  await waitForDataset(page);
  await expect(kpi(page, 'licensing')).toHaveText(en(licensing.zone));
  await expect(kpi(page, 'reports')).toHaveText('1');
  await expect(page.getByTestId('coverage-note')).toContainText('平潭综合实验区 2024 年报（010）');
  await expect(page.getByTestId('coverage-note')).toContainText(`${licensing.nDepartments} 份年报不重复计入`);
  await screenshot(page, 'coverage-pingtan-2024');
  await page.getByRole('radio', { name: '各部门' }).check();
  await expect(page).toHaveURL(/basis=departments/);
  await expect(kpi(page, 'reports')).toHaveText(String(licensing.nDepartments));
  await expect(kpi(page, 'licensing')).toHaveText(en(licensing.departments));
  const fees = pingtanOracle(2024, 't2.fees.amount_wan_yuan');
  await expect(kpi(page, 'fees')).toHaveText(en(Math.round(fees.departments * 100) / 100));
});

test('Compare ranks the zone among governments and shows it beside its departments only for reference', async ({
  page,
}) => {
  const licensing = pingtanOracle(2024, 't2.licensing.decisions');
  await page.goto(`./?view=compare&year=2024&${PINGTAN}&peers=governments`);
  await waitForDataset(page);
  const ranked = page.locator('table.compare-table').first();
  await expect(ranked.locator('tbody tr')).toHaveCount(1);
  await expect(ranked.locator('tbody tr').first()).toContainText(en(licensing.zone));
  await page.getByRole('radio', { name: '各部门' }).check();
  await expect(page.locator('table.compare-table').first().locator('tbody tr')).toHaveCount(licensing.nDepartments);
  const reference = page.locator('table.compare-table', { hasText: '参照，不参与排名' });
  await expect(reference.locator('tbody tr')).toHaveCount(1);
  await expect(reference.locator('tbody tr').first()).toContainText('平潭综合实验区');
  await screenshot(page, 'compare-pingtan-departments-2024');
  await page.goto(`./?view=compare&year=2024&${PINGTAN}&lang=en`);
  await expect(page.getByRole('table', { name: /For reference, not ranked/ })).toBeVisible();
  await screenshot(page, 'compare-pingtan-departments-2024-en');
});

test('the agency profile shows the zone’s own figure and says which year a change is from', async ({ page }) => {
  const licensing = pingtanOracle(2024, 't2.licensing.decisions');
  await page.goto('./?view=agency&agency=pingtan');
  await waitForDataset(page);
  const row = page.locator('tr[data-measure="licensing"]');
  await expect(row).toContainText(en(licensing.zone));
  await expect(row).toContainText('比上年');
  await expect(page.getByTestId('agency-coverage')).toContainText('2022、2023、2024、2025');
  const fees = page.locator('tr[data-measure="fees"]');
  await expect(fees).toContainText('2019 年版模板无此项');
  await page.goto('./?view=agency&agency=pingtan-approval');
  await expect(page.getByTestId('agency-coverage')).toContainText('2024（010）');
});

test('the data-quality view notes a zone report that differs from its departments’ sum', async ({ page }) => {
  const fees = pingtanOracle(2025, 't2.fees.amount_wan_yuan');
  expect(Math.abs(fees.zone - fees.departments)).toBeGreaterThan(0.005);
  await page.goto('./?view=quality');
  await waitForDataset(page);
  const row = page.getByRole('table', { name: '全区年报与其部门年报之和不一致' }).locator('tr', { hasText: '2025' });
  await expect(row.filter({ hasText: '行政事业性收费' })).toContainText(en(Math.round(fees.zone * 100) / 100));
  const licensing2024 = pingtanOracle(2024, 't2.licensing.decisions');
  expect(licensing2024.zone).toBe(licensing2024.departments);
  const gaps2024 = page
    .getByRole('table', { name: '全区年报与其部门年报之和不一致' })
    .locator('tr', { hasText: '2024（010）' });
  await expect(gaps2024.filter({ hasText: '行政处罚决定数' })).toHaveCount(1);
  await expect(gaps2024.filter({ hasText: '行政许可决定数' })).toHaveCount(0);
});

test('About lists every measure with its formula', async ({ page }) => {
  const { MEASURES } = await import('../src/measures/measures');
  await page.goto('./?view=about');
  const list = page.getByTestId('measure-list');
  await expect(list.locator('[data-measure]')).toHaveCount(MEASURES.length);
  await expect(list.locator('[data-measure="granted_rate_eligible"]')).toContainText(
    '(t3.granted.total + t3.partial.total) / (t3.total_handled.total − Σ t3.rejected.*.total − Σ t3.other.*.total)',
  );
  await screenshot(page, 'about-measures');
});
