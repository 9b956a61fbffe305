/**
 * Word and PDF reports in the browser: the check view reads them with the lazily loaded readers
 * (mammoth; pdf.js with its worker from our own origin) and shows the same figures as Node.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const OFFICE = 'data/fixtures/office';
const fileInput = (page: Page) => page.getByLabel('选择年报文件（可多选）');
const cell = (page: Page, id: string) => page.locator(`[id="cell-${id}"]`);

async function openCheck(page: Page) {
  await page.goto('./?view=check');
  await expect(page.getByRole('heading', { level: 1, name: '检查年报' })).toBeVisible();
}

for (const file of ['006.lo.pdf', '006.pagebreak.pdf', '006.docx']) {
  test(`${file} is read in the page with every cell of 006`, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openCheck(page);
    await fileInput(page).setInputFiles(`${OFFICE}/${file}`);
    await expect(cell(page, 't2.licensing.decisions')).toHaveText('10690', { timeout: 30_000 });
    await expect(cell(page, 't3.new_received.total')).toHaveText('74');
    await expect(page.getByTestId('check-unread')).toHaveText('模板的全部单元格都已读到。');
    // The readers come from our own origin, nothing else.
    const origin = new URL(page.url()).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual(
      [],
    );
  });
}

test('a legacy .doc and a scanned PDF say what to do', async ({ page }) => {
  await openCheck(page);
  await fileInput(page).setInputFiles(`${OFFICE}/006.doc`);
  await expect(page.getByRole('alert')).toContainText(
    '旧版 Word 97-2003（.doc）文件，无法直接读取：请在 Word 或 WPS 中另存为 .docx',
  );
  await fileInput(page).setInputFiles(`${OFFICE}/006.scanned.pdf`);
  await expect(page.getByRole('alert')).toContainText('需要先做文字识别（OCR）', { timeout: 30_000 });
});

test('a PDF in a predefined Chinese CMap encoding is read with CMaps from our own origin', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openCheck(page);
  await fileInput(page).setInputFiles(`${OFFICE}/006.unigb.pdf`);
  await expect(page.locator('[data-testid="check-meta"] [data-meta="agency"]')).toContainText('平潭综合实验区', {
    timeout: 30_000,
  });
  const origin = new URL(page.url()).origin;
  const cmaps = requests.filter((u) => u.endsWith('.bcmap')).map((u) => new URL(u));
  expect(cmaps.map((u) => u.origin)).toEqual([origin, origin]);
  expect(
    cmaps.map((u) =>
      u.pathname
        .split('/')
        .pop()
        ?.replace(/-[\w-]{8}\.bcmap$/, ''),
    ),
  ).toEqual(expect.arrayContaining(['UniGB-UCS2-H', 'Adobe-GB1-UCS2']));
});

// The real published PDFs (WPS exports): every cell, the agency from the title, read in full, and
// the publisher's own issues (021's table 4 totals) apart from what the parser inferred.
for (const [file, agency, review] of [
  ['021.pdf', '洪泽区人民政府', '0'],
  ['022.pdf', '淮安市洪泽区人民政府', '2'],
] as const) {
  test(`the published ${file} is read in full in the page`, async ({ page }) => {
    await openCheck(page);
    await fileInput(page).setInputFiles(`data/reports/${file}`);
    await expect(page.getByTestId('check-read')).toHaveAttribute('data-level', 'full', { timeout: 30_000 });
    await expect(page.getByTestId('check-read')).toContainText('已完整读取（186 / 186 个单元格）');
    await expect(page.locator('[data-testid="check-meta"] [data-meta="agency"]')).toHaveText(agency);
    await expect(cell(page, 't3.rejected.reconfirm.total')).toHaveText('0');
    // A cell with a finding carries its note after the number.
    await expect(cell(page, 't4.review.total')).toHaveText(new RegExp(`^${review}(?!\\d)`));
    await expect(page.getByRole('heading', { name: /未能读取的表或行/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /报告本身的问题/ })).toBeVisible();
  });
}

test('a report whose table 3 was cut out: read partly, the unread table first, no cell of it called blank', async ({
  page,
}) => {
  const text = readFileSync('data/reports/006.txt', 'utf8');
  const cut =
    text.slice(0, text.indexOf('三、收到和处理政府信息公开申请情况')) +
    text.slice(text.indexOf('四、政府信息公开行政'));
  await openCheck(page);
  await page.getByLabel('或粘贴年报文字').fill(cut);
  await page.getByRole('button', { name: '检查粘贴的文字' }).click();
  await expect(page.getByTestId('check-read')).toHaveAttribute('data-level', 'partial');
  await expect(page.getByTestId('check-read')).toContainText('只读取了一部分（25 / 200 个单元格）');
  const headings = page.locator('article h3');
  await expect(headings.first()).toHaveText('未能读取的表或行（1 条）');
  await expect(page.locator('.finding-list').first()).toContainText('未找到表三');
  await expect(page.locator('.finding-list').getByText('单元格为空')).toHaveCount(0);
});

test('the summary of several files says how much of each was read', async ({ page }) => {
  const text = readFileSync('data/reports/006.txt', 'utf8');
  const cut =
    text.slice(0, text.indexOf('三、收到和处理政府信息公开申请情况')) +
    text.slice(text.indexOf('四、政府信息公开行政'));
  await openCheck(page);
  const file = (path: string, mimeType: string) => ({
    name: path.split('/').pop()!,
    mimeType,
    buffer: readFileSync(path),
  });
  await fileInput(page).setInputFiles([
    file('data/reports/021.pdf', 'application/pdf'),
    file('data/reports/000.txt', 'text/plain'),
    { name: 'cut.txt', mimeType: 'text/plain', buffer: Buffer.from(cut) },
  ]);
  const rows = page.getByTestId('check-summary').locator('tbody tr');
  await expect(rows).toHaveCount(3, { timeout: 30_000 });
  await expect(rows.locator('td:last-child')).toHaveText(['完整', '完整', '部分（25 / 200）']);
});
