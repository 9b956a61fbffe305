import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test.setTimeout(300_000);
const LOAD = { timeout: 120_000 };

// The chart panel's own behaviour, on the Compare view's bar chart of 行政许可 in 2024.
test('a chart panel toggles to its data table and downloads PNG, SVG and CSV', async ({ page }) => {
  await page.goto('./?view=compare&year=2024&metric=licensing');
  const panel = page.locator('figure.chart-panel').first();
  await expect(panel.locator('canvas')).toHaveCount(1, LOAD);
  // Title with its unit, a source line, and an accessible chart.
  await expect(panel.getByRole('heading')).toHaveText('2024 年各机构行政许可决定（件）');
  await expect(panel.locator('figcaption')).toContainText(/来源：\d+ 份年报，\d+ 个机构。/);
  await expect(panel.locator('[data-testid="chart-canvas"]')).toHaveAttribute('role', 'img');
  await expect(panel.locator('[data-testid="chart-canvas"]')).toHaveAttribute('aria-label', /行政许可决定/);

  const toggle = panel.getByRole('button', { name: '查看数据表' });
  await toggle.click();
  await expect(panel.getByRole('button', { name: '查看图表' })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.locator('table caption')).toHaveText('2024 年各机构行政许可决定（件）');
  await expect(panel.locator('[data-testid="chart-canvas"]')).toBeHidden();

  const png = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'PNG' }).click();
  const pngFile = await png;
  // The file name carries the filters (year=2024) after the chart's own name.
  expect(pngFile.suggestedFilename()).toBe('compare-licensing-2024_2024.png');
  expect([...readFileSync((await pngFile.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

  const svg = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'SVG' }).click();
  const svgText = readFileSync((await (await svg).path())!, 'utf8');
  expect(svgText).toMatch(/^<svg/);
  // The largest bar's value label is drawn in the SVG as text.
  const largest = (await panel.locator('tbody tr').first().locator('td').nth(2).textContent())!;
  expect(largest).toMatch(/^[\d,.]+$/);
  expect(svgText).toContain(`>${largest}<`);

  const csv = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'CSV' }).click();
  const csvText = readFileSync((await (await csv).path())!, 'utf8');
  const rows = await panel.locator('tbody tr').count();
  expect(csvText.slice(1).trimEnd().split('\r\n')).toHaveLength(rows + 1);
});

test('chart panels switch language with the page', async ({ page }) => {
  await page.goto('./?view=compare&year=2024&metric=fees&lang=en');
  const panel = page.locator('figure.chart-panel').first();
  await expect(panel.getByRole('heading')).toHaveText('Administrative fees by agency, 2024 (10k yuan)', LOAD);
  await expect(panel.getByRole('button', { name: 'Show data table' })).toBeVisible();
  await expect(panel.locator('figcaption')).toContainText(/Source: \d+ reports, \d+ agencies\./);
});
