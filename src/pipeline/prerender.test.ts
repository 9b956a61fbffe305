/**
 * The prerendered first view equals what the browser's engine returns: every query of the default
 * view, prerendered with @duckdb/node-api, against the same SQL run by duckdb-wasm on the same
 * Parquet — values, column names and type names, in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Engine, openWasmEngine } from '../dataset/engines';
import type { Prerendered } from '../db/prerendered';
import { defaultViewQueries, prerender } from './prerender';

const DATA = 'public/data';
let wasm: Engine;
let prerendered: Prerendered;

beforeAll(async () => {
  wasm = await openWasmEngine(DATA);
  prerendered = await prerender(DATA);
}, 60_000);
afterAll(() => wasm?.close());

describe('prerender', () => {
  it('covers every query of the default view, with the data version', async () => {
    expect(prerendered.queries.map((q) => q.name)).toEqual(defaultViewQueries().map((q) => q.name));
    const manifest = (await import('../../public/data/manifest.json')).default;
    expect(prerendered.version).toBe(manifest.version);
  });

  it.each(defaultViewQueries().map((q) => [q.name, q] as const))('%s equals duckdb-wasm', async (name, q) => {
    const fromBuild = prerendered.queries.find((p) => p.name === name)!;
    expect(fromBuild.result.rows.length).toBeGreaterThan(0);
    expect(fromBuild.result).toEqual(await wasm.rows(q.sql, q.params));
  });

  it('would notice a difference (the comparison is not vacuous)', async () => {
    const q = defaultViewQueries()[0];
    const other = await wasm.rows(q.sql.replace('count(*) AS reports', 'count(*) - 1 AS reports'), q.params);
    expect(prerendered.queries[0].result).not.toEqual(other);
  });
});
