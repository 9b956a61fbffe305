/**
 * The shared Playwright fixture for every spec: `import { test, expect, checkA11y, screenshot } from './fixtures'`.
 *
 * - Any request to another origin is aborted AND fails the test (the app must work offline).
 * - Any console error or uncaught page error fails the test, unless the test declared it with
 *   `expectConsoleError(/pattern/)` — and then the test fails if that error never appears.
 * - `checkA11y(page)` runs axe (WCAG 2.1 A/AA) and fails on serious or critical violations.
 * - `startDatabase(page)` presses the status line's "load the database" (pages the build answers start none);
 *   `waitForDataset(page)` does so and waits for the data to be loaded (slow on a busy machine).
 * - `screenshot(page, name)` writes test-results/screenshots/<name>-desktop.png (1280 px) and
 *   <name>-phone.png (375 px).
 */

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, test as base, expect as baseExpect, type Page } from '@playwright/test';

/** Web-first assertions wait up to 30 s: queries run in a wasm worker on a machine shared by many. */
export const expect = baseExpect.configure({ timeout: 30_000 });

interface Fixtures {
  /** Declares a console error the test provokes on purpose (e.g. a 404 for a missing data file). */
  expectConsoleError: (pattern: RegExp) => void;
}

export const test = base.extend<Fixtures & { problems: string[]; expected: RegExp[] }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this destructuring
  problems: async ({}, use) => {
    await use([]);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this destructuring
  expected: async ({}, use) => {
    await use([]);
  },
  expectConsoleError: async ({ expected }, use) => {
    await use((pattern) => expected.push(pattern));
  },
  page: async ({ page, baseURL, problems, expected }, use, testInfo) => {
    // Compiling DuckDB's 34 MB wasm takes seconds, many more on a shared 2-core machine.
    testInfo.setTimeout(Math.max(testInfo.timeout, 300_000));
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
    const seen = new Set<RegExp>();
    // Context-level routing also sees the requests of the DuckDB web worker.
    await page.context().route(
      (url) => url.origin !== origin,
      (route) => {
        problems.push(`request to another origin: ${route.request().url()}`);
        return route.abort('blockedbyclient');
      },
    );
    const report = (text: string) => {
      const match = expected.find((p) => p.test(text));
      if (match) seen.add(match);
      else problems.push(text);
    };
    page.on('console', (msg) => {
      if (msg.type() === 'error') report(`console error: ${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (error) => report(`page error: ${error.message}`));
    await use(page);
    expect(problems, 'no request to another origin, no console or page error').toEqual([]);
    for (const pattern of expected) expect(seen.has(pattern), `expected console error ${pattern} appeared`).toBe(true);
  },
});

/**
 * Holds back every request of `target` (a page, or a context: the DuckDB worker's requests too) that
 * matches `url` until the returned function is called, then lets them through.
 */
export async function holdBack(target: Pick<BrowserContext, 'route'>, url: string | RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await target.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * The page without the build's database file of the published dataset (as on a server that lacks it,
 * answered 404: a test that calls this expects that console error): the dataset loads from its Parquet.
 */
export async function withoutDatabaseFile(page: Page): Promise<void> {
  await page.route(DATABASE_FILE, (route) => route.fulfill({ status: 404, body: 'not found' }));
}

/** The build's database file of the published dataset (src/dataset/databaseFile.ts), by URL. */
export const DATABASE_FILE = /\/data\/dataset-[^/]*\.duckdb(?:\?|$)/;

/** The URLs of the requests the context makes from now on (its workers' too) that match `url`, as they are made. */
export function requestsTo(context: BrowserContext, url = /(?:)/): string[] {
  const seen: string[] = [];
  context.on('request', (request) => {
    if (url.test(request.url())) seen.push(request.url());
  });
  return seen;
}

/**
 * Starts the page's database as a reader does, with the status line's button, unless it has
 * started (a page whose results came with the build waits in standby until something needs it).
 * A click before hydration does nothing, so it is tried until the status line moves on: the status
 * line shown, not a hidden built page's, nor none while the app replaces that page.
 */
export async function startDatabase(page: Page): Promise<void> {
  const status = page.locator('[data-dataset-phase]').filter({ visible: true });
  await expect(async () => {
    const button = status.and(page.locator('[data-dataset-phase="standby"]')).getByRole('button');
    if (await button.isVisible()) await button.click({ timeout: 1_000 });
    await expect(status).toHaveCount(1, { timeout: 1_000 });
    await expect(status).not.toHaveAttribute('data-dataset-phase', 'standby', { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
}

/** Starts the database if needed, then waits until the dataset is loaded into it (the status line says so). */
export async function waitForDataset(page: Page): Promise<void> {
  await startDatabase(page);
  await expect(page.locator('[data-dataset-phase="ready"]')).toBeVisible({ timeout: 150_000 });
}

/** Fails on serious or critical axe violations (WCAG 2.1 A and AA), listing each with its targets. */
export async function checkA11y(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, 'axe: serious or critical accessibility violations').toEqual([]);
}

const SCREENSHOT_DIR = path.join('test-results', 'screenshots');
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 812 } } as const;

/** Two animation frames: enough for ResizeObserver-driven chart redraws after a viewport change. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Full-page screenshots at desktop and phone width; the viewport is restored afterwards. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const before = page.viewportSize();
  for (const [kind, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${kind}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

/**
 * Runs SQL with @duckdb/node-api over the shipped public/data (the dataset opened as everywhere
 * in Node, src/dataset/engines.ts) — an engine independent of the browser's — to get the figures
 * a page must show. BIGINT comes back as number.
 */
export async function datasetQuery<Row = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const { openNodeEngine } = await import('../src/dataset/engines');
  const engine = await openNodeEngine('public/data');
  try {
    return (await engine.rows(sql, params)).rows as Row[];
  } finally {
    engine.close();
  }
}

/**
 * The Overview's report count with no filter, as its KPI prints it: every report of the shipped
 * dataset, each once (a department inside its zone's report of the same year is not added again).
 */
export async function shippedReportCount(): Promise<string> {
  const [{ n }] = await datasetQuery<{ n: number }>('SELECT count(*) AS n FROM report_figures WHERE in_whole_set');
  return n.toLocaleString('en-US');
}

/** Replaces the SQL editor's text and runs it, waiting for nothing (a test of an error waits for that). */
export async function submitSql(page: Page, sql: string): Promise<void> {
  await page.locator('.sql-editor .cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
  await page.locator('button.sql-run').click();
}

/** Replaces the SQL editor's text, runs it and returns the grid's cells row by row. */
export async function runSql(page: Page, sql: string): Promise<string[][]> {
  await submitSql(page, sql);
  await expect(page.locator('.sql-result-status')).toContainText('行', { timeout: 15_000 });
  return page
    .locator('.sql-grid tbody tr[aria-rowindex]')
    .evaluateAll((rows) => rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

/** How many chart canvases have something drawn on them (not just an empty element). */
export async function paintedCharts(page: Page): Promise<number> {
  return page.locator('figure.chart-panel canvas').evaluateAll(
    (canvases) =>
      canvases.filter((c) => {
        const canvas = c as HTMLCanvasElement;
        const ctx = canvas.getContext('2d');
        if (!ctx || canvas.width === 0) return false;
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
        return false;
      }).length,
  );
}

/**
 * How many charts are on screen: drawn live (a painted canvas) or still the build's SVG, shown.
 * While DuckDB starts, the Overview keeps its static charts (src/charts/staticChart.ts).
 */
export async function shownCharts(page: Page): Promise<number> {
  const statics = await page
    .locator('figure.chart-panel [data-testid="chart-canvas"]:not(:has(canvas)) > svg')
    .filter({ visible: true })
    .count();
  return statics + (await paintedCharts(page));
}
