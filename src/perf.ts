/**
 * User Timing marks of the app's milestones, read by the benchmark (scripts/bench.ts) and shown
 * in any browser's performance tools. Each chart also stamps its canvas holder with the time of
 * its last paint (`data-painted-at`), so "all charts updated" can be measured from outside.
 */
export const MARKS = {
  /** The session starts the DuckDB engine (its chunk, the wasm, the data). */
  engineStart: 'atlas:engine-start',
  /** The DuckDB wasm is compiled and instantiated, the database open (the build's database file: with its data). */
  engineReady: 'atlas:engine-ready',
  /** The dataset's tables are filled (from Parquet: its views not computed yet). */
  dataLoaded: 'atlas:data-loaded',
  /** The dataset is loaded and its views exist: every query can run. */
  duckdbReady: 'atlas:duckdb-ready',
  /** The first chart has drawn a frame with its data. */
  firstChart: 'atlas:first-chart',
} as const;

export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name, 'mark').length) return;
  performance.mark(name);
}
