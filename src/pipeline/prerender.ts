/**
 * The first view, prerendered: at build time the Overview's own queries (for the default URL) run
 * with @duckdb/node-api over the published Parquet (views computed into tables, as in the page),
 * and their results become the module `virtual:prerendered`, which the app puts into its query
 * cache before the first render. The same SQL text runs in the browser's duckdb-wasm later;
 * prerender.test.ts checks that what the page reads from its cache equals what duckdb-wasm returns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { openNodeEngine } from '../dataset/engines';
import type { NamedQuery } from '../db/filters';
import type { Prerendered } from '../db/prerendered';
import { DEFAULT_URL_STATE } from '../url/state';
import { overviewQueries } from '../views/overview/queries';

/** The queries of the default view (the Overview with no filter). */
export function defaultViewQueries(): NamedQuery[] {
  return Object.values(overviewQueries(DEFAULT_URL_STATE));
}

export async function prerender(dataDir: string, queries = defaultViewQueries()): Promise<Prerendered> {
  const { version } = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { version: string };
  const engine = await openNodeEngine(dataDir);
  try {
    const results = [];
    for (const q of queries)
      results.push({ name: q.name, params: q.params, result: await engine.rows(q.sql, q.params) });
    return { version, queries: results };
  } finally {
    engine.close();
  }
}

const MODULE_ID = 'virtual:prerendered';

/** The source of the module `virtual:prerendered`. */
export function prerenderedModule(data: Prerendered): string {
  return `export default ${JSON.stringify(data)};`;
}

/** Vite plugin: `import prerendered from 'virtual:prerendered'` gives prerender(dataDir). */
export function prerenderPlugin(dataDir: string): Plugin {
  return {
    name: 'disclosure-atlas:prerender',
    resolveId: (id) => (id === MODULE_ID ? `\0${MODULE_ID}` : undefined),
    async load(id) {
      if (id !== `\0${MODULE_ID}`) return undefined;
      return prerenderedModule(await prerender(dataDir));
    },
  };
}
