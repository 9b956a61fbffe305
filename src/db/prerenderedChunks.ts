/**
 * Results computed at build time in one chunk per key (src/pipeline/prerender.ts): each agency's
 * profile, and each region's Overview for each single year (fetched as the region is chosen, so that
 * a year ticked next finds them). A link to a profile, or to a region and a year, shows its figures
 * before DuckDB is up (or without it), from the same results the engine would return. Only for the published dataset as built, before any change in the tab (the results
 * carry that version and the first data generation, as their cache keys say).
 */

import agencies from 'virtual:prerendered-agencies';
import regions from 'virtual:prerendered-regions';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useDataset } from './hooks';
import { hydratePrerendered, prerenderedVersion } from './prerendered';

const CHUNKS = { agency: agencies, region: regions };

/** What the build keeps per key: an agency id's profile, a region's single years. */
export type ChunkKind = keyof typeof CHUNKS;

/**
 * Puts one key's build-time results into the query cache: a no-op for a key the build has none
 * for, or when the page shows another dataset than the published one.
 */
export async function hydratePrerenderedChunk(client: QueryClient, kind: ChunkKind, key: string): Promise<void> {
  const load = CHUNKS[kind][key];
  // prerenderedVersion(): the page hydrated the published dataset's results (main.tsx), so it shows that dataset.
  if (!load || prerenderedVersion() === null) return;
  const { default: results } = await load();
  if (results.version === prerenderedVersion()) hydratePrerendered(client, results);
}

/** A chunk that has not arrived by then is given up for the engine (a request that hangs must not hold a change). */
const CHUNK_WAIT_MS = 1_000;

/**
 * Loads a key's build-time results while the engine is not ready: resolves once they are in the
 * cache, or at once when the engine is ready (it answers), or when the chunk fails or is late (the
 * engine answers instead). Awaited before a change that needs them (a region chosen while a year is
 * ticked), so that the change renders from them instead of starting the engine.
 */
export function usePrerenderedChunkLoader(kind: ChunkKind): (key: string) => Promise<void> {
  const client = useQueryClient();
  const ready = useDataset().phase === 'ready';
  return useCallback(
    (key: string) =>
      ready
        ? Promise.resolve()
        : Promise.race([
            hydratePrerenderedChunk(client, kind, key).catch(() => undefined),
            new Promise<void>((resolve) => setTimeout(resolve, CHUNK_WAIT_MS)),
          ]),
    [client, kind, ready],
  );
}

/** The same for the key a view shows (an agency's profile, the chosen region), as it is shown. */
export function usePrerenderedChunk(kind: ChunkKind, key: string | null): void {
  const load = usePrerenderedChunkLoader(kind);
  useEffect(() => {
    if (key !== null) void load(key);
  }, [key, load]);
}
