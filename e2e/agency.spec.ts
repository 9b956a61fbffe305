import type { Locator, Page } from '@playwright/test';
import { checkA11y, datasetQuery, expect, screenshot, test } from './fixtures';

// The machine running the suite is shared; loading the dataset can take a while.
test.setTimeout(300_000);
const LOAD = { timeout: 120_000 };

/** The re-drawn table cell of a cell id (ids contain dots, so match the attribute). */
const cell = (page: Page, id: string): Locator => page.locator(`td[id="cell-${id}"]`);

test('郯城县行政审批服务局 2023: 行政许可 42975, 行政事业性收费 42.39, 新收 16 in their template cells', async ({
  page,
}) => {
  await page.goto('./?view=agency&agency=tancheng-approval&year=2023');
  await expect(page.getByRole('heading', { level: 1, name: '郯城县行政审批服务局' })).toBeVisible(LOAD);
  await expect(cell(page, 't2.licensing.decisions')).toHaveText('42975', LOAD);
  await expect(cell(page, 't2.fees.amount_wan_yuan')).toHaveText('42.39');
  await expect(cell(page, 't3.new_received.total')).toHaveText('16');
  // The cell's row and column headers are the template's.
  await expect(page.locator('tr', { has: cell(page, 't2.licensing.decisions') }).locator('th')).toHaveText('行政许可');
  // Its title traces the number: report, table, row, column, raw text.
  const title = await cell(page, 't2.fees.amount_wan_yuan').getAttribute('title');
  expect(title).toContain('000');
  expect(title).toContain('表二 行政事业性收费 · 本年收费金额（单位：万元）');
  expect(title).toContain('“42.39”');
  await checkA11y(page);
  await screenshot(page, 'agency-tancheng-2023');
});

test('every cell shown equals the Parquet value; blank cells are blank, not 0', async ({ page }) => {
  // 002 (上海市人民政府办公厅 2019, layout 2019) has 135 blank cells.
  const cells = await datasetQuery<{ cell_id: string; value: number | null }>(
    "SELECT cell_id, value FROM cells WHERE report_id = '002' ORDER BY cell_id",
  );
  await page.goto('./?view=agency&agency=shanghai-gov-office&year=2019');
  await expect(page.locator('td[data-cell]').first()).toBeVisible(LOAD);
  const shown = await page.locator('td[data-cell]').evaluateAll((tds) =>
    tds.map((td) => ({
      id: td.getAttribute('data-cell')!,
      text: td.textContent ?? '',
      blank: td.querySelector('.visually-hidden') !== null,
    })),
  );
  const byId = new Map(shown.map((s) => [s.id, s]));
  expect(cells.length).toBe(198);
  for (const c of cells) {
    const s = byId.get(c.cell_id);
    expect(s, c.cell_id).toBeDefined();
    if (c.value === null) expect(s!.blank, `${c.cell_id} blank`).toBe(true);
    else expect(s!.text, c.cell_id).toBe(String(c.value));
  }
  expect(cells.some((c) => c.value === null)).toBe(true);
});

test('year tabs move between reports and keep the URL; findings highlight their cells', async ({ page }) => {
  const [f] = await datasetQuery<{ at_cell: string }>(
    "SELECT at_cell FROM findings WHERE report_id = '002' AND severity = 'error' AND at_cell IS NOT NULL ORDER BY rule, at_cell LIMIT 1",
  );
  await page.goto('./?view=agency&agency=shanghai-gov-office');
  const tabs = page.getByRole('navigation', { name: '选择年度' });
  await expect(tabs.getByRole('link')).toHaveCount(2, LOAD);
  await tabs.getByRole('link', { name: '2019' }).click();
  await expect(page).toHaveURL(/year=2019/);
  await expect(cell(page, f.at_cell)).toHaveClass(/cell-finding/, LOAD);
  await page.goBack();
  await expect(page).not.toHaveURL(/year=2019/);
  await expect(tabs.getByRole('link', { name: '2025' })).toHaveAttribute('aria-current', 'page');
});

test('a cell in the URL is focused and highlighted; the key figures link to their cells', async ({ page }) => {
  await page.goto('./?view=agency&agency=tancheng-approval&year=2023&cell=t3.granted.total&lang=en');
  await expect(cell(page, 't3.granted.total')).toBeFocused(LOAD);
  await expect(cell(page, 't3.granted.total')).toHaveClass(/cell-focus/);
  await page
    .getByRole('region', { name: /Main figures/ })
    .getByRole('link', { name: '42,975' })
    .click();
  await expect(page).toHaveURL(/cell=t2\.licensing\.decisions/);
  await expect(cell(page, 't2.licensing.decisions')).toBeFocused();
  await screenshot(page, 'agency-tancheng-2023-en');
});
