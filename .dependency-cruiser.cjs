/**
 * The layers of the code and the directions they may depend in (npm run lint runs this after
 * Biome). Folders: src/report (the pure domain) ← src/measures (figures, measures, coverage, their
 * SQL) ← src/dataset (data dictionary, engines, Arrow) ←
 * src/db (the browser's data client) ← src/views (pages); src/charts are option builders and
 * shared chart UI; src/pipeline is Node (build time) and never reaches the browser.
 *
 * KNOWN_EXCEPTIONS are imports that break a rule today and need a file moved to be fixed; they are
 * moved by the lead after merge. Each is listed by its exact from → to, so a new one still fails.
 */

/** [from, to] paths (exact) that break a rule today. */
const KNOWN_EXCEPTIONS = [
  // moved by the lead after merge: the Overview's queries belong where both the page and the prerender read them
  ['src/pipeline/prerender.ts', 'src/views/overview/queries.ts'],
];

const literal = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The known exceptions whose importing file the rule's `from` pattern matches. */
function exceptionsOf(fromPattern) {
  const from = new RegExp(fromPattern);
  return KNOWN_EXCEPTIONS.filter(([f]) => from.test(f));
}
/** One rule per layer direction; the known exceptions are carved out as separate, exact allowances. */
function rule(name, comment, from, to) {
  const exceptions = exceptionsOf(from.path);
  const rules = [
    {
      name,
      comment,
      severity: 'error',
      from: { ...from, pathNot: [from.pathNot, ...exceptions.map(([f]) => `^${literal(f)}$`)].filter(Boolean) },
      to,
    },
  ];
  // A file with a known exception may still not import anything else across the line. Its `from`
  // is the rule's own pattern (so that a `$1` in `to` still refers to its group), narrowed to the file.
  for (const f of new Set(exceptions.map(([file]) => file))) {
    const allowed = exceptions.filter(([file]) => file === f).map(([, t]) => t);
    rules.push({
      name,
      comment: `${comment} (known exception ${f} → ${allowed.join(', ')}: moved by the lead after merge)`,
      severity: 'error',
      from: { path: `^(?=${literal(f)}$)${from.path.replace(/^\^/, '')}` },
      to: { ...to, pathNot: [to.pathNot, ...allowed.map((t) => `^${literal(t)}$`)].filter(Boolean) },
    });
  }
  return rules;
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
      'src/dataset (dictionary, Arrow, engines) depends only on src/report, src/measures and itself',
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
      { path: '^src/(db|views|ui|charts|url|i18n|App\\.tsx|main\\.tsx|perf\\.ts)', pathNot: NOT_TESTS },
      { path: '^src/(pipeline|cli)/' },
    ),
    ...rule(
      'browser-has-no-node',
      'browser code uses no Node built-ins',
      { path: '^src/(db|views|ui|charts|url|i18n|App\\.tsx|main\\.tsx|perf\\.ts)', pathNot: NOT_TESTS },
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
