/**
 * The agency profiles computed at build time (src/pipeline/prerender.ts, one chunk per agency): a
 * link to a profile shows its figures and its report's tables before DuckDB is up, from the same
 * results the engine would return. Only for the published dataset as built, before any change in
 * the tab (the results carry that version and the first data generation, as their cache keys say).
 */

import profiles from 'virtual:prerendered-agencies';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useDataset } from './hooks';
import { hydratePrerendered, prerenderedVersion } from './prerendered';

/**
 * Puts one agency's build-time results into the query cache: a no-op for an agency the build has
 * none for, or when the page shows another dataset than the published one.
 */
export async function hydratePrerenderedAgency(client: QueryClient, agencyId: string): Promise<void> {
  const load = profiles[agencyId];
  // prerenderedVersion(): the page hydrated the published dataset's results (main.tsx), so it shows that dataset.
  if (!load || prerenderedVersion() === null) return;
  const { default: results } = await load();
  if (results.version === prerenderedVersion()) hydratePrerendered(client, results);
}

/** The same for the agency a view shows, while the engine is not ready. */
export function usePrerenderedAgency(agencyId: string | null): void {
  const client = useQueryClient();
  const ready = useDataset().phase === 'ready';
  useEffect(() => {
    // A chunk that failed to load: the engine answers instead.
    if (!ready && agencyId !== null) hydratePrerenderedAgency(client, agencyId).catch(() => undefined);
  }, [agencyId, ready, client]);
}
