import prerendered from 'virtual:prerendered';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { hydratePrerendered } from './db/prerendered';
import { chooseDatasetFolder, datasetFolder, getSession, PUBLISHED_FOLDER } from './db/session';
import { parseUrlState } from './url/state';
import './styles.css';

// Query results depend only on the dataset version and the data generation (part of every key,
// see useSql), so they never go stale.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, retry: false, networkMode: 'always', refetchOnWindowFocus: false },
  },
});

// The dataset of the URL (`?dataset=`, validated by parseUrlState), or the published one.
chooseDatasetFolder(parseUrlState(location.search).state.dataset);

// The default view's results, computed at build time, paint before DuckDB is ready.
if (datasetFolder() === PUBLISHED_FOLDER) hydratePrerendered(queryClient, prerendered);

// Start the database and the downloads before React renders; failures show through useDataset().
getSession().catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
