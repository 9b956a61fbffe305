import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

// E2E_PORT lets several work trees run their end-to-end tests on one machine at once.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // Makes the small synthetic partitioned dataset dist/e2e-synthetic (after `vite build`).
  globalSetup: './e2e/global-setup.ts',
  workers: 1,
  // One retry in CI only: a test that passes on retry is reported as flaky (not hidden) in the summary.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  outputDir: 'test-results/e2e',
  reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: process.env.PW_JSON }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --configLoader runner --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
