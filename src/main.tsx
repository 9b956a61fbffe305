import prerendered from 'virtual:prerendered';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { hydrateLinkResults } from './db/linkResults';
import { hydratePrerendered } from './db/prerendered';
import { hydratePrerenderedChunk } from './db/prerenderedChunks';
import { datasetFolder, PUBLISHED_FOLDER, startSession } from './db/session';
import './engineStart';
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
const opened = parseUrlState(location.search).state;
// public/prerendered-check.js hid the built page if the URL asks for another page than it.
const builtPageShown = document.documentElement.getAttribute('data-prerendered') !== 'hidden';
// The dataset folder was chosen, and the engine started if the URL needs it, by ./engineStart.
const defaultDataset = datasetFolder() === PUBLISHED_FOLDER;

// The default view's results, computed at build time, paint before DuckDB is ready.
if (defaultDataset) hydratePrerendered(queryClient, prerendered);
// The results for each single year, each run of neighbouring years and each region: at once on a
// link that names one, else once the page has painted (below), so that the filters a reader tries
// first answer without the engine.
const oneFilter = () =>
  import('virtual:prerendered-one-filter').then((m) => hydratePrerendered(queryClient, m.default));
const filteredLink = opened.view === 'overview' && (opened.years.length > 0 || opened.region !== null);
// The lists (About's sources, the agency picker's): likewise, at once on a link to one.
const lists = () => import('virtual:prerendered-lists').then((m) => hydratePrerendered(queryClient, m.default));
const listLink = opened.view === 'about' || (opened.view === 'agency' && opened.agencies.length === 0);

/**
 * A link the build answers with results of its own (a year, a region, a list, an agency's profile):
 * those results, being put into the cache; null for any other link. The page renders once they are
 * there, else its first queries would miss them and start the engine (the built page is hidden on
 * such a link meanwhile).
 */
function fetchLinkResults(): Promise<unknown> | null {
  if (!defaultDataset) return null;
  if (filteredLink)
    return Promise.all([oneFilter(), opened.region && hydratePrerenderedChunk(queryClient, 'region', opened.region)]);
  if (listLink) return lists();
  if (opened.view === 'agency') return hydratePrerenderedChunk(queryClient, 'agency', opened.agencies[0]);
  return null;
}

function render(): void {
  if (defaultDataset && builtPageShown) {
    // index.html already shows this page, charts included (src/prerenderPage.tsx): React takes over its DOM.
    hydrateRoot(root, app, {
      onRecoverableError: (error) => console.error('The prerendered page was replaced, not hydrated:', error),
    });
  } else {
    // Another page (view, dataset, filters, language): the built page, hidden, is not its own.
    root.replaceChildren();
    createRoot(root).render(app);
  }
  // Shown again: the built page hydrated, or the root emptied.
  document.documentElement.removeAttribute('data-prerendered');
}
const linkResults = fetchLinkResults();
// Without them (a chunk that failed to load) the engine answers.
if (linkResults) void linkResults.catch(() => undefined).then(render);
else render();

if (defaultDataset) {
  // Once the page has painted: the first view needs no engine to paint. Nor does a reader of the
  // build's results (session.ts); the reader's own kept reports do, as the views must count them.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!filteredLink) void oneFilter();
      if (!listLink) void lists();
      import('./workspace/storage')
        .then(({ hasRecords }) => hasRecords())
        .then((kept) => {
          if (kept) startSession(opened).catch(() => undefined); // failures show through useDataset()
        })
        .catch(() => undefined); // no IndexedDB: nothing kept (the workspace view says why)
    }, 0),
  );
} else {
  // Another dataset: nothing from the build to paint. Its charts' library is fetched meanwhile and,
  // on an Overview link, the dataset's own results for the link's scope (if its publisher ran its
  // data loader), which paint the figures and charts before the engine is ready.
  void import('./charts/echarts');
  if (opened.view === 'overview') void hydrateLinkResults(queryClient, opened);
}
