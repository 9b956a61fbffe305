import { readFileSync } from 'node:fs';
import { checkA11y, datasetQuery, expect, screenshot, test } from './fixtures';

test.setTimeout(300_000);
const LOAD = { timeout: 120_000 };

test('Data quality counts every finding of the dataset, by rule, year and agency', async ({ page }) => {
  const [{ n, reports, agencies }] = await datasetQuery<{ n: number; reports: number; agencies: number }>(
    'SELECT count(*) AS n, count(DISTINCT f.report_id) AS reports, count(DISTINCT r.agency_id) AS agencies FROM findings f JOIN reports r USING (report_id)',
  );
  await page.goto('./?view=quality');
  await expect(page.getByRole('heading', { level: 1, name: '数据质量' })).toBeVisible();
  await expect(page.getByText(`共 ${n} 条问题，涉及 ${reports} 份年报、${agencies} 个机构。`)).toBeVisible(LOAD);
  await expect(page.locator('figure.chart-panel')).toHaveCount(2);
  // Each rule by its short name (its data table lists the bars), not by its id.
  const [{ blank }] = await datasetQuery<{ blank: number }>(
    "SELECT count(*) AS blank FROM findings WHERE rule = 'cell.blank'",
  );
  const byRule = page.locator('figure.chart-panel').first();
  await byRule.getByRole('button', { name: '查看数据表' }).click();
  const blankRow = byRule.locator('tbody tr', { hasText: '空白单元格' });
  await expect(blankRow.locator('td').last()).toHaveText(String(blank));
  await expect(byRule.locator('tbody')).not.toContainText('cell.blank');
  await checkA11y(page);
  await screenshot(page, 'quality');
});

test('filtering by rule is kept in the URL and lists only that rule', async ({ page }) => {
  const [{ n }] = await datasetQuery<{ n: number }>("SELECT count(*) AS n FROM findings WHERE rule = 't3.balance'");
  await page.goto('./?view=quality');
  await page.getByLabel('规则').selectOption('t3.balance', LOAD);
  await expect(page).toHaveURL(/rule=t3\.balance/);
  const items = page.locator('ol.finding-list > li');
  await expect(items).toHaveCount(n, LOAD);
  for (const text of await items.allTextContents()) expect(text).toContain('t3.balance');
  await page.reload();
  await expect(page.getByLabel('规则')).toHaveValue('t3.balance', LOAD);
});

test('a finding links to its cell in the agency profile, focused and highlighted', async ({ page }) => {
  await page.goto('./?view=quality&rule=t4.group_total');
  const link = page.locator('ol.finding-list > li').first().getByRole('link');
  await expect(link).toBeVisible(LOAD);
  const href = (await link.getAttribute('href'))!;
  const params = new URLSearchParams(href.slice(href.indexOf('?')));
  expect(params.get('view')).toBe('agency');
  const cellId = params.get('cell')!;
  expect(cellId).toMatch(/^t4\./);
  await link.click();
  const td = page.locator(`td[id="cell-${cellId}"]`);
  await expect(td).toBeFocused(LOAD);
  await expect(td).toHaveClass(/cell-focus/);
  await expect(td).toHaveClass(/cell-finding cell-error/);
  await expect(page).toHaveURL(new RegExp(`cell=${cellId.replaceAll('.', '\\.')}`));
});

test('an agency’s 整改清单 downloads as CSV with each of its findings', async ({ page }) => {
  const findings = await datasetQuery<{ report_id: string; rule: string; at_cell: string | null }>(
    "SELECT f.report_id, f.rule, f.at_cell FROM findings f JOIN reports r USING (report_id) WHERE r.agency_id = 'pingtan-agriculture'",
  );
  await page.goto('./?view=quality');
  const button = page.getByRole('button', { name: '下载 CSV：平潭综合实验区农业农村局整改清单' });
  await expect(button).toBeVisible(LOAD);
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('整改清单-平潭综合实验区农业农村局.csv');
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('机构,年度,年报编号,严重程度,规则,规则说明,单元格位置,单元格编号,应为,实为,问题说明,原文链接');
  expect(lines).toHaveLength(findings.length + 1);
  for (const f of findings) {
    expect(
      lines.some(
        (l) => l.includes(`,${f.report_id},`) && l.includes(`,${f.rule},`) && (!f.at_cell || l.includes(f.at_cell)),
      ),
    ).toBe(true);
  }
});
