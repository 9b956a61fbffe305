/**
 * How the page holds the dataset's views (views.sql): computed once into tables after every change
 * of the data, so that a chart's query reads a few thousand ready rows instead of recomputing the
 * view. Shared by the browser's engine and the Node engines of the prerender and the tests, so all
 * of them read what the page reads.
 */

/** views.sql with every view made a table (the same SELECTs). */
export function viewsAsTables(viewsSql: string): string {
  return viewsSql.replaceAll('CREATE OR REPLACE VIEW', 'CREATE OR REPLACE TABLE');
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
    .map((name) => `DROP TABLE IF EXISTS ${name};`)
    .join('\n');
}
