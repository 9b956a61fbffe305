/**
 * npm run bench [-- --runs 5 --changes 40 --national DIR --skip-build --skip-node]
 *
 * Every benchmark of the project, printed as one table and written to .bench/results.json.
 * Measured in Chromium against the production build served locally (vite preview), each page
 * load in a fresh browser context (cold cache):
 *  - first chart painted, DuckDB ready (User Timing marks, src/perf.ts), over --runs loads;
 *  - JS before DuckDB starts and before the first chart, gzip and brotli (from dist/'s
 *    precompressed files, following the entry's imports in dist/.vite/manifest.json);
 *  - filter change → every chart repainted (charts stamp data-painted-at), p50/p95 over --changes
 *    changes on the shipped data (year boxes, in Gray-code order so no state repeats; the build
 *    answers its single years and runs of years, DuckDB the others: both are reported apart) and
 *    on one synthetic province-year partition (regions);
 *  - the partition: load time, Compare view time, the tab's renderer memory and its JS heap;
 *  - parse and ingest rates, from bench:parse and bench:ingest.
 * The partition is the synthetic dataset of --national DIR (npm run gen:national), else one
 * province-year generated into synthetic/bench-province (~2,900 reports, ~580,000 cells): never
 * the published data, never committed. A benchmark reports numbers; it asserts nothing.
 */

import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium, type Page } from '@playwright/test';
import { MARKS } from '../src/perf';
import { type Stat, type SummaryRow, summaryTable } from './bench-table';
import { CHART_VISIBLE, CHART_VISIBLE_SCRIPT, FIGURES_VISIBLE, FIGURES_VISIBLE_SCRIPT } from './chartVisible';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { FLOOR_PAGES, writeFloorPages } from './floors/build';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    changes: { type: 'string', default: '40' },
    national: { type: 'string' },
    port: { type: 'string', default: '4175' },
    'skip-build': { type: 'boolean', default: false },
    'skip-node': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const CHANGES = Number(values.changes);
const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const BASE = `http://127.0.0.1:${values.port}/`;
const PARTITION_FOLDER = 'bench-national'; // served as dist/bench-national → the synthetic dataset
const OUT = join(ROOT, '.bench');
const TIMEOUT = 180_000;
const WARM_PAUSE_MS = 5_000;
/** How long the reader's Overview idles after its live charts are drawn before its tab is measured. */
const READER_SETTLE_MS = 3_000;

/**
 * Counts the SQL statements a page sends to DuckDB's worker (duckdb-wasm's RUN_QUERY and RUN_PREPARED
 * messages), from outside the app: a filter change the build answered sends none.
 */
const STATEMENT_COUNTER = `globalThis.duckdbStatements = 0;
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message?.type === 'RUN_QUERY' || message?.type === 'RUN_PREPARED') globalThis.duckdbStatements += 1;
  return post.call(this, message, ...rest);
};`;
// tsx names inner functions with a __name helper, which the page's copies of them then call.
const INIT_SCRIPT = `globalThis.__name = (f) => f;\n${CHART_VISIBLE_SCRIPT}\n${FIGURES_VISIBLE_SCRIPT}\n${STATEMENT_COUNTER}`;
/** A profile people land on from shared links: one of the shipped data's agencies, seven reports. */
const AGENCY_LINK = '?view=agency&agency=pingtan-approval';

const sh = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
const log = (text: string) => process.stderr.write(`${text}\n`);

// ---------------------------------------------------------------- statistics

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
}

function stat(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), min: s[0], max: s.at(-1)! };
}

// ---------------------------------------------------------------- the build and what it ships

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}

/** Compressed bytes of the given dist files (the .gz / .br copies the build writes beside them). */
function compressedBytes(files: Iterable<string>): { gzip: number; brotli: number; raw: number } {
  const size = (f: string) => (existsSync(f) ? statSync(f).size : 0);
  let gzip = 0;
  let brotli = 0;
  let raw = 0;
  for (const file of files) {
    const path = join(DIST, file);
    raw += size(path);
    gzip += size(`${path}.gz`) || size(path);
    brotli += size(`${path}.br`) || size(path);
  }
  return { gzip, brotli, raw };
}

/** The JS files of a chunk and everything it imports statically. */
function withImports(manifest: Record<string, ManifestChunk>, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const dep of chunk.imports ?? []) withImports(manifest, dep, into);
  return into;
}

function shippedJs() {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const beforeDuckdb = withImports(manifest, 'index.html');
  const charts = Object.keys(manifest).find((k) => k.endsWith('src/charts/echarts.ts'));
  const firstChart = charts ? withImports(manifest, charts, new Set(beforeDuckdb)) : beforeDuckdb;
  return { beforeDuckdb: compressedBytes(beforeDuckdb), firstChart: compressedBytes(firstChart) };
}

// ---------------------------------------------------------------- the synthetic partition

function partitionDataset(): { dir: string; province: string; year: number; reports: number; cells: number } {
  let dir = values.national ? resolve(values.national) : join(ROOT, 'synthetic', 'bench-province');
  if (!existsSync(join(dir, 'manifest.json'))) {
    if (values.national)
      throw new Error(`${dir}: no manifest.json (make it with npm run gen:national -- --out ${dir})`);
    log(`generating one synthetic province-year into ${dir} …`);
    sh('npx', ['tsx', 'scripts/gen-national-dataset.ts', '--out', dir, '--provinces', '1', '--years', '2025-2025']);
  }
  dir = resolve(dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    version: string;
    synthetic?: boolean;
    partitions: { province: string; year: number; files: { table: string; rows: number }[] }[];
  };
  if (!manifest.synthetic)
    throw new Error(`${dir} is not a synthetic dataset: the bench never loads real data as a stand-in`);
  // As its publisher would ship it: with the link results of its data loader, for this version.
  const index = join(dir, 'results', 'index.json');
  if (
    !existsSync(index) ||
    (JSON.parse(readFileSync(index, 'utf8')) as { version?: string }).version !== manifest.version
  ) {
    log(`computing the link results of ${dir} (npm run prerender:dataset) …`);
    sh('npx', ['tsx', 'src/pipeline/prerenderDataset.ts', dir]);
  }
  const p = manifest.partitions.at(-1)!;
  const rows = (table: string) => p.files.find((f) => f.table === table)?.rows ?? 0;
  const link = join(DIST, PARTITION_FOLDER);
  rmSync(link, { recursive: true, force: true });
  symlinkSync(dir, link);
  return { dir, province: p.province, year: p.year, reports: rows('reports'), cells: rows('cells') };
}

// ---------------------------------------------------------------- the browser side

async function startServer(): Promise<() => void> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--configLoader', 'runner', '--host', '127.0.0.1', '--port', values.port!, '--strictPort'],
    {
      cwd: ROOT,
      stdio: 'ignore',
      detached: true,
    },
  );
  const stop = () => {
    try {
      process.kill(-server.pid!);
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(BASE)).ok) return stop;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`vite preview did not answer on ${BASE}`);
}

/**
 * Runs `action` in the page and resolves with the milliseconds until every chart on the page has
 * painted after it (the latest data-painted-at stamp), or rejects after `timeout`.
 */
async function untilChartsRepaint(
  page: Page,
  action: string,
  arg: string | number,
  minCharts: number,
): Promise<number> {
  return page.evaluate(
    async ({ action, arg, minCharts, timeout }) => {
      const start = performance.now();
      if (action === 'click')
        document.querySelectorAll<HTMLInputElement>('.filter-years input[type="checkbox"]')[arg as number].click();
      if (action === 'region') {
        const select = [...document.querySelectorAll('select')].find((s) =>
          [...s.options].some((o) => o.value === arg),
        )!;
        select.value = arg as string;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
      if (action === 'nav') document.querySelector<HTMLAnchorElement>(`nav a[href*="view=${arg}"]`)!.click();
      return new Promise<number>((resolve, reject) => {
        const check = () => {
          const stamps = [...document.querySelectorAll('[data-testid="chart-canvas"]')].map((el) =>
            Number(el.getAttribute('data-painted-at') ?? 0),
          );
          if (stamps.length >= minCharts && stamps.every((t) => t > start)) return resolve(Math.max(...stamps) - start);
          if (performance.now() - start > timeout)
            return reject(new Error(`charts did not repaint after ${action} ${arg}`));
          requestAnimationFrame(check);
        };
        check();
      });
    },
    { action, arg, minCharts, timeout: TIMEOUT },
  );
}

/** Renderer processes started by this script's Chromium, pid → RSS in KB. */
function ourRenderers(): Map<number, number> {
  const parent = new Map<number, number>();
  const renderers: number[] = [];
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('--type=renderer')) renderers.push(Number(name));
    } catch {
      // the process ended meanwhile
    }
  }
  const ours = (pid: number): boolean => pid === process.pid || (pid > 1 && parent.has(pid) && ours(parent.get(pid)!));
  const rss = new Map<number, number>();
  for (const pid of renderers.filter(ours)) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      rss.set(pid, m ? Number(m[1]) : 0);
    } catch {
      // ended meanwhile
    }
  }
  return rss;
}

/**
 * Memory of the tab: the RSS of its renderer process (the largest of ours: withPage waits until
 * the renderers of earlier pages have exited, and Chromium's spare renderer is small; the
 * DuckDB worker runs inside the tab's renderer) and the page's JS heap (main thread).
 */
async function tabMemory(page: Page): Promise<{ rendererMb: number; jsHeapMb: number }> {
  const cdp = await page.context().newCDPSession(page);
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return { rendererMb: Math.max(0, ...ourRenderers().values()) / 1024, jsHeapMb: usedSize / 2 ** 20 };
}

/** Waits (up to 20 s) until at most one renderer of ours is left: the pages before have gone. */
async function untilRenderersExit(): Promise<void> {
  for (let i = 0; i < 80 && ourRenderers().size > 1; i++) await new Promise((r) => setTimeout(r, 250));
}

async function withPage<T>(browser: Browser, url: string, work: (page: Page) => Promise<T>): Promise<T> {
  await untilRenderersExit();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: INIT_SCRIPT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await work(page);
  } finally {
    await context.close();
  }
}

/** Gray-code order: each step flips one year box and no set of years comes twice (nor "none"). */
function grayCodeFlips(boxes: number, count: number): number[] {
  const flips: number[] = [];
  for (let i = 1; i < 2 ** boxes && flips.length < count; i++)
    flips.push(Math.log2(i ^ (i >> 1) ^ ((i - 1) ^ ((i - 1) >> 1))));
  return flips;
}

// ---------------------------------------------------------------- the runs

/** A filter change on the shipped data: its time, and whether DuckDB answered it (else the build's results). */
interface ShippedChange {
  ms: number;
  byEngine: boolean;
}

/** One cold load of a page in a fresh context: its marks and its tab's memory. */
interface Load {
  chartVisible?: number;
  figuresVisible?: number;
  liveChart?: number;
  engineStart?: number;
  engineReady?: number;
  dataLoaded?: number;
  duckdbReady?: number;
  rendererMb: number;
  jsHeapMb: number;
}

/** Waits for the marks `want` and reads every mark of the page that is there. */
async function loadMarks(page: Page, want: string[]): Promise<Omit<Load, 'rendererMb' | 'jsHeapMb'>> {
  await page.waitForFunction((names) => names.every((n) => performance.getEntriesByName(n).length > 0), want, {
    timeout: TIMEOUT,
  });
  const marks = await page.evaluate(
    (names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime])),
    [
      CHART_VISIBLE,
      FIGURES_VISIBLE,
      MARKS.firstChart,
      MARKS.engineStart,
      MARKS.engineReady,
      MARKS.dataLoaded,
      MARKS.duckdbReady,
    ],
  );
  return {
    chartVisible: marks[CHART_VISIBLE],
    figuresVisible: marks[FIGURES_VISIBLE],
    liveChart: marks[MARKS.firstChart],
    engineStart: marks[MARKS.engineStart],
    engineReady: marks[MARKS.engineReady],
    dataLoaded: marks[MARKS.dataLoaded],
    duckdbReady: marks[MARKS.duckdbReady],
  };
}

type Kind = 'app' | 'sql' | 'agency' | 'svg' | 'echarts' | 'duckdb';
const PAGES: Record<Kind, { url: string; want: string[]; settle?: number }> = {
  // The reader's Overview starts no engine: its tab is measured once its live charts are drawn
  // and the page has idled (the one-filter results and the check for kept reports are in).
  app: { url: BASE, want: [CHART_VISIBLE, MARKS.firstChart], settle: READER_SETTLE_MS },
  // DuckDB ready where a reader needs it: a view that works on the tables starts it as it opens.
  sql: { url: `${BASE}?view=sql`, want: [MARKS.duckdbReady] },
  agency: { url: BASE + AGENCY_LINK, want: [FIGURES_VISIBLE] },
  svg: { url: BASE + FLOOR_PAGES.svg, want: [CHART_VISIBLE] },
  echarts: { url: BASE + FLOOR_PAGES.echarts, want: [CHART_VISIBLE] },
  duckdb: { url: BASE + FLOOR_PAGES.duckdb, want: [MARKS.duckdbReady] },
};

async function browserBenchmarks(partition: ReturnType<typeof partitionDataset>) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // The app and its three floors, interleaved: run i loads each once, in a rotated order, so a
    // burst of load on the shared machine falls on all of them alike.
    const cold: Record<Kind, Load[]> = { app: [], sql: [], agency: [], svg: [], echarts: [], duckdb: [] };
    const warm: Record<'sql' | 'duckdb', Load[]> = { sql: [], duckdb: [] };
    const kinds = Object.keys(PAGES) as Kind[];
    for (let i = 0; i < RUNS; i++) {
      for (const kind of [...kinds.slice(i % kinds.length), ...kinds.slice(0, i % kinds.length)]) {
        const { url, want, settle = 0 } = PAGES[kind];
        cold[kind].push(
          await withPage(browser, url, async (page) => {
            const marks = await loadMarks(page, want);
            await page.waitForTimeout(settle);
            return { ...marks, ...(await tabMemory(page)) };
          }),
        );
      }
      // Warm: the same context loads the page a second time (HTTP cache, V8's code cache for the
      // wasm, which Chromium writes once the module's optimized code is ready: hence the pause).
      for (const kind of ['sql', 'duckdb'] as const) {
        const { url, want } = PAGES[kind];
        warm[kind].push(
          await withPage(browser, url, async (page) => {
            await loadMarks(page, want);
            await page.waitForTimeout(WARM_PAUSE_MS);
            await page.goto(url);
            return { ...(await loadMarks(page, want)), ...(await tabMemory(page)) };
          }),
        );
      }
      log(
        `run ${i + 1}/${RUNS}: app chart ${cold.app[i].chartVisible?.toFixed(0)} ms (SVG floor ${cold.svg[i].chartVisible?.toFixed(0)}), ` +
          `reader tab ${cold.app[i].rendererMb.toFixed(0)} MB, ` +
          `DuckDB ready ${cold.sql[i].duckdbReady?.toFixed(0)} ms (floor ${cold.duckdb[i].duckdbReady?.toFixed(0)}), ` +
          `warm ${warm.sql[i].duckdbReady?.toFixed(0)} ms (floor ${warm.duckdb[i].duckdbReady?.toFixed(0)})`,
      );
    }

    const shippedChanges = await withPage(browser, BASE, async (page) => {
      await loadMarks(page, PAGES.app.want);
      // Filters beyond the build's results need the engine: started as a reader would, then timed once ready.
      await page.locator('[data-dataset-phase="standby"] button').click();
      await page.locator('[data-dataset-phase="ready"]').waitFor({ timeout: TIMEOUT });
      const boxes = await page.locator('.filter-years input[type="checkbox"]').count();
      const statements = () =>
        page.evaluate(() => (globalThis as unknown as { duckdbStatements: number }).duckdbStatements);
      const changes: ShippedChange[] = [];
      for (const box of grayCodeFlips(boxes, CHANGES)) {
        const before = await statements();
        const ms = await untilChartsRepaint(page, 'click', box, 5);
        changes.push({ ms, byEngine: (await statements()) > before });
      }
      return changes;
    });
    log(
      `filter changes on the shipped data: ${shippedChanges.length}, ${shippedChanges.filter((c) => c.byEngine).length} answered by DuckDB`,
    );

    const url = `${BASE}?dataset=${PARTITION_FOLDER}&region=${encodeURIComponent(partition.province)}&year=${partition.year}`;
    const province: { load: number; ready: number; compare: number; rendererMb: number; jsHeapMb: number }[] = [];
    let provinceChanges: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      province.push(
        await withPage(browser, url, async (page) => {
          const marks = await loadMarks(page, [MARKS.firstChart, MARKS.duckdbReady]);
          // The link's results (the dataset's result file) paint the first chart; the partition is
          // fetched while the engine starts and inserted before the views are computed.
          const compare = await untilChartsRepaint(page, 'nav', 'compare', 1);
          const memory = await tabMemory(page);
          if (i === 0) {
            await page.locator('nav a').first().click();
            await page.locator('[data-testid="chart-canvas"][data-painted-at]').first().waitFor({ timeout: TIMEOUT });
            const regions = await page.$$eval(
              'select option',
              (options, province) =>
                options.map((o) => (o as HTMLOptionElement).value).filter((v) => v.startsWith(`${province}/`)),
              partition.province,
            );
            for (const region of regions.slice(0, CHANGES))
              provinceChanges.push(await untilChartsRepaint(page, 'region', region, 5));
          }
          return {
            load: marks.liveChart!,
            ready: marks.duckdbReady!,
            compare,
            ...memory,
          };
        }),
      );
      log(
        `province run ${i + 1}/${RUNS}: chart ${province[i].load.toFixed(0)} ms, ready ${province[i].ready.toFixed(0)} ms, Compare ${province[i].compare.toFixed(0)} ms, renderer ${province[i].rendererMb.toFixed(0)} MB`,
      );
    }
    provinceChanges = provinceChanges.slice(0, CHANGES);
    return { cold, warm, shippedChanges, province, provinceChanges };
  } finally {
    await browser.close();
  }
}

interface NodeResults {
  date: string;
  parse: { label: string; reportsPerCpuSecond: number; pagesPerCpuSecond?: number }[];
  ingest: { reportsPerSecond: number; reportsPerCpuSecond: number; peakRssMb: number };
}

function nodeBenchmarks(): Omit<NodeResults, 'date'> {
  mkdirSync(OUT, { recursive: true });
  const parseJson = join(OUT, 'parse.json');
  const ingestJson = join(OUT, 'ingest.json');
  log('parse benchmark …');
  sh('npx', ['tsx', 'scripts/bench-parse.ts', '1', '--json', parseJson]);
  log('ingest benchmark (2,000 synthetic reports) …');
  sh('npx', ['tsx', 'scripts/bench-ingest.ts', '--count', '2000', '--json', ingestJson]);
  return {
    parse: JSON.parse(readFileSync(parseJson, 'utf8')) as {
      label: string;
      reportsPerCpuSecond: number;
      pagesPerCpuSecond?: number;
    }[],
    ingest: JSON.parse(readFileSync(ingestJson, 'utf8')) as {
      reportsPerSecond: number;
      reportsPerCpuSecond: number;
      peakRssMb: number;
    },
  };
}

// ---------------------------------------------------------------- main

if (!values['skip-build']) sh('npx', ['vite', 'build', '--configLoader', 'runner']);
await writeFloorPages(DIST);
const js = shippedJs();
const partition = partitionDataset();
const stop = await startServer();
let browserResults: Awaited<ReturnType<typeof browserBenchmarks>>;
try {
  browserResults = await browserBenchmarks(partition);
} finally {
  stop();
}
// With --skip-node the parse and ingest rates of the previous run are kept, with that run's date.
const previous = existsSync(join(OUT, 'results.json'))
  ? (JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8')) as { node?: NodeResults | null })
  : null;
const node: NodeResults | null = values['skip-node']
  ? (previous?.node ?? null)
  : { date: new Date().toISOString(), ...nodeBenchmarks() };

const { cold, warm, shippedChanges, province, provinceChanges } = browserResults;
const kb = (bytes: number) => bytes / 1024;
const of = (loads: Load[], key: keyof Load) => stat(loads.map((l) => l[key]!));
const firstChart = of(cold.app, 'chartVisible');
const svgFloor = of(cold.svg, 'chartVisible');
const echartsFloor = of(cold.echarts, 'chartVisible');
const ready = of(cold.sql, 'duckdbReady');
const engineFloor = of(cold.duckdb, 'duckdbReady');
const warmReady = of(warm.sql, 'duckdbReady');
const warmFloor = of(warm.duckdb, 'duckdbReady');
const readerMemory = of(cold.app, 'rendererMb');
const shipped = stat(shippedChanges.map((c) => c.ms));
const changesBy = (byEngine: boolean) => {
  const ms = shippedChanges.filter((c) => c.byEngine === byEngine).map((c) => c.ms);
  return ms.length ? stat(ms) : null;
};
const provinceFilter = stat(provinceChanges);
const load = stat(province.map((p) => p.load));
const renderer = stat(province.map((p) => p.rendererMb));
const parseRate = (label: string) => node?.parse.find((r) => r.label === label);
const atLeast = (v: number | undefined, target: number) => (v === undefined ? null : v >= target);
const ratio = (value: Stat, floor: Stat, name: string) => ({
  floor: name,
  floorMedian: floor.median,
  ratio: value.median / floor.median,
});

const summary: SummaryRow[] = [
  {
    measure: 'first chart on screen, cold',
    value: firstChart,
    unit: 'ms',
    ...ratio(firstChart, svgFloor, 'inline-SVG page'),
    target: '≤ 1.25× floor',
    met: firstChart.median / svgFloor.median <= 1.25,
  },
  { measure: '  floor: one inline SVG chart in plain HTML', value: svgFloor, unit: 'ms', target: '', met: null },
  {
    measure: '  floor: the same chart drawn by ECharts alone',
    value: echartsFloor,
    unit: 'ms',
    ...ratio(echartsFloor, svgFloor, 'inline-SVG page'),
    target: '',
    met: null,
  },
  {
    measure: '  live chart drawn (ECharts in the app)',
    value: of(cold.app, 'liveChart'),
    unit: 'ms',
    target: '',
    met: null,
  },
  {
    measure: 'DuckDB ready, SQL workbench link (data loaded, views built), cold',
    value: ready,
    unit: 'ms',
    ...ratio(ready, engineFloor, 'bare engine'),
    target: '≤ 1.15× floor',
    met: ready.median / engineFloor.median <= 1.15,
  },
  { measure: '  floor: a page that only starts duckdb-wasm', value: engineFloor, unit: 'ms', target: '', met: null },
  {
    measure: '  floor: its engine start begins',
    value: of(cold.duckdb, 'engineStart'),
    unit: 'ms',
    target: '',
    met: null,
  },
  {
    measure: '  SQL workbench: its engine start begins',
    value: of(cold.sql, 'engineStart'),
    unit: 'ms',
    target: '',
    met: null,
  },
  {
    measure: '  SQL workbench: engine started (wasm instantiated, database open)',
    value: of(cold.sql, 'engineReady'),
    unit: 'ms',
    target: '',
    met: null,
  },
  {
    measure: '  SQL workbench: data loaded (tables filled or the database file opened)',
    value: of(cold.sql, 'dataLoaded'),
    unit: 'ms',
    target: '',
    met: null,
  },
  {
    measure: 'agency profile link → its key figures on screen, cold',
    value: of(cold.agency, 'figuresVisible'),
    unit: 'ms',
    ...ratio(of(cold.agency, 'figuresVisible'), svgFloor, 'inline-SVG page'),
    target: '',
    met: null,
  },
  {
    measure: 'DuckDB ready, warm (second load, same browser)',
    value: warmReady,
    unit: 'ms',
    ...ratio(warmReady, warmFloor, 'bare engine, warm'),
    target: '',
    met: null,
  },
  { measure: '  floor: bare engine, warm', value: warmFloor, unit: 'ms', target: '', met: null },
  {
    measure: 'JS before DuckDB starts, gzip',
    value: kb(js.beforeDuckdb.gzip),
    unit: 'KB',
    target: '≤ 250',
    met: kb(js.beforeDuckdb.gzip) <= 250,
  },
  {
    measure: 'JS for the live charts (with ECharts), gzip',
    value: kb(js.firstChart.gzip),
    unit: 'KB',
    target: '',
    met: null,
  },
  {
    measure: 'filter → all charts, shipped data',
    value: shipped,
    unit: 'ms',
    target: '≤ 50 (p95)',
    met: shipped.p95 <= 50,
  },
  // The Gray-code changes reach runs of neighbouring years, which the build answers, now and then.
  { measure: '  answered by the build', value: changesBy(false), unit: 'ms', target: '', met: null },
  { measure: '  answered by DuckDB', value: changesBy(true), unit: 'ms', target: '', met: null },
  {
    measure: 'reader tab, Overview, shipped data (renderer RSS)',
    value: readerMemory,
    unit: 'MB',
    floor: 'bare engine',
    floorMedian: of(cold.duckdb, 'rendererMb').median,
    ratio: readerMemory.median / of(cold.duckdb, 'rendererMb').median,
    target: '≤ 300',
    met: readerMemory.median <= 300,
  },
  {
    measure: '  of which the JS heap (main thread)',
    value: of(cold.app, 'jsHeapMb'),
    unit: 'MB',
    target: '',
    met: null,
  },
  {
    measure: '  floor: inline-SVG page (renderer RSS)',
    value: of(cold.svg, 'rendererMb'),
    unit: 'MB',
    target: '',
    met: null,
  },
  {
    measure: '  floor: bare engine (renderer RSS)',
    value: of(cold.duckdb, 'rendererMb'),
    unit: 'MB',
    target: '',
    met: null,
  },
  {
    measure: `partition ${partition.province} ${partition.year} (${partition.reports} reports): page → first chart`,
    value: load,
    unit: 'ms',
    target: '≤ 3,000',
    met: load.median <= 3000,
  },
  {
    measure: '  page → DuckDB ready (partition loaded, views built)',
    value: stat(province.map((p) => p.ready)),
    unit: 'ms',
    target: '',
    met: null,
  },
  {
    measure: '  Compare view, all charts',
    value: stat(province.map((p) => p.compare)),
    unit: 'ms',
    target: '',
    met: null,
  },
  {
    measure: '  filter → all charts (regions)',
    value: provinceFilter,
    unit: 'ms',
    target: '≤ 250 (p95)',
    met: provinceFilter.p95 <= 250,
  },
  { measure: '  tab memory (renderer RSS)', value: renderer, unit: 'MB', target: '≤ 300', met: renderer.median <= 300 },
  {
    measure: '  JS heap (main thread)',
    value: stat(province.map((p) => p.jsHeapMb)),
    unit: 'MB',
    target: '',
    met: null,
  },
];
if (node) {
  const text = parseRate('text')?.reportsPerCpuSecond;
  const html = parseRate('010.html (saved page)')?.reportsPerCpuSecond;
  const pdf = parseRate('pdf')?.pagesPerCpuSecond;
  summary.push(
    {
      measure: 'parse text, per CPU second',
      value: text ?? null,
      unit: 'reports/s',
      target: '≥ 1,000',
      met: atLeast(text, 1000),
    },
    {
      measure: 'parse 106 KB HTML page, per CPU second',
      value: html ?? null,
      unit: 'reports/s',
      target: '≥ 1,000',
      met: atLeast(html, 1000),
    },
    {
      measure: 'parse PDF, per CPU second',
      value: pdf ?? null,
      unit: 'pages/s',
      target: '≥ 50',
      met: atLeast(pdf, 50),
    },
    {
      measure: 'ingest (2,000 reports), wall',
      value: node.ingest.reportsPerSecond,
      unit: 'reports/s',
      target: '',
      met: null,
    },
    {
      measure: 'ingest, per CPU second',
      value: node.ingest.reportsPerCpuSecond,
      unit: 'reports/s',
      target: '',
      met: null,
    },
  );
}

const context = `Chromium ${CHROMIUM_PATH}, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}; ${RUNS} runs, app and floors interleaved; partition ${partition.reports} reports, ${partition.cells} cells${node && values['skip-node'] ? `; parse and ingest from ${node.date}` : ''}`;
console.log(`\n${context}\n`);
const table = summaryTable(summary);
const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
for (const r of table)
  console.log(
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );

mkdirSync(OUT, { recursive: true });
writeFileSync(
  join(OUT, 'results.json'),
  JSON.stringify({ date: new Date().toISOString(), context, js, partition, ...browserResults, node, summary }, null, 2),
);
console.log(`\nwritten: ${join(OUT, 'results.json')} (npm run bench:readme puts its table into README.md)`);
