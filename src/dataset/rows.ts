/**
 * One report → its rows in the dataset tables (pure). Column names are those of dictionary.ts.
 */
import { cellsOf } from '../report/template';
import type { Finding, ParseResult, Severity } from '../report/types';

export type Value = string | number | boolean | null;

export interface ReportRow {
  report_id: string;
  agency_id: string | null;
  agency_name: string | null;
  year: number | null;
  layout: string;
  /** YYYY-MM-DD */
  published: string | null;
  title: string | null;
  index_no: string | null;
  source_file: string;
  source_url: string | null;
  source_format: string | null;
  source_notes: string | null;
  sha256: string | null;
  /** From data/reports/coverage.csv; null = the views' rule (src/measures/coverage.ts). */
  scope: 'own' | 'jurisdiction' | null;
  scope_evidence: string | null;
  status: 'ok' | 'failed';
  error: string | null;
  n_errors: number;
  n_warnings: number;
  n_info: number;
}

export interface CellRow {
  report_id: string;
  table_no: number;
  row_id: string;
  column_id: string;
  cell_id: string;
  value: number | null;
  raw_text: string | null;
}

export interface FindingRow {
  report_id: string;
  rule: string;
  severity: Severity;
  at_cell: string | null;
  cell_ids: string | null;
  expected: number | null;
  found: number | null;
  message_zh: string;
  message_en: string | null;
}

/** The cells of a parse in template order; a cell id the template does not know is an error. */
export function cellRows(reportId: string, parsed: ParseResult): CellRow[] {
  const { report, details } = parsed;
  const defs = cellsOf(report.layout);
  const known = new Set(defs.map((d) => d.id));
  const unknown = Object.keys(report.cells).filter((id) => !known.has(id));
  if (unknown.length) {
    throw new Error(`cell id(s) not in layout ${report.layout}: ${unknown.slice(0, 5).join(', ')}`);
  }
  const rows: CellRow[] = [];
  for (const def of defs) {
    if (!(def.id in report.cells)) continue;
    rows.push({
      report_id: reportId,
      table_no: def.table,
      row_id: def.row,
      column_id: def.column,
      cell_id: def.id,
      value: report.cells[def.id],
      raw_text: details.rawText[def.id] ?? null,
    });
  }
  return rows;
}

export function findingRow(reportId: string, f: Finding): FindingRow {
  return {
    report_id: reportId,
    rule: f.rule,
    severity: f.severity,
    at_cell: f.cells?.[0] ?? null,
    cell_ids: f.cells?.length ? f.cells.join('|') : null,
    expected: f.expected ?? null,
    found: f.found ?? null,
    message_zh: f.message,
    message_en: f.message_en ?? null,
  };
}

/** n_errors / n_warnings / n_info of each report id. */
export function countBySeverity(findings: Iterable<FindingRow>): Map<string, Record<Severity, number>> {
  const counts = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    let c = counts.get(f.report_id);
    if (!c) counts.set(f.report_id, (c = { error: 0, warning: 0, info: 0 }));
    c[f.severity]++;
  }
  return counts;
}

/** A date as YYYY-MM-DD, or an error naming what the parser gave. */
export function isoDate(value: string | null): string | null {
  if (value === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new Error(`published "${value}" is not a YYYY-MM-DD date`);
  }
  return value;
}
