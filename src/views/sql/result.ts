/** A query result as the workbench holds it, and how one cell reads as text. */

export interface ResultColumn {
  name: string;
  /** DuckDB type name, e.g. INTEGER, VARCHAR, DECIMAL(18,2), DATE. */
  type: string;
}

export type ResultRow = Record<string, unknown>;

export interface QueryResult {
  columns: ResultColumn[];
  rows: ResultRow[];
}

/** The workbench shows at most this many rows; exports always write all of them. */
export const DISPLAY_ROW_LIMIT = 100_000;

const NUMERIC_TYPE =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|REAL|DECIMAL|NUMERIC|INT\d*)\b/i;

export function isNumericType(type: string): boolean {
  return NUMERIC_TYPE.test(type.trim());
}

export function isIntegerType(type: string): boolean {
  return isNumericType(type) && !/^(FLOAT|DOUBLE|REAL|DECIMAL|NUMERIC)/i.test(type.trim());
}

/**
 * A cell as plain text (null → null, for the caller to show as a styled NULL). Dates render as
 * ISO dates; lists and structs as JSON, with 64-bit integers as plain digits.
 */
export function cellText(value: unknown, type = ''): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (/^DATE$/i.test(type)) return new Date(value).toISOString().slice(0, 10);
    if (/^TIMESTAMP/i.test(type))
      return new Date(value)
        .toISOString()
        .replace('T', ' ')
        .replace(/\.000Z$|Z$/, '');
    return String(value);
  }
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return /^DATE$/i.test(type) ? value.toISOString().slice(0, 10) : value.toISOString();
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/** Ascending order of two cells: numbers as numbers, NULLs last. */
export function compareCells(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : 1;
  const sa = cellText(a) ?? '';
  const sb = cellText(b) ?? '';
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** The rows sorted by one column (a stable sort; NULLs stay last when descending too). */
export function sortRows(rows: readonly ResultRow[], column: string, desc: boolean): ResultRow[] {
  const sign = desc ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const va = a.row[column];
      const vb = b.row[column];
      const aNull = va === null || va === undefined;
      const bNull = vb === null || vb === undefined;
      if (aNull || bNull) return aNull === bNull ? a.i - b.i : aNull ? 1 : -1;
      return sign * compareCells(va, vb) || a.i - b.i;
    })
    .map((x) => x.row);
}
