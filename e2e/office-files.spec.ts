/**
 * Word and PDF reports in the browser: the check view reads them with the lazily loaded readers
 * (mammoth; pdf.js with its worker from our own origin) and shows the same figures as Node.
 */
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
  await expect(page.getByRole('alert')).toContainText('libreoffice --headless --convert-to docx');
  await fileInput(page).setInputFiles(`${OFFICE}/006.scanned.pdf`);
  await expect(page.getByRole('alert')).toContainText('OCR', { timeout: 30_000 });
});
