/**
 * A partitioned dataset's link answered before the engine: the dataset's data loader
 * (src/pipeline/prerenderDataset.ts) computes the Overview's results for each scope a link lands
 * on into result files inside the dataset folder, listed by `results/index.json`. Once the manifest
 * says the dataset is partitioned, the page fetches the index, then the one file for its URL's
 * scope (the engine starting meanwhile), and puts it into the query cache as the
 * published dataset's build-time results are (hydratePrerendered), under the keys useSql reads.
 * A file of another version, another scope or of an unexpected shape is ignored: the page then
 * waits for the engine, as without it.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Manifest } from './manifest';
import { defaultScope, partitionsFor, partitionsKey, type Scope } from './partitions';
import { hydratePrerendered, type Prerendered } from './prerendered';
import { datasetManifest, fetchBytes } from './session';

/** The index of the result files, in the dataset folder. */
export const RESULTS_INDEX = 'results/index.json';

/** One result file: the scope (the URL's region and years) it answers and its name in the folder. */
export interface ResultsEntry {
  region: string;
  years: number[];
  /** partitionsKey of the scope's partitions. */
  scope: string;
  /** The link's own results. */
  name: string;
  /** The results of each city and county of the scope's province, fetched after the link's. */
  regions?: string;
}

export interface ResultsIndex {
  /** The manifest version the results were computed from. */
  version: string;
  files: ResultsEntry[];
}

// Inside the folder's results/, no `..`: the index cannot point anywhere else.
const RESULT_NAME = /^results\/(?:[A-Za-z0-9_=-]+\/)*[A-Za-z0-9_-]+\.json$/;

/** The index's entry for `scope`, if the index is for this manifest version and well formed. */
export function resultsEntry(index: unknown, manifest: Manifest, scope: Scope): ResultsEntry | null {
  const { version, files } = (index ?? {}) as Partial<ResultsIndex>;
  if (version !== manifest.version || !Array.isArray(files)) return null;
  const key = partitionsKey(partitionsFor(manifest, scope));
  const entry = files.find(
    (f) => f?.region === scope.region && JSON.stringify(f.years) === JSON.stringify(scope.years) && f.scope === key,
  );
  const named = (name: unknown) => typeof name === 'string' && RESULT_NAME.test(name);
  return key && entry && named(entry.name) && (entry.regions === undefined || named(entry.regions)) ? entry : null;
}

/** The result file's contents, if they are the results of `entry` for this manifest version, else null. */
export function checkedResults(json: unknown, manifest: Manifest, entry: ResultsEntry): Prerendered | null {
  const data = (json ?? {}) as Partial<Prerendered>;
  if (data.version !== manifest.version || data.scope !== entry.scope || !Array.isArray(data.queries)) return null;
  const wellFormed = data.queries.every(
    (q) =>
      typeof q?.name === 'string' &&
      Array.isArray(q.params) &&
      Array.isArray(q.result?.columns) &&
      Array.isArray(q.result?.rows),
  );
  return wellFormed ? (data as Prerendered) : null;
}

async function fetchJson(name: string, version?: string): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await fetchBytes(name, version)));
}

/**
 * Fetches and hydrates the results for the page's scope (the default scope when the URL names
 * none), then those of its regions. Resolves whether the link's were; never rejects (no file, a
 * stale one or a broken one: the engine answers).
 */
export async function hydrateLinkResults(client: QueryClient, opened: Scope): Promise<boolean> {
  try {
    // Only a partitioned dataset has a data loader's results: no request (and no 404) for another.
    const manifest = await datasetManifest();
    if (manifest.partitions.length === 0) return false;
    const entry = resultsEntry(await fetchJson(RESULTS_INDEX), manifest, defaultScope(manifest, opened) ?? opened);
    const data = entry && checkedResults(await fetchJson(entry.name, manifest.version), manifest, entry);
    if (!data) return false;
    hydratePrerendered(client, data);
    // Then the region choice's results: after the link's, which paint first.
    if (entry.regions) {
      const regions = await fetchJson(entry.regions, manifest.version).then(
        (json) => checkedResults(json, manifest, entry),
        () => null,
      );
      if (regions) hydratePrerendered(client, regions);
    }
    return true;
  } catch {
    return false;
  }
}
