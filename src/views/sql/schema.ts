/**
 * The live schema (every table and view with its columns) for the schema browser and for
 * autocomplete, read from DuckDB's catalog so tables a user adds show up too; descriptions come
 * from the data dictionary (src/dataset/dictionary.ts).
 */
import type { Completion } from '@codemirror/autocomplete';
import type { SQLNamespace } from '@codemirror/lang-sql';
import { type ColumnSpec, TABLES, VIEWS } from '../../dataset/dictionary';
import type { Label } from '../../report/template';

/** One row per column of every table and view in the main schema, in column order. */
export const SCHEMA_SQL = `
SELECT c.table_name, t.table_type, c.column_name, c.data_type
FROM information_schema.columns c
JOIN information_schema.tables t
  ON t.table_catalog = c.table_catalog AND t.table_schema = c.table_schema AND t.table_name = c.table_name
WHERE c.table_schema = 'main' AND c.table_catalog = current_database()
ORDER BY c.table_name, c.ordinal_position`;

/** Function names for autocomplete (DuckDB's own list, so it matches the engine in use). */
export const FUNCTIONS_SQL = `
SELECT DISTINCT function_name FROM duckdb_functions()
WHERE function_type IN ('scalar', 'aggregate', 'table', 'macro', 'table_macro')
  AND function_name SIMILAR TO '[a-z_][a-z0-9_]*'
ORDER BY function_name`;

export interface SchemaRow {
  table_name: string;
  table_type: string;
  column_name: string;
  data_type: string;
}

export interface SchemaColumn {
  name: string;
  type: string;
  description: Label | null;
}

export interface SchemaTable {
  name: string;
  kind: 'table' | 'view';
  /** Ours (described in the dictionary) or added by the user. */
  description: Label | null;
  columns: SchemaColumn[];
}

const DICTIONARY = [...TABLES, ...VIEWS];

/** Catalog rows → tables, ours first in dictionary order, then the user's alphabetically. */
export function buildSchema(rows: readonly SchemaRow[]): SchemaTable[] {
  const byName = new Map<string, SchemaTable>();
  for (const row of rows) {
    let table = byName.get(row.table_name);
    if (!table) {
      const spec = DICTIONARY.find((d) => d.name === row.table_name);
      table = {
        name: row.table_name,
        // The dataset's views are materialized as tables in the page (src/db/engine.ts): still views.
        kind: row.table_type === 'VIEW' || VIEWS.some((v) => v.name === row.table_name) ? 'view' : 'table',
        description: spec ? { zh: spec.zh, en: spec.en } : null,
        columns: [],
      };
      byName.set(row.table_name, table);
    }
    const spec: ColumnSpec | undefined = DICTIONARY.find((d) => d.name === row.table_name)?.columns.find(
      (c) => c.name === row.column_name,
    );
    table.columns.push({
      name: row.column_name,
      type: row.data_type,
      description: spec ? { zh: spec.zh, en: spec.en } : null,
    });
  }
  const rank = (name: string) => {
    const i = DICTIONARY.findIndex((d) => d.name === name);
    return i < 0 ? DICTIONARY.length : i;
  };
  return [...byName.values()].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/** The schema as CodeMirror's SQL completion wants it: tables with typed, described columns. */
export function completionSchema(tables: readonly SchemaTable[], lang: 'zh' | 'en'): SQLNamespace {
  const namespace: Record<string, SQLNamespace> = {};
  for (const table of tables) {
    const self: Completion = {
      label: table.name,
      type: table.kind === 'view' ? 'class' : 'type',
      detail: table.kind === 'view' ? 'view' : 'table',
      info: table.description?.[lang],
    };
    const children: Completion[] = table.columns.map((c) => ({
      label: c.name,
      type: 'property',
      detail: c.type,
      info: c.description?.[lang],
    }));
    namespace[table.name] = { self, children };
  }
  return namespace;
}

/**
 * Columns of the tables a query names, for completing a bare column name (`SELECT agen… FROM
 * reports`), which CodeMirror's schema completion only does after `table.`.
 */
export function columnsInScope(text: string, tables: readonly SchemaTable[], lang: 'zh' | 'en'): Completion[] {
  const words = new Set(text.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? []);
  const seen = new Set<string>();
  const options: Completion[] = [];
  for (const table of tables) {
    if (!words.has(table.name.toLowerCase())) continue;
    for (const c of table.columns) {
      if (seen.has(c.name)) continue;
      seen.add(c.name);
      options.push({
        label: c.name,
        type: 'property',
        detail: `${table.name} · ${c.type}`,
        info: c.description?.[lang],
        boost: 1,
      });
    }
  }
  return options;
}
