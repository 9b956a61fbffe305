/**
 * Build-time query results (src/pipeline/prerender.ts) put into the query cache before the first
 * render, so the default view draws at once while DuckDB starts. They carry the dataset version
 * they were computed from: if the loaded dataset turns out to be another, its own results replace them.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { QueryColumn } from '../dataset/arrowRows';

export interface PrerenderedQuery {
  name: string;
  params: unknown[];
  result: { columns: QueryColumn[]; rows: Record<string, unknown>[] };
}

export interface Prerendered {
  /** manifest.json's version of the data the results come from. */
  version: string;
  /**
   * For a partitioned dataset, the partitions the results were computed on, as the cache key
   * names them (partitionsKey); absent for the published dataset.
   */
  scope?: string;
  queries: PrerenderedQuery[];
}

/**
 * The cache key of a query's result: one entry per dataset version, data generation (bumped by
 * every change of the data in this tab, see session.ts), partition scope, SQL and parameters.
 */
export function sqlKey(
  version: string | null,
  generation: number,
  name: string,
  params: unknown[],
  scope = '',
): unknown[] {
  return scope ? ['sql', version, generation, scope, name, params] : ['sql', version, generation, name, params];
}

/** Build-time results describe the data as published: the generation before any change in the tab. */
export const PUBLISHED_GENERATION = 0;

let version: string | null = null;
const listeners = new Set<() => void>();

/** The version of the hydrated results, until the dataset itself is ready. */
export function prerenderedVersion(): string | null {
  return version;
}

/** Called when results are hydrated (a partitioned dataset's arrive after the first render). */
export function subscribePrerendered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Puts build-time results into the cache for good: TanStack Query drops a result no view has shown
 * for 5 minutes (gcTime), and these are all the page has without the engine (a reader who ticks a
 * year ten minutes after the load must still find it). Small and fixed: never collected.
 */
export function hydratePrerendered(client: QueryClient, data: Prerendered): void {
  const cache = client.getQueryCache();
  for (const q of data.queries) {
    const queryKey = sqlKey(data.version, PUBLISHED_GENERATION, q.name, q.params, data.scope);
    // As setQueryData, with the gcTime set before the entry exists (its removal is scheduled as it is made).
    const query = cache.build(client, client.defaultQueryOptions({ queryKey, gcTime: Infinity }));
    query.setOptions({ ...query.options, gcTime: Infinity }); // an entry a view made first keeps it too
    query.setData(q.result, { manual: true });
  }
  version = data.version;
  for (const listener of listeners) listener();
}
