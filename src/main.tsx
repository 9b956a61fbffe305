import prerendered from 'virtual:prerendered';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
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

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>
);
const root = document.getElementById('root')!;
// The dataset of the URL (`?dataset=`, validated by parseUrlState), or the published one.
chooseDatasetFolder(parseUrlState(location.search).state.dataset);
const defaultDataset = datasetFolder() === PUBLISHED_FOLDER;

// The default view's results, computed at build time, paint before DuckDB is ready.
if (defaultDataset) hydratePrerendered(queryClient, prerendered);
if (defaultDataset && parseUrlState(location.search).state.view === 'overview') {
  // index.html already shows this view, charts included (src/prerenderPage.tsx): React takes over its DOM.
  hydrateRoot(root, app, {
    onRecoverableError: (error) => console.error('The prerendered page was replaced, not hydrated:', error),
  });
} else {
  // Another view or dataset: the prerendered page, hidden by public/prerendered-check.js, is not its own.
  root.replaceChildren();
  createRoot(root).render(app);
}
// Shown again: the Overview hydrated (an unknown ?view= is the Overview too), or the root emptied.
document.documentElement.removeAttribute('data-prerendered');

// Once the page has painted (the first view needs no engine to paint): the database starts
// (failures show through useDataset()), and the results prerendered for each single year and each
// region arrive, so that the filters a reader tries first answer without the engine.
requestAnimationFrame(() =>
  setTimeout(() => {
    getSession().catch(() => undefined);
    if (defaultDataset)
      void import('virtual:prerendered-one-filter').then((m) => hydratePrerendered(queryClient, m.default));
  }, 0),
);
