/**
 * Many files picked at once in the check view: the two real published PDFs with Word, text and a
 * broken PDF, then the bad inputs a user meets. Each file gets its result or its own message in
 * the page's language, a progress line counts them, and picking the batch again works again
 * (it failed about half the time: pdf.js shared one document's page count between documents).
 */
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

const CORPUS = '../shared/corpus/raw';
const OFFICE = 'data/fixtures/office';
const BAD = 'data/fixtures/bad';
const fileInput = (page: Page) => page.getByLabel('选择年报文件（可多选）');
const summary = (page: Page) => page.getByTestId('check-summary');
const row = (page: Page, name: string) =>
  summary(page)
    .locator('tbody tr')
    .filter({ has: page.getByRole('button', { name, exact: true }) });

/** A row that was read: agency, year, layout, error and warning counts and how much was read; no failure text. */
async function expectRead(page: Page, name: string, year: string) {
  const cells = row(page, name).last().locator('td');
  await expect(cells).toHaveCount(6);
  await expect(cells.nth(1)).toHaveText(year);
  await expect(cells.nth(2)).toHaveText('2021');
}

test('two real PDFs picked with Word, text, a scan and a broken PDF, twice: each read or named, with progress', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('./?view=check');
  const batch = [
    `${CORPUS}/021.pdf`,
    `${CORPUS}/022.pdf`,
    `${OFFICE}/010.docx`,
    'data/reports/000.txt',
    `${BAD}/truncated.pdf`,
    // Fewer pages than 021/022: opened while they are read, it broke them.
    `${OFFICE}/006.scanned.pdf`,
  ];
  for (const round of [1, 2]) {
    await fileInput(page).setInputFiles(batch);
    await expect(page.getByTestId('check-progress')).toHaveText(/^正在读取 [0-5] \/ 6 个文件…$/);
    await expect(summary(page).locator('tbody tr')).toHaveCount(6 * round, { timeout: 120_000 });
    await expectRead(page, '021.pdf', '2023');
    await expectRead(page, '022.pdf', '2024');
    await expectRead(page, '010.docx', '2024');
    await expectRead(page, '000.txt', '2023');
    await expect(row(page, 'truncated.pdf').last().locator('td')).toHaveText(
      '无法读取：PDF 文件已损坏或不完整，无法读取。',
    );
    await expect(row(page, '006.scanned.pdf').last().locator('td')).toContainText('无法读取：PDF 没有文字层（2 页');
  }
  await expect(page.getByText(/damaged|Invalid page request/)).toHaveCount(0);

  // 021.pdf's detail shows its figures.
  await row(page, '021.pdf').last().getByRole('button').click();
  await expect(page.getByTestId('check-meta')).toContainText('021.pdf');
  await expect(page.locator('[data-testid="check-meta"] [data-meta="year"]')).toHaveText('2023');
  await expect(page.locator('[id="cell-t3.new_received.total"]')).toHaveText(/^\d+$/);
  // The broken file's detail: the message in Chinese, the library's words apart.
  await row(page, 'truncated.pdf').last().getByRole('button').click();
  await expect(page.getByRole('alert')).toHaveText('无法读取文件“truncated.pdf”：PDF 文件已损坏或不完整，无法读取。');
  await expect(page.getByText('技术细节（程序库的原话）：Invalid PDF structure.')).toBeVisible();
});

test('bad input: encrypted, scanned, truncated, .doc, a workbook named .pdf and 200 pages, each its own message', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('./?view=check&lang=en');
  await page
    .getByLabel('Choose report files (several allowed)')
    .setInputFiles([
      `${BAD}/encrypted.pdf`,
      `${OFFICE}/006.scanned.pdf`,
      `${OFFICE}/006.doc`,
      `${BAD}/workbook-named.pdf`,
      `${BAD}/200-pages.pdf`,
      `${OFFICE}/006.docx`,
    ]);
  await expect(page.getByTestId('check-progress')).toHaveText(/^Reading [0-5] \/ 6 files…$/);
  const failed = (name: string) => row(page, name).locator('td');
  await expect(summary(page).locator('tbody tr')).toHaveCount(6, { timeout: 180_000 });
  await expect(failed('encrypted.pdf')).toHaveText(
    'Could not be read: The PDF is password-protected (encrypted) and cannot be read; give an unencrypted copy.',
  );
  await expect(failed('006.scanned.pdf')).toContainText('no text layer (2 pages of images');
  await expect(failed('006.doc')).toContainText('legacy Word 97-2003 (.doc)');
  await expect(failed('workbook-named.pdf')).toContainText('An Excel workbook (.xlsx)');
  await expect(failed('200-pages.pdf')).toHaveCount(6);
  await expect(failed('006.docx')).toHaveCount(6);
  await screenshot(page, 'check-bad-input-en');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(failed('encrypted.pdf')).toHaveText(
    '无法读取：PDF 设有打开密码（已加密），无法读取；请提供未加密的文件。',
  );
  await expect(failed('006.scanned.pdf')).toContainText('PDF 没有文字层（2 页都是图片');
  await screenshot(page, 'check-bad-input');
});
