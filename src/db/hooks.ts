/**
 * React access to the dataset: `useDataset()` for loading status, `useSql()` for query results.
 * Results are cached per dataset version and data generation (bumped by every change of the data
 * in this tab), so a view never shows numbers computed before a change, and unchanged data is
 * never queried twice.
 */
import { keepPreviousData, notifyManager, type UseQueryResult, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { UrlState } from '../url/state';
import type { QueryResult } from './client';
import type { NamedQuery } from './filters';
import type { Manifest, ManifestPartition } from './manifest';
import { partitionsFor, partitionsKey } from './partitions';
import { prerenderedVersion, sqlKey, subscribePrerendered } from './prerendered';
import {
  type DatasetStatus,
  dataGeneration,
  ensurePartitions,
  explainQueryError,
  getDatasetStatus,
  knownManifest,
  subscribeDataGeneration,
  subscribeDatasetStatus,
} from './session';

/**
 * TanStack Query tells its subscribers of each query's new result in a task of its own
 * (setTimeout 0): the five results of a filter change, answered together (client.ts read), would
 * still render the page five times. Notifications scheduled before the task runs, and those they
 * schedule, run in that one task, so React renders their results once.
 */
let notifications: (() => void)[] | null = null;

function answerInOneTask(notify: () => void): void {
  if (notifications) {
    notifications.push(notify);
    return;
  }
  const queued = [notify];
  notifications = queued;
  setTimeout(() => {
    for (let i = 0; i < queued.length; i++) {
      try {
        queued[i]();
      } catch (error) {
        // Reported as the default scheduler would, without stopping the other notifications.
        setTimeout(() => {
          throw error;
        });
      }
    }
    notifications = null;
  });
}
notifyManager.setScheduler(answerInOneTask);

/** The status the page rendered at build time shows (and hydration renders before the live one). */
const STANDBY: DatasetStatus = { phase: 'standby' };
const prerenderedStatus = () => STANDBY;

/** Loading status of the dataset (standby → starting → manifest → loading file i/n → views → ready | error). */
export function useDataset(): DatasetStatus {
  // The session starts when something needs it (session.ts); until then the build's results answer.
  return useSyncExternalStore(subscribeDatasetStatus, getDatasetStatus, prerenderedStatus);
}

const noManifest = () => null;

/** The dataset's manifest as soon as it is read (before the engine is ready), else null. */
export function useManifest(): Manifest | null {
  return useSyncExternalStore(subscribeDatasetStatus, knownManifest, noManifest);
}

/** The region and years a page shows: which partitions of a partitioned dataset its queries need. */
export type DataScope = Pick<UrlState, 'region' | 'years'>;

const DataScopeContext = createContext<DataScope>({ region: null, years: [] });

/** Gives the page's scope (read from the URL by the app) to every useSql below it. */
export const DataScopeProvider = DataScopeContext.Provider;

/** The data generation: part of the key of every query whose result depends on the data. */
export function useDataGeneration(): number {
  // The build renders the published data's first generation, as the page does before any change.
  return useSyncExternalStore(subscribeDataGeneration, dataGeneration, dataGeneration);
}

/** The data client, once its module (which comes with the engine) has loaded. */
let client: typeof import('./client') | null = null;
// Taken in, its connection opened, as the data becomes ready: the first reads after it then leave in
// the turn that asks (usePrefetchSql), even when nothing was read before (the build answered all).
subscribeDatasetStatus(() => {
  if (client || getDatasetStatus().phase !== 'ready') return;
  void import('./client').then((module) => {
    client = module;
    module.openReader();
  });
});

/** A query's cache entry: its key and how it is read (shared by useSql and usePrefetchSql). */
function sqlQueryOptions<Row>(
  { name, sql, params }: NamedQuery,
  version: string | null,
  generation: number,
  partitions: ManifestPartition[],
) {
  return {
    queryKey: sqlKey(version, generation, name, params, partitionsKey(partitions)),
    queryFn: async ({ signal }: { signal: AbortSignal }) => {
      // No turn is awaited when nothing needs loading: the read's message leaves in this one.
      if (partitions.length) await ensurePartitions(partitions);
      const { read } = client ?? (client = await import('./client'));
      return read<Row>(sql, params, { signal }).catch((error: unknown) => {
        throw explainQueryError(error);
      });
    },
    staleTime: Infinity,
    retry: false,
    networkMode: 'always' as const,
  };
}

/**
 * A query's result, keyed by dataset version, data generation, partition scope, `name` (one name per SQL text) and
 * `params` (bound to its `?` placeholders). Before the dataset is ready, results prerendered at
 * build time answer for the default dataset; anything else waits for DuckDB (the client module
 * comes with the engine). Never retried (a SQL error will not fix itself); the previous result
 * stays visible while new parameters load.
 */
export function useSql<Row = Record<string, unknown>>(query: NamedQuery): UseQueryResult<QueryResult<Row>, Error>;
export function useSql<Row = Record<string, unknown>>(
  name: string,
  sql: string,
  params?: unknown[],
): UseQueryResult<QueryResult<Row>, Error>;
export function useSql<Row>(nameOrQuery: string | NamedQuery, sqlText = '', paramList: unknown[] = []) {
  const { name, sql, params } =
    typeof nameOrQuery === 'string' ? { name: nameOrQuery, sql: sqlText, params: paramList } : nameOrQuery;
  const status = useDataset();
  const generation = useDataGeneration();
  const scope = useContext(DataScopeContext);
  // Prerendered results stay on screen when the engine fails to start; other queries report the error.
  const prerendered = useSyncExternalStore(subscribePrerendered, prerenderedVersion, prerenderedVersion);
  const version = status.phase === 'ready' ? status.version : prerendered;
  // Known before the engine is ready: a partitioned dataset's link results are keyed by their partitions too.
  const manifest = useManifest();
  const partitions = manifest ? partitionsFor(manifest, scope) : [];
  return useQuery({
    ...sqlQueryOptions<Row>({ name, sql, params }, version, generation, partitions),
    enabled: version !== null,
    placeholderData: keepPreviousData,
  });
}

/**
 * Starts the queries of a state about to be shown (a filter just chosen) before React renders it:
 * the worker answers while the page renders the change, and each useSql then finds its query
 * running under the same key. Once the dataset is ready only (before, prerendered results answer).
 */
export function usePrefetchSql(): (queries: NamedQuery[], scope: DataScope) => void {
  const client = useQueryClient();
  const status = useDataset();
  const generation = useDataGeneration();
  return (queries, scope) => {
    if (status.phase !== 'ready') return;
    const partitions = partitionsFor(status.manifest, scope);
    for (const query of queries)
      void client.prefetchQuery(sqlQueryOptions(query, status.version, generation, partitions));
  };
}
