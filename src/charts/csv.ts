/**
 * CSV writing, one pure function: RFC 4180 quoting, CRLF line ends and a UTF-8 byte-order mark
 * so that Excel (which assumes the local ANSI code page otherwise) shows Chinese correctly.
 */

export interface CsvColumn<Row> {
  /** The header cell. */
  label: string;
  /** The cell value of a row; null/undefined is written as an empty cell (blank, not 0). */
  value: (row: Row) => string | number | boolean | null | undefined;
}

const BOM = '\uFEFF';

// Spreadsheet apps run text that starts like a formula; prefix it so a report title or message
// can never execute in a user's Excel (numbers, including negative ones, are written as numbers).
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = String(v);
  if (typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => csvField(c.label)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','));
  return `${BOM + lines.join('\r\n')}\r\n`;
}
