/**
 * A generous time budget, so that a collapse of the first view's speed fails the tests (npm run
 * bench measures the real figures, as ratios to floor pages). Cold load of the production build.
 */
import { CHART_VISIBLE, CHART_VISIBLE_SCRIPT } from '../scripts/chartVisible';
import { MARKS } from '../src/perf';
import { expect, test } from './fixtures';

const FIRST_CHART_MS = 5_000;
const DUCKDB_READY_MS = 30_000;

test(`a cold load shows its first chart within ${FIRST_CHART_MS} ms; the SQL workbench's DuckDB is ready within ${DUCKDB_READY_MS} ms`, async ({
  page,
}) => {
  await page.addInitScript({ content: CHART_VISIBLE_SCRIPT });
  await page.goto('./');
  const mark = (name: string) =>
    page.evaluate((n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null, name);
  await expect.poll(() => mark(CHART_VISIBLE), { timeout: FIRST_CHART_MS * 2 }).not.toBeNull();
  expect(await mark(CHART_VISIBLE)).toBeLessThan(FIRST_CHART_MS);
  // The Overview needs no engine (it waits in standby); the SQL workbench starts it as it opens.
  await page.goto('./?view=sql');
  await expect.poll(() => mark(MARKS.duckdbReady), { timeout: DUCKDB_READY_MS * 2 }).not.toBeNull();
  expect(await mark(MARKS.duckdbReady)).toBeLessThan(DUCKDB_READY_MS);
});
