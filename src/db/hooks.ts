/**
 * React access to the dataset: `useDataset()` for loading status, `useSql()` for query results.
 * Results are cached per dataset version, so a new dataset never shows stale numbers and an
 * unchanged one is never queried twice.
 */
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { query, type QueryResult } from './client';
import { getDatasetStatus, getSession, subscribeDatasetStatus, type DatasetStatus } from './session';

/** Loading status of the dataset (starting → manifest → loading file i/n → views → ready | error). */
export function useDataset(): DatasetStatus {
  useEffect(() => {
    // Starting is idempotent; failures are reported through the status, not thrown here.
    getSession().catch(() => undefined);
  }, []);
  return useSyncExternalStore(subscribeDatasetStatus, getDatasetStatus);
}

/**
 * A query's result, keyed by `['sql', datasetVersion, name, params]`. `name` identifies the SQL
 * (one name per query text), `params` are bound to its `?` placeholders. Runs once the dataset is
 * ready; never retried (a SQL error will not fix itself); the previous result stays visible
 * while new parameters load.
 */
export function useSql<Row = Record<string, unknown>>(
  name: string,
  sql: string,
  params: unknown[] = [],
): UseQueryResult<QueryResult<Row>, Error> {
  const status = useDataset();
  const version = status.phase === 'ready' ? status.version : null;
  return useQuery({
    queryKey: ['sql', version, name, params],
    queryFn: ({ signal }) => query<Row>(sql, params, { signal }),
    enabled: version !== null,
    staleTime: Infinity,
    retry: false,
    networkMode: 'always',
    placeholderData: keepPreviousData,
  });
}
