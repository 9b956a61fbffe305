/**
 * The agency profiles computed at build time (src/pipeline/prerender.ts, one chunk per agency): a
 * link to a profile shows its figures and its report's tables before DuckDB is up, from the same
 * results the engine would return. Only for the published dataset as built, before any change in
 * the tab (the results carry that version and the first data generation, as their cache keys say).
 */

import profiles from 'virtual:prerendered-agencies';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useDataset } from './hooks';
import { hydratePrerendered, prerenderedVersion } from './prerendered';

/** Puts the agency's build-time results into the query cache while the engine is not ready. */
export function usePrerenderedAgency(agencyId: string | null): void {
  const client = useQueryClient();
  const ready = useDataset().phase === 'ready';
  useEffect(() => {
    const load = agencyId === null ? undefined : profiles[agencyId];
    // prerenderedVersion(): the page hydrated the published dataset's results (main.tsx), so it shows that dataset.
    if (ready || !load || prerenderedVersion() === null) return;
    let current = true;
    load()
      .then((m) => {
        if (current && m.default.version === prerenderedVersion()) hydratePrerendered(client, m.default);
      })
      .catch(() => undefined); // a chunk that failed to load: the engine answers instead
    return () => {
      current = false;
    };
  }, [agencyId, ready, client]);
}
