/**
 * The app shell: header with the navigation and the language switch, the dataset status, notices
 * about ignored URL parameters, and the current view. The Overview is in the first bundle; every
 * other view is a lazy chunk: `src/views/<view>/index.tsx` with a default-exported component.
 */
import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { Share, shareUrl } from './charts/Share';
import { LiveChartsContext } from './charts/staticChart';
import { DataScopeProvider, useDataset, useManifest } from './db/hooks';
import { defaultScope, type Scope } from './db/partitions';
import { type DatasetStatus, startSession } from './db/session';
import type { MessageKey } from './i18n/messages';
import { type I18n, LanguageProvider, useI18n } from './i18n/useI18n';
import { Link } from './url/Link';
import { type Lang, switchView, type UrlNotice, VIEWS, VIEWS_FROM_THE_BUILD, type ViewId } from './url/state';
import { useUrlState } from './url/useUrlState';
import OverviewView from './views/overview';

// The user's kept reports join the tables once the data is ready; not part of the first bundle.
const WorkspaceBanner = lazy(() => import('./workspace/WorkspaceBanner'));

// The Overview is imported above (first paint); the other views become separate chunks.
const viewModules = import.meta.glob<{ default: ComponentType }>([
  './views/*/index.tsx',
  '!./views/overview/index.tsx',
]);

/** Lazy components for the views whose folder has an index.tsx (a view still being built has none). */
const LAZY_VIEWS: Partial<Record<ViewId, LazyExoticComponent<ComponentType>>> = Object.fromEntries(
  VIEWS.filter((v) => v !== 'overview' && viewModules[`./views/${v}/index.tsx`]).map((v) => [
    v,
    lazy(viewModules[`./views/${v}/index.tsx`]),
  ]),
);

const NAV_KEY: Record<ViewId, MessageKey> = {
  overview: 'nav.overview',
  compare: 'nav.compare',
  agency: 'nav.agency',
  quality: 'nav.quality',
  check: 'nav.check',
  workspace: 'nav.workspace',
  sql: 'nav.sql',
  about: 'nav.about',
};

function DatasetBanner({ status, scope }: { status: DatasetStatus; scope: Scope }) {
  const { t } = useI18n();
  if (status.phase === 'standby') {
    return (
      <p className="dataset-status" role="status" data-dataset-phase="standby">
        {t('dataset.standby')}{' '}
        <button type="button" onClick={() => void startSession(scope).catch(() => undefined)}>
          {t('dataset.start')}
        </button>
      </p>
    );
  }
  if (status.phase === 'error') {
    return (
      <div className="banner banner-error" role="alert" data-dataset-phase="error">
        <strong>{t('dataset.error')}</strong>
        <p>
          {status.file
            ? t('dataset.errorFile', { file: status.file, message: status.message.replace(`${status.file}: `, '') })
            : status.message}
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('dataset.retry')}
        </button>
      </div>
    );
  }
  return (
    <p className="dataset-status" role="status" data-dataset-phase={status.phase}>
      {datasetStatusText(status, t)}
    </p>
  );
}

function datasetStatusText(status: Exclude<DatasetStatus, { phase: 'error' | 'standby' }>, t: I18n['t']): string {
  switch (status.phase) {
    case 'starting':
      return t('dataset.starting');
    case 'loading':
      return t('dataset.loadingFile', { file: status.file, index: status.index, count: status.count });
    case 'views':
      return t('dataset.views');
    case 'ready': {
      const { files, partitions } = status.manifest;
      const reports = [...files, ...partitions.flatMap((p) => p.files)]
        .filter((f) => f.table === 'reports')
        .reduce((sum, f) => sum + f.rows, 0);
      return t('dataset.ready', { reports });
    }
  }
}

function UrlNotices({ notices }: { notices: UrlNotice[] }) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || notices.length === 0) return null;
  return (
    <div className="banner banner-notice" role="status">
      <ul>
        {notices.map((n) => (
          <li key={`${n.param}=${n.value}`}>
            {t(n.reason === 'unknown_param' ? 'notice.unknownParam' : 'notice.invalidValue', {
              param: n.param,
              value: n.value.length > 40 ? `${n.value.slice(0, 40)}…` : n.value,
            })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

function CurrentView({ view }: { view: ViewId }) {
  const { t } = useI18n();
  if (view === 'overview') return <OverviewView />;
  const View = LAZY_VIEWS[view];
  if (!View) return <p>{t('view.unavailable')}</p>;
  return (
    <Suspense fallback={<p role="status">{t('view.loading')}</p>}>
      <View />
    </Suspense>
  );
}

/** The app: the URL's language and data scope given to i18n and the data client, then the shell. */
export function App() {
  const { state, setState } = useUrlState();
  const { lang, region, years } = state;
  const setLang = useCallback((next: Lang) => setState({ lang: next }, { replace: true }), [setState]);
  const language = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  const scope = useMemo(() => ({ region, years }), [region, years]);
  // The build's static charts stand while the engine starts (see LiveChartsContext).
  const { phase } = useDataset();
  const liveCharts = phase === 'standby' || phase === 'ready' || phase === 'error';
  return (
    <LanguageProvider value={language}>
      <DataScopeProvider value={scope}>
        <LiveChartsContext.Provider value={liveCharts}>
          <Shell />
        </LiveChartsContext.Provider>
      </DataScopeProvider>
    </LanguageProvider>
  );
}

function Shell() {
  const { state, notices, setState } = useUrlState();
  const i18n = useI18n();
  const { t, lang } = i18n;
  const status = useDataset();

  // A view that works on the tables starts the engine as it opens (the others: when a query needs it).
  useEffect(() => {
    if (!VIEWS_FROM_THE_BUILD.includes(state.view)) void startSession(state).catch(() => undefined);
  }, [state]);

  // Once the data is in, every view's code is fetched in the background: views then open at once
  // and still open with the network cut later. Not before, so the first view's load stays lean.
  useEffect(() => {
    if (status.phase !== 'ready') return;
    const timer = setTimeout(() => Object.values(viewModules).forEach((load) => void load()), 0);
    return () => clearTimeout(timer);
  }, [status.phase]);

  // A partitioned (synthetic national) dataset is read one province-year at a time: the URL
  // always names the partition scope, so every view's SQL filters to what is loaded.
  const manifest = useManifest();
  useEffect(() => {
    const scope = manifest && defaultScope(manifest, state);
    if (scope) setState(scope, { replace: true });
  }, [manifest, state, setState]);

  // On a phone the navigation is one row that scrolls sideways: the current view is kept in sight
  // (sideways only: the page itself must not jump).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the view changes, after the navigation re-rendered
  useEffect(() => {
    const current = document.querySelector<HTMLElement>('.nav-list [aria-current="page"]');
    const list = current?.closest('ul');
    if (!current || !list) return;
    const left = current.offsetLeft - list.offsetLeft;
    if (left < list.scrollLeft || left + current.offsetWidth > list.scrollLeft + list.clientWidth) {
      list.scrollLeft = left - 8;
    }
  }, [state.view]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t(NAV_KEY[state.view])} · ${t('app.title')}`;
  }, [lang, state.view, t]);

  // Embedded in another page (`embed=1`): the view's one chart, none of the site's chrome.
  if (state.embed) {
    return (
      <main id="main" className="embed">
        <CurrentView view={state.view} />
        {/* Where the chart comes from, as every copy of it must say (CC BY 4.0). */}
        <p className="embed-credit">
          <a href={shareUrl({ ...state, embed: false })} target="_blank" rel="noopener">
            {t('app.title')}
          </a>{' '}
          · CC BY 4.0
        </p>
      </main>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="brand">
          <Link to={switchView('overview', state)} className="brand-name">
            {t('app.title')}
          </Link>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            {VIEWS.map((view) => (
              <li key={view}>
                <Link to={switchView(view, state)} aria-current={view === state.view ? 'page' : undefined}>
                  {t(NAV_KEY[view])}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          className="lang-switch"
          lang={lang === 'zh' ? 'en' : 'zh-CN'}
          title={t('lang.switchLabel')}
          onClick={() => i18n.setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {t('lang.switch')}
        </button>
      </header>
      <DatasetBanner status={status} scope={state} />
      {manifest?.synthetic ? (
        <p className="banner banner-synthetic" role="note" data-testid="synthetic-banner">
          {t('dataset.synthetic', { title: manifest.title ?? '' })}
        </p>
      ) : null}
      <UrlNotices notices={notices} />
      {status.phase === 'ready' && (
        <Suspense fallback={null}>
          <WorkspaceBanner />
        </Suspense>
      )}
      <main id="main" tabIndex={-1}>
        <div className="page-share">
          <Share label={t('share.view')} state={{ ...state, chart: null }} />
        </div>
        {/* Checking a report needs no dataset, and the Overview's default figures are prerendered:
            both stay usable when the data failed to load. */}
        {status.phase === 'error' && state.view !== 'check' && state.view !== 'overview' ? null : (
          <CurrentView view={state.view} />
        )}
      </main>
    </>
  );
}
