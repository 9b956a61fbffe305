import { expect, test } from '@playwright/test';

test('the app shell loads with its Chinese title', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('政府信息公开年报看板');
});
