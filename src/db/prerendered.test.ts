import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { hydratePrerendered, PUBLISHED_GENERATION, sqlKey } from './prerendered';

const results = { columns: [], rows: [{ reports: 6 }] };
const key = sqlKey('v1', PUBLISHED_GENERATION, 'overview.totals', ['2024']);
const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('hydratePrerendered', () => {
  it('keeps the build results after the cache would drop an unshown result', async () => {
    // A gcTime of 20 ms stands for the app's 5 minutes.
    const client = new QueryClient({ defaultOptions: { queries: { gcTime: 20 } } });
    client.setQueryData(['sql', 'v1', PUBLISHED_GENERATION, 'engine.result', []], results);
    hydratePrerendered(client, {
      version: 'v1',
      queries: [{ name: 'overview.totals', params: ['2024'], result: results }],
    });
    await after(100);
    expect(client.getQueryData(key)).toEqual(results);
    // The cache's own collection still runs for other results: the test would see a change in it.
    expect(client.getQueryData(['sql', 'v1', PUBLISHED_GENERATION, 'engine.result', []])).toBeUndefined();
  });
});
