import prerendered from 'virtual:prerendered';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { hydratePrerendered } from './db/prerendered';
import { datasetFolder, getSession } from './db/session';
import './styles.css';

// Query results depend only on the dataset version (part of every key), so they never go stale.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, retry: false, networkMode: 'always', refetchOnWindowFocus: false },
  },
});

// The default view's results, computed at build time, paint before DuckDB is ready.
if (datasetFolder() === 'data/') hydratePrerendered(queryClient, prerendered);

// Start the database and the downloads before React renders; failures show through useDataset().
getSession().catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
