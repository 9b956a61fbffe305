/**
 * The layers of the code and the directions they may depend in (npm run lint runs this after
 * Biome). Folders: src/report (the pure domain) ← src/measures (figures, measures, coverage, their
 * SQL) ← src/dataset (data dictionary, engines, Arrow) ←
 * src/db (the browser's data client) ← src/queries (SQL of a page that the build prerenders too) ←
 * src/views (pages); src/ui holds what several views share; src/charts are option builders and
 * shared chart UI; src/pipeline is Node (build time) and never reaches the browser.
 */

/** One forbidden direction between layers. */
function rule(name, comment, from, to) {
  return [{ name, comment, severity: 'error', from, to }];
}

const NOT_TESTS = '\\.test\\.tsx?$';

module.exports = {
  forbidden: [
    ...rule(
      'report-is-pure',
      'src/report is the pure domain: it imports nothing of ours outside src/report',
      { path: '^src/report/' },
      { path: '^(src/(?!report/)|scripts/|e2e/)' },
    ),
    ...rule(
      'report-has-no-io',
      'src/report runs in Node and in the browser: no Node built-ins (tests may read fixtures)',
      { path: '^src/report/', pathNot: NOT_TESTS },
      { dependencyTypes: ['core'] },
    ),
    ...rule(
      'dataset-below-app',
      'src/dataset (dictionary, row models, agency list, CSV reader, Arrow, engines) depends only on src/report, src/measures and itself',
      { path: '^src/dataset/' },
      { path: '^(src/(?!report/|dataset/|measures/)|scripts/|e2e/)' },
    ),
    ...rule(
      'measures-below-dataset',
      'src/measures (figures, measures, coverage and their SQL) depends only on src/report, the filter SQL of src/db/filters.ts and itself (tests may open the dataset)',
      { path: '^src/measures/', pathNot: NOT_TESTS },
      { path: '^(src/(?!report/|measures/|db/filters\\.ts$)|scripts/|e2e/)' },
    ),
    ...rule(
      'pipeline-is-build-time',
      'src/pipeline is Node: browser code (db, views, charts, url, i18n, the app) never imports it',
      { path: '^src/(db|queries|views|ui|charts|url|i18n|App\\.tsx|main\\.tsx|perf\\.ts)', pathNot: NOT_TESTS },
      { path: '^src/(pipeline|cli)/' },
    ),
    ...rule(
      'browser-has-no-node',
      'browser code uses no Node built-ins',
      { path: '^src/(db|queries|views|ui|charts|url|i18n|App\\.tsx|main\\.tsx|perf\\.ts)', pathNot: NOT_TESTS },
      { dependencyTypes: ['core'] },
    ),
    ...rule(
      'db-below-views',
      'src/db is the data client the views use: it imports no view, pipeline or chart',
      { path: '^src/db/' },
      { path: '^src/(views|pipeline|charts|cli)/' },
    ),
    ...rule(
      'db-and-i18n-do-not-read-the-url',
      'src/db and src/i18n are given the scope and the language; they do not read the address bar (src/url hooks)',
      { path: '^src/(db|i18n)/' },
      { path: '^src/url/(useUrlState|Link)\\.tsx?$' },
    ),
    ...rule(
      'charts-below-views',
      'src/charts builds chart options and shared chart UI: no view, no data client, no pipeline',
      { path: '^src/charts/' },
      { path: '^src/(views|db|pipeline|cli)/' },
    ),
    ...rule(
      'url-and-i18n-are-leaves',
      'src/url and src/i18n depend on nothing above them',
      { path: '^src/(url|i18n)/' },
      { path: '^src/(views|db|pipeline|charts|cli|dataset)/' },
    ),
    ...rule(
      'ui-below-views',
      "src/ui holds what several views share (search, applied filters, open-data link, a report's tables and findings, the fix list): it imports no view",
      { path: '^src/ui/' },
      { path: '^src/(views|pipeline|cli)/' },
    ),
    ...rule(
      'queries-below-views',
      'src/queries builds the SQL of a page for the page and the build-time prerender: no view, UI, chart or pipeline',
      { path: '^src/queries/' },
      { path: '^src/(views|ui|charts|pipeline|cli)/' },
    ),
    ...rule(
      'views-keep-to-themselves',
      "a view does not import another view's internals (a test of several views' SQL may)",
      { path: '^src/views/([^/]+)/', pathNot: NOT_TESTS },
      { path: '^src/views/', pathNot: '^src/views/$1/' },
    ),
    ...rule(
      'app-code-not-from-scripts-or-e2e',
      'src/ does not import scripts/ or e2e/',
      { path: '^src/' },
      { path: '^(scripts|e2e)/' },
    ),
    {
      name: 'not-to-unresolvable',
      comment: 'an import that resolves to nothing is a broken import',
      severity: 'error',
      from: {},
      // vite and @vitejs/plugin-react name their entry only in "exports", which this resolver (set for
      // the deep ?url imports of duckdb-wasm) does not read; the build itself imports them.
      to: { couldNotResolve: true, pathNot: '^(virtual:|vite$|@vitejs/plugin-react$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|^dist/' },
    // TypeScript 7 (native) has no JS API for dependency-cruiser 16: with @swc/core installed it
    // scans .ts/.tsx, and Babel (this config) turns them into JavaScript for it to read.
    babelConfig: { fileName: '.dependency-cruiser.babel.cjs' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      conditionNames: ['import', 'module', 'browser', 'default', 'require', 'node'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
