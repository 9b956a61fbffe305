/**
 * 我的年报 (issue 15): reports a user adds are kept in IndexedDB, come back after a reload, are
 * marked and counted once in every view, and can be left out with the URL switch.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { checkA11y, expect, runSql, test, waitForDataset } from './fixtures';

const RAW = '../shared/corpus/raw';
const OFFICE = 'data/fixtures/office';
/**
 * Every corpus report is in the published dataset, so the user's "own" reports here are 莆田 reports
 * relabelled as 示例市 (new agencies, same figures); the dataset's own files are tested apart.
 */
const OWN = ['310', '311', '314', '315', '331', '337', '338', '350', '351', '352', '353', '370', '371', '372'].concat([
  '390',
  '400',
  '420',
  '421',
]);
const relabelled = (n: string) =>
  Buffer.from(readFileSync(path.join(RAW, `${n}.txt`), 'utf8').replaceAll('莆田市', '示例市'));
const ownFile = (n: string) => ({ name: `${n}.txt`, mimeType: 'text/plain', buffer: relabelled(n) });
/** A Word file of a dataset report (015.txt, 平潭综合实验区 2020): same agency-year, other bytes. */
const SAME_YEAR_DOCX = '015.docx';

// Folders the tests write their files to, removed when the file's tests are done.
const scratch: string[] = [];
function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}
test.afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** 18 own reports, the Word file, a PDF copy of dataset report 021 (洪泽区 2023) and a CSV. */
function reportFolder(): string {
  const dir = scratchDir('atlas-workspace-');
  for (const n of OWN) writeFileSync(path.join(dir, `${n}.txt`), relabelled(n));
  copyFileSync(path.join(OFFICE, SAME_YEAR_DOCX), path.join(dir, SAME_YEAR_DOCX));
  // Bytes after %%EOF (as an incremental save leaves): another file, the same report.
  writeFileSync(
    path.join(dir, '021.pdf'),
    Buffer.concat([readFileSync(path.join(RAW, '021.pdf')), Buffer.from('\n% copy\n')]),
  );
  writeFileSync(path.join(dir, 'notes.csv'), 'not,a,report\n');
  return dir;
}

const kpiReports = async (page: Page) =>
  Number(((await page.locator('[data-kpi="reports"] .kpi-value').textContent()) ?? '').replace(/\D/g, ''));

async function sqlValue(page: Page, sql: string): Promise<string> {
  const rows = await runSql(page, sql);
  return rows[0][1] ?? rows[0][0]; // the grid's first cell is the row number
}

test('a folder of 20 reports is kept across a reload, marked in every view, counted once, and can be left out', async ({
  page,
}) => {
  test.slow(); // 20 files (two PDFs) parsed in the page, then seven page loads each starting DuckDB
  expect(OWN.length + 2).toBe(20);
  await page.goto('./?view=overview');
  await waitForDataset(page);
  await expect(page.locator('[data-kpi="reports"] .kpi-value')).not.toBeEmpty();
  const before = await kpiReports(page);

  await page.goto('./?view=workspace');
  await waitForDataset(page);
  await page.getByTestId('workspace-folder').setInputFiles(reportFolder());
  const summary = page.getByTestId('workspace-import');
  await expect(summary).toContainText('已加入 20 份', { timeout: 240_000 });
  await expect(summary).toContainText('notes.csv：不是可读取的年报格式');
  await expect(page.locator('[data-testid="workspace-table"] tbody tr')).toHaveCount(20);

  // The Word file and the PDF cover agency-years the dataset has: not counted until the user decides.
  const pending = page.getByTestId('workspace-pending');
  await expect(pending).toHaveCount(2);
  await expect(pending.filter({ hasText: '015.docx' })).toContainText('平潭综合实验区 2020 年度已有年报（015）');
  await expect(pending.filter({ hasText: '021.pdf' })).toContainText('2023 年度已有年报（021）');
  await checkA11y(page);
  await expect(page.getByTestId('workspace-banner')).toContainText('含您的 18 份年报');
  await pending.filter({ hasText: '015.docx' }).getByRole('button', { name: '以此替换' }).click();
  await pending
    .filter({ hasText: '021.pdf' })
    .getByRole('button', { name: /保留为第二版本/ })
    .click();
  await expect(pending).toHaveCount(0);
  await expect(page.getByTestId('workspace-banner')).toContainText('含您的 19 份年报');

  await page.reload();
  await waitForDataset(page);
  await expect(page.locator('[data-testid="workspace-table"] tbody tr')).toHaveCount(20);
  await expect(page.getByTestId('workspace-banner')).toContainText('含您的 19 份年报');

  // Overview: 19 counted, one replacing a dataset report → 18 more reports; the second version is not counted.
  // Its figures came with the build, but the kept reports start the engine by themselves: no button pressed.
  await page.goto('./?view=overview');
  await expect(page.locator('[data-dataset-phase="ready"]')).toBeVisible({ timeout: 150_000 });
  await expect(page.getByTestId('workspace-banner')).toContainText('含您的 19 份年报');
  await expect.poll(() => kpiReports(page), { timeout: 60_000 }).toBe(before + 18);

  // SQL: the kept reports are local- rows with their file's SHA-256; 平潭 2020 is one report.
  await page.goto('./?view=sql');
  await waitForDataset(page);
  await expect(page.getByTestId('workspace-banner')).toBeVisible();
  await expect
    .poll(() => sqlValue(page, "SELECT count(*) AS n FROM reports WHERE starts_with(report_id, 'local-')"), {
      timeout: 60_000,
    })
    .toBe('19');
  expect(
    await sqlValue(page, "SELECT count(*) AS n FROM report_figures WHERE agency_id = 'pingtan' AND year = 2020"),
  ).toBe('1');
  expect(
    await sqlValue(page, "SELECT report_id FROM report_figures WHERE agency_id = 'pingtan' AND year = 2020"),
  ).toMatch(/^local-015-/);
  expect(
    await sqlValue(page, "SELECT count(*) FROM reports WHERE sha256 IS NULL AND starts_with(report_id, 'local-')"),
  ).toBe('0');
  // The PDF is a second version of 洪泽区 2023: the dataset's report still counts, alone.
  expect(
    await sqlValue(
      page,
      "SELECT count(*) FROM report_figures WHERE year = 2023 AND agency_id = (SELECT agency_id FROM reports WHERE report_id = '021')",
    ),
  ).toBe('1');

  // Compare and Data quality: the user's rows carry the marker, and never a blank name.
  await page.goto('./?view=compare&year=2025');
  await waitForDataset(page);
  const ownRows = page.locator('.compare-table tbody th', { hasText: '◆' });
  await expect(ownRows.first()).toBeVisible();
  expect(await ownRows.allInnerTexts()).toContain('◆ 示例市林业局');
  for (const name of await page.locator('.compare-table tbody th').allInnerTexts()) expect(name.trim()).not.toBe('');

  await page.goto('./?view=quality');
  await waitForDataset(page);
  await expect(page.locator('.finding-list strong', { hasText: '◆' }).first()).toBeVisible();

  // Agency profile of the replaced year: the shown report is the user's.
  await page.goto('./?view=agency&agency=pingtan&year=2020');
  await waitForDataset(page);
  await expect(page.getByTestId('agency-local-report')).toBeVisible();

  // The switch leaves them out (in the URL), and puts them back.
  await page.goto('./?view=overview');
  await waitForDataset(page);
  await expect.poll(() => kpiReports(page), { timeout: 60_000 }).toBe(before + 18);
  await page.getByTestId('workspace-switch').click();
  await expect(page).toHaveURL(/mine=off/);
  await expect(page.getByTestId('workspace-banner')).toContainText('未计入您的 19 份年报');
  await expect.poll(() => kpiReports(page), { timeout: 60_000 }).toBe(before);
  await page.goto('./?view=compare&year=2025&mine=off');
  await waitForDataset(page);
  await expect(page.locator('.compare-table tbody th').first()).toBeVisible();
  await expect(page.locator('.compare-table tbody th', { hasText: '◆' })).toHaveCount(0);
});

test('the same file twice is one report; a file that is not a report is named and nothing is lost', async ({
  page,
}) => {
  await page.goto('./?view=workspace');
  await waitForDataset(page);
  const files = page.getByTestId('workspace-files');
  await files.setInputFiles(ownFile('350'));
  await expect(page.locator('[data-testid="workspace-table"] tbody tr')).toHaveCount(1);
  await files.setInputFiles([ownFile('350'), ownFile('351')]);
  await expect(page.getByTestId('workspace-import')).toContainText('已加入 1 份；重复 1 份');
  await expect(page.getByTestId('workspace-import')).toContainText('350.txt：与已加入的年报内容完全相同');
  await expect(page.locator('[data-testid="workspace-table"] tbody tr')).toHaveCount(2);

  // A file of the published dataset is the dataset's report, not a second one.
  await files.setInputFiles(path.join('data/reports', '000.txt'));
  await expect(page.getByTestId('workspace-import')).toContainText('000.txt：与数据集中的年报 000 内容完全相同');

  // Text that is not a report: named with the reason; the two kept reports stay.
  await files.setInputFiles({
    name: 'minutes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('会议纪要：今天下雨。'),
  });
  await expect(page.getByTestId('workspace-import')).toContainText('minutes.txt：无法读取为年报');
  await page.reload();
  await waitForDataset(page);
  await expect(page.locator('[data-testid="workspace-table"] tbody tr')).toHaveCount(2);

  // Remove one, then all (with a confirmation).
  await page.getByRole('button', { name: '删除 350.txt' }).click();
  await expect(page.locator('[data-testid="workspace-table"] tbody tr')).toHaveCount(1);
  await page.getByRole('button', { name: '全部删除' }).click();
  await page.getByRole('alert').getByRole('button', { name: '全部删除' }).click();
  await expect(page.getByText('还没有加入年报。')).toBeVisible();
  await page.reload();
  await waitForDataset(page);
  await expect(page.getByText('还没有加入年报。')).toBeVisible();
  await expect(page.getByTestId('workspace-banner')).toHaveCount(0);
});

test('without IndexedDB the workspace says it cannot keep reports and still works for the tab', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  await page.goto('./?view=workspace');
  await waitForDataset(page);
  await expect(page.getByTestId('workspace-storage-error')).toContainText('本浏览器不允许保存数据');
  await page.getByTestId('workspace-files').setInputFiles(ownFile('390'));
  await expect(page.locator('[data-testid="workspace-table"] tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('workspace-banner')).toContainText('含您的 1 份年报');
});

test('a roster of 10 with 3 missing and 1 late: the coverage view says so, bad rows are named, CSV exported', async ({
  page,
}) => {
  const csv = [
    'name,region,parent,due',
    '平潭综合实验区,福建省,,3月31日',
    '平潭综合实验区国有资产管理局,福建省,平潭综合实验区,',
    '平潭综合实验区市场监督管理局,福建省,平潭综合实验区,',
    '平潭综合实验区旅游与文化体育局,福建省,平潭综合实验区,',
    '平潭综合实验区社会事业局,福建省,平潭综合实验区,',
    '平潭综合实验区经济发展局,福建省,平潭综合实验区,1月20日',
    '郯城县行政审批服务局,山东省,郯城县人民政府,',
    '平潭综合实验区气象局,福建省,平潭综合实验区,',
    '平潭综合实验区档案局,福建省,平潭综合实验区,',
    '郯城县人民政府,山东省,,',
    ',福建省,,',
    '平潭综合实验区统计局,福建省,,2月30日',
  ].join('\n');
  await page.goto('./?view=workspace');
  await waitForDataset(page);
  await page
    .getByTestId('roster-file')
    .setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const problems = page.getByTestId('roster-problems');
  await expect(problems).toContainText('2 行无法使用');
  await expect(problems).toContainText('第 12 行：机关名称为空');
  await expect(problems).toContainText('第 13 行：截止日期“2月30日”无法识别');
  await page.getByLabel('年度').selectOption('2023');
  const summary = page.getByTestId('coverage-summary');
  // 平潭 2023 published 2024-03-08 (due 3月31日): on time; 经济发展局 2024-01-30 > 1月20日: late.
  await expect(summary).toContainText('名录 10 个机关：按时发布 6，逾期 1，发布日期不详 0，未发布 3；未通过检查 3');
  const table = page.getByTestId('coverage-table');
  await expect(table.locator('tr[data-status="late"] th')).toHaveText(['平潭综合实验区经济发展局']);
  await expect(table.locator('tr[data-status="late"]')).toContainText('逾期 10 天');
  await expect(table.locator('tr[data-status="missing"] th')).toHaveText([
    '平潭综合实验区气象局',
    '平潭综合实验区档案局',
    '郯城县人民政府',
  ]);
  await expect(table.locator('tr', { hasText: '郯城县人民政府' })).toContainText('2024-03-31');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载报送情况（CSV）' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(11);
  expect(text).toContain('平潭综合实验区经济发展局,福建省,平潭综合实验区,2024-01-20,逾期 10 天,2024-01-30,10,2,');

  // The roster is kept across a reload.
  await page.reload();
  await waitForDataset(page);
  await page.getByLabel('年度').selectOption('2023');
  await expect(page.getByTestId('coverage-summary')).toContainText('名录 10 个机关');
});

test('a 1,000-file folder shows progress and can be cancelled; what was added stays', async ({ page }) => {
  const dir = scratchDir('atlas-big-folder-');
  for (let i = 0; i < 1000; i++)
    writeFileSync(path.join(dir, `note-${String(i).padStart(4, '0')}.txt`), `第 ${i} 号通知`);
  writeFileSync(path.join(dir, '0000-report.txt'), relabelled('390'));
  await page.goto('./?view=workspace');
  await waitForDataset(page);
  await page.getByTestId('workspace-folder').setInputFiles(dir);
  const progress = page.getByTestId('workspace-progress');
  await expect(progress).toContainText(/正在加入 \d+ \/ 1001/);
  await expect
    .poll(async () => Number(/正在加入 (\d+)/.exec((await progress.textContent()) ?? '')?.[1] ?? 0))
    .toBeGreaterThan(20);
  await progress.getByRole('button', { name: '取消' }).click();
  const summary = page.getByTestId('workspace-import');
  await expect(summary).toContainText('已加入 1 份');
  await expect(summary).toContainText(/已取消 (\d{3}) 份/);
  await expect(summary).toContainText('note-0000.txt：无法读取为年报');
  await expect(page.locator('[data-testid="workspace-table"] tbody tr')).toHaveCount(1);
});

test('the Excel workbook has a summary and one fix list per agency; the 领导版 prints on one A4 page', async ({
  page,
}) => {
  const gold = (n: string) =>
    JSON.parse(readFileSync(`../shared/corpus/gold/${n}.json`, 'utf8')) as { cells: Record<string, number | null> };
  await page.goto('./?view=workspace');
  await waitForDataset(page);
  await page.getByTestId('workspace-files').setInputFiles(['337', '338', '390'].map(ownFile));
  await expect(page.getByTestId('workspace-import')).toContainText('已加入 3 份');
  await expect(page.getByTestId('workspace-banner')).toContainText('含您的 3 份年报');

  // The user's own reports count in the coverage: 示例市林业局 2024 (338.txt, published 2025-01-14).
  await page
    .getByTestId('roster-file')
    .setInputFiles({ name: 'r.csv', mimeType: 'text/csv', buffer: Buffer.from('name\n示例市林业局\n示例市审计局\n') });
  await page.getByLabel('年度').selectOption('2024');
  await expect(page.getByTestId('coverage-summary')).toContainText(
    '名录 2 个机关：按时发布 1，逾期 0，发布日期不详 0，未发布 1',
  );
  await expect(page.locator('[data-testid="coverage-table"] tr[data-status="onTime"]')).toContainText('◆ local-338-');
  await checkA11y(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载 Excel 工作簿/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '整改清单-示例市林业局', '整改清单-示例市体育局']); // pinyin order;
  const summary = book.getWorksheet('汇总')!;
  expect(summary.rowCount).toBe(4);
  const header = (summary.getRow(1).values as unknown[]).slice(1);
  const col = header.findIndex((h) => String(h).includes('新收政府信息公开申请数量')) + 1;
  expect(col).toBeGreaterThan(0);
  const byYear = new Map<number, unknown>();
  summary.eachRow((row, n) => {
    if (n > 1 && row.getCell(1).value === '示例市林业局')
      byYear.set(Number(row.getCell(2).value), row.getCell(col).value);
  });
  expect(byYear.get(2025)).toBe(gold('337').cells['t3.new_received.total']);
  expect(byYear.get(2024)).toBe(gold('338').cells['t3.new_received.total']);
  const fixList = book.getWorksheet('整改清单-示例市林业局')!;
  expect(fixList.getRow(1).getCell(1).value).toBe('示例市林业局');
  expect(fixList.rowCount).toBeGreaterThanOrEqual(4); // title, header, at least a line per report

  // 领导版 of 示例市林业局 2025: the previous year is the other kept report.
  await page.locator('tr', { hasText: '337.txt' }).getByRole('button', { name: '领导版' }).click();
  const sheet = page.getByTestId('print-page');
  await expect(sheet).toContainText('示例市林业局 2025 年度政府信息公开工作年度报告 · 领导版');
  const received = sheet.locator('tr', { hasText: '新收政府信息公开申请数量' });
  await expect(received.locator('td').nth(0)).toHaveText(String(gold('337').cells['t3.new_received.total']));
  await expect(received.locator('td').nth(1)).toHaveText(String(gold('338').cells['t3.new_received.total']));
  await expect(received.locator('td').nth(2)).toHaveText('-50%');
  await expect(page.getByTestId('print-rank')).toContainText('份年报中排第');
  await checkA11y(page);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length, '领导版 fits one A4 page').toBe(1);

  await page.getByRole('button', { name: '返回我的年报' }).click();
  await page.locator('tr', { hasText: '337.txt' }).getByRole('button', { name: '完整版' }).click();
  await expect(page.getByTestId('print-page')).toContainText('表三 收到和处理政府信息公开申请情况');
  const full = await page.pdf({ format: 'A4' });
  expect((full.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1);
});

test('download as dataset: the zip has the figures the CLI ingest gets from the same files and opens with ?dataset=', async ({
  page,
}) => {
  const names = ['337.txt', '338.txt', '390.txt'];
  await page.goto('./?view=workspace');
  await waitForDataset(page);
  await page.getByTestId('workspace-files').setInputFiles(names.map((n) => ownFile(n.replace('.txt', ''))));
  await expect(page.getByTestId('workspace-import')).toContainText('已加入 3 份');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载为数据集/ }).click();
  const { unzipSync } = await import('fflate');
  const files = unzipSync(readFileSync(await (await download).path()));
  expect(Object.keys(files).sort()).toEqual([
    'README.md',
    'agencies.parquet',
    'cells.parquet',
    'datapackage.json',
    'findings.parquet',
    'manifest.json',
    'reports.parquet',
    'sources/337.txt',
    'sources/338.txt',
    'sources/390.txt',
    'views.sql',
  ]);
  expect(Buffer.from(files['sources/337.txt']).equals(relabelled('337'))).toBe(true);
  const exported = scratchDir('atlas-export-');
  for (const [name, bytes] of Object.entries(files))
    if (name.endsWith('.parquet')) writeFileSync(path.join(exported, name), bytes);

  // The pipeline on the same three files.
  const reports = scratchDir('atlas-export-src-');
  for (const n of names) writeFileSync(path.join(reports, n), relabelled(n.replace('.txt', '')));
  const cli = path.join(scratchDir('atlas-export-cli-'), 'out');
  execFileSync('npx', ['tsx', 'src/pipeline/ingest.ts', reports, '--out', cli, '--workers', '0'], { stdio: 'pipe' });
  const figures = async (dir: string) => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const reader = await conn.runAndReadAll(
      `SELECT r.source_file, r.year, c.cell_id, c.value FROM read_parquet('${dir}/cells.parquet') c
       JOIN read_parquet('${dir}/reports.parquet') r USING (report_id) ORDER BY 1, 3`,
    );
    return reader.getRowObjectsJson();
  };
  const ours = await figures(exported);
  expect(ours.length).toBeGreaterThan(500);
  expect(ours).toEqual(await figures(cli));

  // Served (here: answered from the unzipped files), the app opens it as its dataset.
  await page.route('**/mine-export/**', (route) => {
    const name = new URL(route.request().url()).pathname.split('/mine-export/')[1];
    const bytes = files[name];
    return bytes ? route.fulfill({ body: Buffer.from(bytes) }) : route.fulfill({ status: 404 });
  });
  await page.goto('./?dataset=mine-export');
  await waitForDataset(page);
  await expect(page.locator('[data-dataset-phase="ready"]')).toContainText('3 份年报');
  // Its reports are the kept ones: counted once, not again on top.
  await expect.poll(() => kpiReports(page), { timeout: 60_000 }).toBe(3);

  // Imported back into an emptied workspace: its three reports return; a zip that is not one is refused.
  await page.goto('./?view=workspace');
  await waitForDataset(page);
  await page.getByRole('button', { name: '全部删除' }).click();
  await page.getByRole('alert').getByRole('button', { name: '全部删除' }).click();
  await expect(page.getByText('还没有加入年报。')).toBeVisible();
  const { zipSync } = await import('fflate');
  await page.getByTestId('workspace-files').setInputFiles([
    { name: 'mine.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(files)) },
    {
      name: 'photos.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zipSync({ 'a.jpg': new Uint8Array([1, 2]) })),
    },
  ]);
  await expect(page.getByTestId('workspace-import')).toContainText('已加入 3 份');
  await expect(page.getByTestId('workspace-import')).toContainText('photos.zip：不是从“我的年报”下载的数据集');
  await expect(page.locator('[data-testid="workspace-table"] tbody tr')).toHaveCount(3);
});
