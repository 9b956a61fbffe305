import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { checkA11y, datasetQuery, expect, runSql, screenshot, test, waitForDataset } from './fixtures';

const TANCHENG = 'data/reports/000.txt';
const fileInput = (page: Page) => page.getByLabel('选择年报文件（可多选）');
const cell = (page: Page, id: string) => page.locator(`[id="cell-${id}"]`);
const meta = (page: Page, key: string) => page.locator(`[data-testid="check-meta"] [data-meta="${key}"]`);

/** 000.txt with 予以公开 · 自然人 changed from 4 to 5. */
function tanchengEdited(): string {
  const lines = readFileSync(TANCHENG, 'utf8').split('\n');
  expect(lines[85]).toBe('4 |');
  lines[85] = '5 |';
  return lines.join('\n');
}

/** Every request the page makes from now on (the fixture already fails any to another origin). */
function recordRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (r) => seen.push(r));
  return seen;
}

/** Drops files on the drop area the way a browser does: a drop event carrying a DataTransfer. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, files);
  await page.getByTestId('check-drop').dispatchEvent('drop', { dataTransfer });
}

async function openCheck(page: Page, { dataset = true } = {}) {
  await page.goto('./?view=check');
  await expect(page.getByRole('heading', { level: 1, name: '检查年报' })).toBeVisible();
  // Checking works without the dataset; the comparison with earlier years needs it.
  if (dataset) await waitForDataset(page);
}

test('a picked report shows its tables, its metadata and no error; nothing leaves the page', async ({ page }) => {
  await openCheck(page);
  const requests = recordRequests(page);
  await fileInput(page).setInputFiles(TANCHENG);
  await expect(meta(page, 'agency')).toHaveText('郯城县行政审批服务局');
  await expect(meta(page, 'year')).toHaveText('2023');
  await expect(meta(page, 'layout')).toContainText('2021 年版');
  await expect(meta(page, 'published')).toHaveText('2024-01-09');
  await expect(cell(page, 't2.licensing.decisions')).toHaveText('42975');
  await expect(cell(page, 't3.new_received.total')).toHaveText('16');
  await expect(page.getByTestId('check-unread')).toHaveText('模板的全部单元格都已读到。');
  // The dataset has this very report (000): the comparison finds the agency and says so.
  const history = page.getByTestId('check-history');
  await expect(history).toContainText('郯城县行政审批服务局（tancheng-approval）');
  await expect(page.locator('.finding-list')).toContainText('数据集中已有该机关 2023 年度的年报：000');
  await expect(page.locator('.finding-error, .cell-error')).toHaveCount(0);
  await checkA11y(page);
  await screenshot(page, 'check-tancheng');
  // The file's bytes went nowhere: no upload, no request naming it.
  expect(requests.filter((r) => r.method() !== 'GET' || r.url().includes('000.txt')).map((r) => r.url())).toEqual([]);
});

test('a dropped copy with one changed table-3 cell shows the finding on that cell, on hover and on focus', async ({
  page,
}) => {
  await openCheck(page);
  await dropFiles(page, [{ name: '郯城-改.txt', text: tanchengEdited() }]);
  const total = cell(page, 't3.granted.total');
  await expect(total).toHaveText(/^4/);
  await expect(total).toHaveClass(/cell-error/);
  await expect(cell(page, 't3.total_handled.natural_person')).toHaveClass(/cell-error/);
  await expect(cell(page, 't3.granted.natural_person')).toHaveText('5');
  await expect(page.locator('.finding-error')).toHaveCount(2);

  const note = page.locator('[id="note-t3.granted.total"]');
  await expect(note).toBeHidden();
  await total.focus();
  await expect(note).toBeVisible();
  await expect(note).toContainText('错误：表三每一行的“总计”应等于六类申请人之和');
  await expect(note).toContainText('（应为 5，实为 4）');
  await expect(total).toHaveAttribute('aria-describedby', 'note-t3.granted.total');
  await page.locator('h1').hover();
  await total.blur();
  await expect(note).toBeHidden();
  await total.hover();
  await expect(note).toBeVisible();
  await screenshot(page, 'check-edited');

  // Keyboard: Tab reaches the cells with findings.
  await page.getByRole('button', { name: '下载整改清单（CSV）' }).focus();
  const focusable = page.locator('td[aria-describedby]');
  await expect(focusable).toHaveCount(2);
  await expect(focusable.first()).toHaveAttribute('tabindex', '0');
  await checkA11y(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载整改清单（CSV）' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('t3.granted.total');
  expect(csv).toContain('t3.total_handled.natural_person');
});

test('an empty file and binary garbage each get a clear message', async ({ page }) => {
  await openCheck(page, { dataset: false });
  await fileInput(page).setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(page.getByRole('alert')).toHaveText('无法读取文件“empty.txt”：文件是空的，没有可读取的内容。');
  const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  await fileInput(page).setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: garbage });
  await expect(page.getByRole('alert')).toContainText('无法读取文件“scan.pdf”：');
  await expect(page.getByRole('alert')).toContainText('文件是二进制数据');
  await checkA11y(page);
  // The English switch keeps the checked file and says the same in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check a report' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Could not read the file "scan.pdf": The file is binary data');
});

/** 101.txt (平潭 finance bureau, 2024) claiming 2 requests carried over from 2023, where its 2023 report carried forward 0. */
function pingtanCarryOverEdited(): Buffer {
  const lines = readFileSync('data/reports/101.txt', 'utf8').split('\n');
  expect(lines[30]).toBe('二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0');
  lines[30] = '二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2';
  return Buffer.from(lines.join('\n'));
}

test('several files at once: a summary, a row opens its detail with the comparison to earlier years; pasted text too', async ({
  page,
}) => {
  await openCheck(page);
  const asFile = (path: string) => ({
    name: path.split('/').at(-1)!,
    mimeType: 'text/plain',
    buffer: readFileSync(path),
  });
  await fileInput(page).setInputFiles([
    asFile(TANCHENG),
    asFile('data/reports/101.txt'),
    { name: '101-改.txt', mimeType: 'text/plain', buffer: pingtanCarryOverEdited() },
    { name: 'junk.txt', mimeType: 'text/plain', buffer: Buffer.from('你好') },
  ]);
  const summary = page.getByTestId('check-summary');
  const row = (n: number) => summary.locator('tbody tr').nth(n);
  await expect(summary.locator('tbody tr')).toHaveCount(4);
  await expect(row(0)).toContainText('郯城县行政审批服务局');
  await expect(row(3)).toContainText('无法读取');
  // Errors: 101 none; the edited copy two balance errors plus two carry-over errors against the 2023 report.
  await expect(row(1).locator('td').nth(3)).toHaveText('0');
  await expect(row(2).locator('td').nth(3)).toHaveText('4');
  await screenshot(page, 'check-summary');

  const [previous] = await datasetQuery<{ report_id: string }>(
    "SELECT report_id FROM reports WHERE agency_id = (SELECT agency_id FROM reports WHERE report_id = '101') AND year = 2023",
  );
  await summary.getByRole('button', { name: '101.txt' }).click();
  await expect(meta(page, 'year')).toHaveText('2024');
  await expect(page.getByTestId('check-history')).toContainText(`与 2023 年的年报（${previous.report_id}）比较。`);
  await expect(page.locator('.finding-list')).not.toContainText('结转下年度继续办理为');

  await summary.getByRole('button', { name: '101-改.txt' }).click();
  await expect(page.locator('.finding-list')).toContainText(
    `表三“总计”列：2024 年报告的上年结转为 2，但同一机关 2023 年报告（${previous.report_id}）的结转下年度继续办理为 0`,
  );
  await expect(cell(page, 't3.carried_over.total')).toHaveClass(/cell-error/);

  await page.getByLabel('或粘贴年报文字').fill(readFileSync(TANCHENG, 'utf8'));
  await page.getByRole('button', { name: '检查粘贴的文字' }).click();
  await expect(summary.locator('tbody tr')).toHaveCount(5);
  await expect(meta(page, 'agency')).toHaveText('郯城县行政审批服务局');
  await checkA11y(page);
});

test('a whole folder: its report files are checked, other files beside them skipped', async ({ page }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-folder-'));
  mkdirSync(path.join(dir, '2024'));
  copyFileSync(TANCHENG, path.join(dir, '000.txt'));
  copyFileSync('data/reports/101.txt', path.join(dir, '2024', '101.txt'));
  writeFileSync(path.join(dir, 'manifest.csv'), 'file,agency\n000.txt,x\n');
  await openCheck(page, { dataset: false });
  await page.getByLabel('或选择整个文件夹').setInputFiles(dir);
  const rows = page.getByTestId('check-summary').locator('tbody tr th');
  await expect(rows).toHaveText(['000.txt', '101.txt']);
});

const OFFICE = 'data/fixtures/office';
test('Word and PDF reports are read in the page too', async ({ page }) => {
  // The fixtures are generated by scripts/make-office-fixtures.sh (LibreOffice and Chromium).
  test.skip(!existsSync(`${OFFICE}/006.docx`) || !existsSync(`${OFFICE}/010.lo.pdf`), 'office fixtures not generated');
  await openCheck(page, { dataset: false });
  await fileInput(page).setInputFiles([`${OFFICE}/006.docx`, `${OFFICE}/010.lo.pdf`]);
  const summary = page.getByTestId('check-summary');
  await expect(summary.locator('tbody tr')).toHaveCount(2, { timeout: 30_000 });
  await expect(meta(page, 'year')).toHaveText('2022');
  await expect(page.getByTestId('check-meta')).toContainText('docx');
  await summary.getByRole('button', { name: '010.lo.pdf' }).click();
  await expect(meta(page, 'year')).toHaveText('2024');
  await expect(page.getByTestId('check-meta')).toContainText('pdf');
  await expect(summary.locator('tbody tr').nth(1).locator('td').nth(3)).toHaveText('0');
});

test('a report added to the tab is in SQL as local data, and can be taken out again', async ({ page }) => {
  await openCheck(page);
  await dropFiles(page, [{ name: 'edited.txt', text: tanchengEdited() }]);
  await expect(page.getByTestId('check-history')).toContainText('tancheng-approval');
  await page.getByRole('button', { name: '加入本标签页的数据' }).click();
  await expect(page.getByTestId('check-added')).toContainText('local-edited');

  // The link opens the workbench with a query on the local report.
  await page.getByRole('link', { name: '在 SQL 查询中查看' }).click();
  await expect(page).toHaveURL(/view=sql/);
  await page.locator('button.sql-run').click();
  await expect(page.locator('.sql-grid tbody')).toContainText('local-edited', { timeout: 15_000 });

  const [{ reports }] = await datasetQuery<{ reports: number }>('SELECT count(*) AS reports FROM reports');
  expect(
    await runSql(
      page,
      `SELECT r.report_id, r.agency_id, r.year, r.n_errors, starts_with(r.source_notes, '本标签页本地检查') AS local,
  (SELECT string_agg(at_cell, ',' ORDER BY at_cell) FROM findings f WHERE f.report_id = r.report_id AND severity = 'error') AS cells,
  (SELECT value FROM cells c WHERE c.report_id = r.report_id AND cell_id = 't2.licensing.decisions') AS licensing,
  (SELECT count(*) FROM reports) AS reports
FROM reports r WHERE r.report_id LIKE 'local-%'`,
    ),
  ).toEqual([
    [
      'local-edited',
      'tancheng-approval',
      '2023',
      '2',
      'true',
      't3.granted.total,t3.total_handled.natural_person',
      '42975',
      String(reports + 1),
    ],
  ]);
  await screenshot(page, 'check-sql');

  // The agency profile says that year holds tab-local data (in-app navigation: a reload would drop it).
  await page.evaluate(() => {
    history.pushState(null, '', '?view=agency&agency=tancheng-approval&year=2023');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByTestId('agency-local-report')).toBeVisible({ timeout: 30_000 });

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '检查年报' }).click();
  await page.getByRole('button', { name: '从本标签页的数据中移除' }).click();
  await expect(page.getByRole('button', { name: '加入本标签页的数据' })).toBeVisible();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: 'SQL 查询' }).click();
  expect(await runSql(page, "SELECT count(*) AS n FROM reports WHERE report_id LIKE 'local-%'")).toEqual([['0']]);
});
