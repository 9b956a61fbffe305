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
 *    changes on the shipped data (year boxes, in Gray-code order so no state repeats and none is
 *    answered from the cache) and on one synthetic province-year partition (regions);
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
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

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

const sh = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
const log = (text: string) => process.stderr.write(`${text}\n`);

// ---------------------------------------------------------------- statistics

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
}

interface Stat {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
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
    synthetic?: boolean;
    partitions: { province: string; year: number; files: { table: string; rows: number }[] }[];
  };
  if (!manifest.synthetic)
    throw new Error(`${dir} is not a synthetic dataset: the bench never loads real data as a stand-in`);
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

async function markTimes(page: Page): Promise<{ firstChart: number; engineReady: number; duckdbReady: number }> {
  await page.waitForFunction(
    (m) =>
      performance.getEntriesByName(m.firstChart).length > 0 && performance.getEntriesByName(m.duckdbReady).length > 0,
    MARKS,
    { timeout: TIMEOUT },
  );
  return page.evaluate((m) => {
    const at = (name: string) => performance.getEntriesByName(name)[0].startTime;
    return { firstChart: at(m.firstChart), engineReady: at(m.engineReady), duckdbReady: at(m.duckdbReady) };
  }, MARKS);
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

/** Memory of the tab: its renderer processes (children of this script's Chromium) and its JS heap. */
async function tabMemory(page: Page): Promise<{ rendererMb: number; jsHeapMb: number }> {
  const cdp = await page.context().newCDPSession(page);
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
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
  let rssKb = 0;
  for (const pid of renderers.filter(ours)) {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    rssKb += m ? Number(m[1]) : 0;
  }
  return { rendererMb: rssKb / 1024, jsHeapMb: usedSize / 2 ** 20 };
}

async function withPage<T>(browser: Browser, url: string, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // tsx names inner functions with a __name helper, which the page's copies of them then call.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
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

async function browserBenchmarks(partition: ReturnType<typeof partitionDataset>) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const cold: { firstChart: number; engineReady: number; duckdbReady: number; rendererMb: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      cold.push(
        await withPage(browser, BASE, async (page) => ({ ...(await markTimes(page)), ...(await tabMemory(page)) })),
      );
      log(
        `cold load ${i + 1}/${RUNS}: first chart ${cold[i].firstChart.toFixed(0)} ms, DuckDB ready ${cold[i].duckdbReady.toFixed(0)} ms`,
      );
    }

    const shippedChanges = await withPage(browser, BASE, async (page) => {
      await markTimes(page);
      const boxes = await page.locator('.filter-years input[type="checkbox"]').count();
      const times: number[] = [];
      for (const box of grayCodeFlips(boxes, CHANGES)) times.push(await untilChartsRepaint(page, 'click', box, 5));
      return times;
    });
    log(`filter changes on the shipped data: ${shippedChanges.length}`);

    const url = `${BASE}?dataset=${PARTITION_FOLDER}&region=${encodeURIComponent(partition.province)}&year=${partition.year}`;
    const province: { load: number; partition: number; compare: number; rendererMb: number; jsHeapMb: number }[] = [];
    let provinceChanges: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      province.push(
        await withPage(browser, url, async (page) => {
          const marks = await markTimes(page);
          // The first chart of a partitioned dataset needs its partition: ready → chart is the partition's load.
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
          return { load: marks.firstChart, partition: marks.firstChart - marks.duckdbReady, compare, ...memory };
        }),
      );
      log(
        `province run ${i + 1}/${RUNS}: partition ${province[i].partition.toFixed(0)} ms, Compare ${province[i].compare.toFixed(0)} ms, renderer ${province[i].rendererMb.toFixed(0)} MB`,
      );
    }
    provinceChanges = provinceChanges.slice(0, CHANGES);
    return { cold, shippedChanges, province, provinceChanges };
  } finally {
    await browser.close();
  }
}

function nodeBenchmarks() {
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
const js = shippedJs();
const partition = partitionDataset();
const stop = await startServer();
let browserResults: Awaited<ReturnType<typeof browserBenchmarks>>;
try {
  browserResults = await browserBenchmarks(partition);
} finally {
  stop();
}
const node = values['skip-node'] ? null : nodeBenchmarks();

const { cold, shippedChanges, province, provinceChanges } = browserResults;
const kb = (bytes: number) => bytes / 1024;
type Row = [what: string, value: Stat | number | null, unit: string, target: string, met: boolean | null];
const firstChart = stat(cold.map((c) => c.firstChart));
const ready = stat(cold.map((c) => c.duckdbReady));
const engine = stat(cold.map((c) => c.engineReady));
const shippedMemory = stat(cold.map((c) => c.rendererMb));
const shipped = stat(shippedChanges);
const provinceFilter = stat(provinceChanges);
const load = stat(province.map((p) => p.load));
const partitionLoad = stat(province.map((p) => p.partition));
const compare = stat(province.map((p) => p.compare));
const renderer = stat(province.map((p) => p.rendererMb));
const heap = stat(province.map((p) => p.jsHeapMb));
const parseRate = (label: string) => node?.parse.find((r) => r.label === label);
const rows: Row[] = [
  ['first chart painted, cold', firstChart, 'ms', '≤ 400 (median)', firstChart.median <= 400],
  ['DuckDB ready, cold', ready, 'ms', '≤ 1,500 (median)', ready.median <= 1500],
  ['  of which the engine started (wasm instantiated)', engine, 'ms', '', null],
  ['JS before DuckDB starts, gzip', kb(js.beforeDuckdb.gzip), 'KB', '≤ 250', kb(js.beforeDuckdb.gzip) <= 250],
  ['JS before DuckDB starts, brotli', kb(js.beforeDuckdb.brotli), 'KB', '', null],
  ['JS for the first chart, gzip', kb(js.firstChart.gzip), 'KB', '', null],
  ['JS for the first chart, brotli', kb(js.firstChart.brotli), 'KB', '', null],
  ['filter → all charts, shipped data', shipped, 'ms', '≤ 50 (p95)', shipped.p95 <= 50],
  ['tab memory with the shipped data (renderer RSS)', shippedMemory, 'MB', '', null],
  [`partition ${partition.province} ${partition.year}: page → first chart`, load, 'ms', '', null],
  ['  of which partition load (DuckDB ready → chart)', partitionLoad, 'ms', '', null],
  ['  Compare view, all charts', compare, 'ms', '', null],
  ['  filter → all charts (regions)', provinceFilter, 'ms', '≤ 250 (p95)', provinceFilter.p95 <= 250],
  ['  tab memory (renderer RSS)', renderer, 'MB', '≤ 300', renderer.median <= 300],
  ['  JS heap (main thread)', heap, 'MB', '', null],
];
if (node) {
  const ok = (v: number | undefined, target: number) => (v === undefined ? null : v >= target);
  rows.push(
    [
      'parse text, per CPU second',
      parseRate('text')?.reportsPerCpuSecond ?? null,
      'reports/s',
      '≥ 1,000',
      ok(parseRate('text')?.reportsPerCpuSecond, 1000),
    ],
    [
      'parse 106 KB HTML page, per CPU second',
      parseRate('010.html (saved page)')?.reportsPerCpuSecond ?? null,
      'reports/s',
      '≥ 1,000',
      ok(parseRate('010.html (saved page)')?.reportsPerCpuSecond, 1000),
    ],
    [
      'parse PDF, per CPU second',
      parseRate('pdf')?.pagesPerCpuSecond ?? null,
      'pages/s',
      '≥ 50',
      ok(parseRate('pdf')?.pagesPerCpuSecond, 50),
    ],
    ['ingest (2,000 reports), wall', node.ingest.reportsPerSecond, 'reports/s', '', null],
    ['ingest, per CPU second', node.ingest.reportsPerCpuSecond, 'reports/s', '', null],
  );
}

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const cell = (v: Stat | number | null) =>
  v === null
    ? '—'
    : typeof v === 'number'
      ? fmt(v)
      : `${fmt(v.median)} (p95 ${fmt(v.p95)}, ${fmt(v.min)}–${fmt(v.max)}, n=${v.n})`;
const table = [
  ['measure', 'median (p95, range, n) / value', 'unit', 'target', ''],
  ...rows.map(([what, value, unit, target, met]) => [
    what,
    cell(value),
    unit,
    target,
    met === null ? '' : met ? 'met' : 'NOT MET',
  ]),
];
const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
const context = `Chromium ${CHROMIUM_PATH}, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}; partition ${partition.reports} reports, ${partition.cells} cells`;
console.log(`\n${context}\n`);
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
  JSON.stringify(
    { date: new Date().toISOString(), context, js, partition, ...browserResults, node, summary: rows },
    null,
    2,
  ),
);
console.log(`\nwritten: ${join(OUT, 'results.json')}`);
