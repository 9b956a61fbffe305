/**
 * The first view, prerendered: at build time the Overview's own queries (for the default URL) run
 * with @duckdb/node-api over the published Parquet (views computed into tables, as in the page),
 * and their results become the module
 * `virtual:prerendered`, which the app puts into its query cache before the first render; the page
 * itself is rendered with them into index.html (src/prerenderPage.tsx), charts as inline SVG. The
 * results of each single year, each run of neighbouring years and each region are a second module,
 * loaded after the first paint; the lists a reader opens with no filter (the agency picker's, About's
 * sources) a third; each agency's profile and each region's single years one chunk per agency and
 * per region.
 * The same SQL text runs in the browser's duckdb-wasm later; prerender.test.ts checks both give the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { type Engine, openNodeEngine } from '../dataset/engines';
import type { NamedQuery } from '../db/filters';
import type { Prerendered, PrerenderedQuery } from '../db/prerendered';
import { AGENCY_NAMES } from '../queries/agencyNames';
import { type AgencyOption, overviewQueries } from '../queries/overview';
import { DEFAULT_URL_STATE, type UrlState } from '../url/state';
import { ABOUT_SOURCES } from '../views/about/queries';
import { AGENCY_QUERIES } from '../views/agency/queries';
import { regionOptions } from '../views/overview/shape';

/** The queries of the default view (the Overview with no filter), and its agency search's list. */
export function defaultViewQueries(): NamedQuery[] {
  return [...Object.values(overviewQueries(DEFAULT_URL_STATE)), AGENCY_NAMES];
}

/** The lists a reader opens with no filter and no agency: the agency picker's and About's sources. */
export function listQueries(): NamedQuery[] {
  return [AGENCY_QUERIES.list(), ABOUT_SOURCES];
}

/**
 * The Overview's states of one filter, those a reader (often on a phone) tries first, from the
 * default view's own option lists: each single year, each run of neighbouring year boxes (a year
 * ticked, then the next: n(n-1)/2 runs, 28 for eight years; any other set of years is left to the
 * engine, as 2^n sets would not stay small) and each region.
 */
export function oneFilterStates(defaults: Prerendered): UrlState[] {
  const years = yearChoices(defaults);
  const runs = years.flatMap((_, from) => years.map((_, to) => years.slice(from, to + 1)).slice(from));
  const regions = regionChoices(DEFAULT_URL_STATE, defaults);
  return [
    ...runs.map((run) => ({ ...DEFAULT_URL_STATE, years: run })),
    ...regions.map((region) => ({ ...DEFAULT_URL_STATE, region })),
  ];
}

/** The year boxes of the default Overview, from its option list among `results`. */
function yearChoices(results: Prerendered): number[] {
  const { years } = overviewQueries(DEFAULT_URL_STATE);
  return (results.queries.find((r) => r.name === years.name)?.result.rows ?? []).map((r) => Number(r.year));
}

/** The region choice's options on the Overview of `state`, from that state's agency list among `results`. */
export function regionChoices(state: UrlState, results: Prerendered): string[] {
  const { agencies } = overviewQueries(state);
  const rows = results.queries.find((q) => q.name === agencies.name)?.result.rows ?? [];
  return regionOptions(rows as unknown as AgencyOption[]).map((r) => r.value);
}

/** `queries` without those that `done` already answers (the same name and parameters). */
export function notAnswered(queries: readonly NamedQuery[], done: Prerendered): NamedQuery[] {
  const known = new Set(done.queries.map((q) => JSON.stringify([q.name, q.params])));
  return queries.filter((q) => !known.has(JSON.stringify([q.name, q.params])));
}

/** Runs each query once on `engine` (a query shared by several states, like an option list, is not repeated). */
export async function runEach(engine: Engine, queries: readonly NamedQuery[]): Promise<PrerenderedQuery[]> {
  const results: PrerenderedQuery[] = [];
  const seen = new Set<string>();
  for (const q of queries) {
    const key = JSON.stringify([q.name, q.params]);
    if (seen.has(key)) continue;
    seen.add(key);
    results.push({ name: q.name, params: q.params, result: await engine.rows(q.sql, q.params) });
  }
  return results;
}

/** The version manifest.json names for the dataset of `dataDir`. */
export const dataVersion = (dataDir: string) =>
  (JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { version: string }).version;

/** The results of `queries` over the published data, with its version. */
export async function prerender(dataDir: string, queries = defaultViewQueries()): Promise<Prerendered> {
  const engine = await openNodeEngine(dataDir);
  try {
    return { version: dataVersion(dataDir), queries: await runEach(engine, queries) };
  } finally {
    engine.close();
  }
}

/** The Overview's results for every one-filter state (oneFilterStates), minus the default view's own. */
export async function prerenderOneFilter(dataDir: string, defaults: Prerendered): Promise<Prerendered> {
  const queries = oneFilterStates(defaults).flatMap((state) => Object.values(overviewQueries(state)));
  return prerender(dataDir, notAnswered(queries, defaults));
}

/**
 * Every agency's profile (the pages people land on from shared links), agency id → results: the
 * agency list, the agency's own queries and each of its reports' cells and findings.
 */
export async function prerenderAgencies(dataDir: string): Promise<Record<string, Prerendered>> {
  const version = dataVersion(dataDir);
  const engine = await openNodeEngine(dataDir);
  try {
    const [list] = await runEach(engine, [AGENCY_QUERIES.list()]);
    const profiles: Record<string, Prerendered> = {};
    for (const { agency_id: id } of list.result.rows as { agency_id: string }[]) {
      const own = await runEach(engine, [
        AGENCY_QUERIES.info(id),
        AGENCY_QUERIES.reports(id),
        AGENCY_QUERIES.figures(id),
        AGENCY_QUERIES.carryOver(id),
      ]);
      const reportIds = (own[1].result.rows as { report_id: string }[]).map((r) => r.report_id);
      const ofReports = await runEach(
        engine,
        reportIds.flatMap((r) => [AGENCY_QUERIES.cells(r), AGENCY_QUERIES.findings(r)]),
      );
      profiles[id] = { version, queries: [list, ...own, ...ofReports] };
    }
    return profiles;
  } finally {
    engine.close();
  }
}

/**
 * Each region's Overview for each single year (a region chosen, then a year: the next filter a
 * reader adds), region → results, minus what the default view already answers. One chunk per
 * region, fetched once the region is chosen.
 */
export async function prerenderRegions(dataDir: string, defaults: Prerendered): Promise<Record<string, Prerendered>> {
  const version = dataVersion(dataDir);
  const years = yearChoices(defaults);
  const engine = await openNodeEngine(dataDir);
  try {
    const regions: Record<string, Prerendered> = {};
    for (const region of regionChoices(DEFAULT_URL_STATE, defaults)) {
      const queries = years.flatMap((year) =>
        Object.values(overviewQueries({ ...DEFAULT_URL_STATE, region, years: [year] })),
      );
      regions[region] = { version, queries: await runEach(engine, notAnswered(queries, defaults)) };
    }
    return regions;
  } finally {
    engine.close();
  }
}

const MODULE_ID = 'virtual:prerendered';
/** The one-filter results: a module of its own, so a chunk of its own that the page loads after its first paint. */
const ONE_FILTER_ID = 'virtual:prerendered-one-filter';
/** The lists (listQueries): a chunk of their own too, fetched at once on a link to them, else after the first paint. */
const LISTS_ID = 'virtual:prerendered-lists';
const ROOT_ELEMENT = '<div id="root"></div>';

/** The source of the module `virtual:prerendered` (and of the one-filter module). */
export function prerenderedModule(data: Prerendered): string {
  return `export default ${JSON.stringify(data)};`;
}

/**
 * Results kept in one chunk per key, fetched when the page needs that key's: an index module
 * (key → loader) and, under its prefix, one module per key, named by the key's position (a region's
 * name has slashes and CJK).
 */
interface KeyedResults {
  prefix: string;
  results: () => Promise<Record<string, Prerendered>>;
}

/** The index module: `export default { "key": () => import('<prefix><i>'), … }`. */
function keyedIndexModule(prefix: string, keys: readonly string[]): string {
  const entries = keys.map((key, i) => `${JSON.stringify(key)}: () => import(${JSON.stringify(prefix + i)})`);
  return `export default {${entries.join(',\n')}};`;
}

/**
 * `import prerendered from 'virtual:prerendered'` gives `results` (computed once per build or
 * server); `virtual:prerendered-one-filter` gives the one-filter states' results,
 * `virtual:prerendered-lists` the lists', and `keyed` index modules the loaders of each key's
 * results (`virtual:prerendered-agencies`: each agency's profile; `virtual:prerendered-regions`:
 * each region's single years).
 */
function prerenderedModules(
  results: () => Promise<Prerendered>,
  oneFilter: () => Promise<Prerendered>,
  lists: () => Promise<Prerendered>,
  keyed: Record<string, KeyedResults>,
): Plugin {
  const modules: Record<string, () => Promise<Prerendered>> = {
    [MODULE_ID]: results,
    [ONE_FILTER_ID]: oneFilter,
    [LISTS_ID]: lists,
  };
  const keyedBy = (id: string) => Object.values(keyed).find((k) => id.startsWith(k.prefix));
  return {
    name: 'disclosure-atlas:prerender',
    resolveId: (id) => (id in modules || id in keyed || keyedBy(id) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith('\0')) return undefined;
      const name = id.slice(1);
      if (name in keyed) return keyedIndexModule(keyed[name].prefix, Object.keys(await keyed[name].results()));
      const chunk = keyedBy(name);
      if (chunk) {
        const results = Object.values(await chunk.results())[Number(name.slice(chunk.prefix.length))];
        if (!results) throw new Error(`${name}: no such key in the published data`);
        return prerenderedModule(results);
      }
      return name in modules ? prerenderedModule(await modules[name]()) : undefined;
    },
  };
}

/**
 * The default view rendered to HTML (src/prerenderPage.tsx, run in Node through a Vite server of
 * its own so that it sees the same modules as the app) with the same prerendered results.
 */
async function renderFirstView(root: string, prerendered: Plugin): Promise<string> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    plugins: [react(), prerendered],
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const page = (await server.ssrLoadModule('/src/prerenderPage.tsx')) as typeof import('../prerenderPage');
    return page.renderFirstView();
  } finally {
    await server.close();
  }
}

/**
 * Vite plugin: the module `virtual:prerendered` (prerender(dataDir)), and in a build the default
 * view's HTML, charts as inline SVG, inside index.html's root element.
 */
export function prerenderPlugin(dataDir: string): Plugin[] {
  let computed: Promise<Prerendered> | null = null;
  let oneFilterComputed: Promise<Prerendered> | null = null;
  const results = () => (computed ??= prerender(dataDir));
  const oneFilter = () => (oneFilterComputed ??= results().then((defaults) => prerenderOneFilter(dataDir, defaults)));
  let listsComputed: Promise<Prerendered> | null = null;
  const lists = () => (listsComputed ??= prerender(dataDir, listQueries()));
  let agenciesComputed: Promise<Record<string, Prerendered>> | null = null;
  const agencies = () => (agenciesComputed ??= prerenderAgencies(dataDir));
  let regionsComputed: Promise<Record<string, Prerendered>> | null = null;
  const regions = () => (regionsComputed ??= results().then((defaults) => prerenderRegions(dataDir, defaults)));
  let root = process.cwd();
  const prerendered = prerenderedModules(results, oneFilter, lists, {
    'virtual:prerendered-agencies': { prefix: 'virtual:prerendered-agency/profile-', results: agencies },
    'virtual:prerendered-regions': { prefix: 'virtual:prerendered-region/region-', results: regions },
  });
  return [
    prerendered,
    {
      name: 'disclosure-atlas:prerender-page',
      apply: 'build',
      configResolved(config) {
        root = config.root;
      },
      transformIndexHtml: {
        order: 'pre',
        async handler(html) {
          if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} to render into`);
          return html.replace(ROOT_ELEMENT, `<div id="root">${await renderFirstView(root, prerendered)}</div>`);
        },
      },
    },
  ];
}
