/**
 * How the page holds the dataset's views (views.sql): computed once into tables after every change
 * of the data (all but LAZY_VIEWS), so that a chart's query reads a few thousand ready rows instead of recomputing the
 * view. Shared by the browser's engine and the Node engines of the prerender and the tests, so all
 * of them read what the page reads.
 */

/**
 * Views kept views: computed by the queries that read them, not at every change of the data.
 * jurisdiction_check is read by one query of the Data quality page, and computing it into a table
 * was ~1/4 of the time the views took before DuckDB was ready (most of it the engine's first run
 * of its code).
 */
export const LAZY_VIEWS: ReadonlySet<string> = new Set(['jurisdiction_check']);

/** views.sql with every view but the LAZY_VIEWS made a table (the same SELECTs). */
export function viewsAsTables(viewsSql: string): string {
  return viewsSql.replaceAll(/CREATE OR REPLACE VIEW (\w+)/g, (statement, name: string) =>
    LAZY_VIEWS.has(name) ? statement : `CREATE OR REPLACE TABLE ${name}`,
  );
}

/** The names of the views views.sql defines, in order. */
export function viewNames(viewsSql: string): string[] {
  return [...viewsSql.matchAll(/CREATE OR REPLACE VIEW (\w+)/g)].map((m) => m[1]);
}

/**
 * Drops what a failed recomputation left of the materialized views: a view whose source table was
 * dropped or changed must not go on answering with the rows of before.
 */
export function dropViewTables(viewsSql: string): string {
  return viewNames(viewsSql)
    .map((name) => `DROP ${LAZY_VIEWS.has(name) ? 'VIEW' : 'TABLE'} IF EXISTS ${name};`)
    .join('\n');
}
