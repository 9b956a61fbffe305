/**
 * Downloads of a checked report (pure): its figures as JSON (the parser's JSON contract) and CSV
 * (one line per template cell, with where it is and the text as printed), and its 整改清单 as
 * FindingItem rows for the Data quality view's CSV columns.
 */
import type { CsvColumn } from '../../charts/csv';
import { cellLabel, cellsOf } from '../../report/template';
import type { Finding, ParsedReport, ParseResult } from '../../report/types';
import type { FindingItem } from '../../ui/fixList';
import type { Lang } from '../../url/state';

/** The JSON contract of `parse --json`, with the comparison findings added to the parser's. */
export function figuresJson(parsed: ParseResult, extra: readonly Finding[]): string {
  const report: ParsedReport = { ...parsed.report, findings: [...parsed.report.findings, ...extra] };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export interface FigureLine {
  cell_id: string;
  table: number;
  label: string;
  value: number | null;
  raw_text: string | null;
}

export function figureLines(parsed: ParseResult, lang: Lang): FigureLine[] {
  return cellsOf(parsed.report.layout).map((def) => ({
    cell_id: def.id,
    table: def.table,
    label: cellLabel(def.id, lang),
    value: parsed.report.cells[def.id] ?? null,
    raw_text: parsed.details.rawText[def.id] ?? null,
  }));
}

export function figureColumns(l: {
  cellId: string;
  table: string;
  cell: string;
  value: string;
  raw: string;
}): CsvColumn<FigureLine>[] {
  return [
    { label: l.cellId, value: (f) => f.cell_id },
    { label: l.table, value: (f) => f.table },
    { label: l.cell, value: (f) => f.label },
    { label: l.value, value: (f) => f.value },
    { label: l.raw, value: (f) => f.raw_text },
  ];
}

/** Errors first, then warnings, then info; in the order found within each. */
export function fixListItems(
  reportId: string,
  parsed: ParseResult,
  agencyId: string | null,
  extra: readonly Finding[],
): FindingItem[] {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const { report } = parsed;
  return [...report.findings, ...extra]
    .map((f, i) => ({ f, i }))
    .sort((a, b) => order[a.f.severity] - order[b.f.severity] || a.i - b.i)
    .map(({ f }) => ({
      report_id: reportId,
      year: report.year,
      agency_id: agencyId ?? '',
      agency_name: report.agency ?? '',
      rule: f.rule,
      severity: f.severity,
      at_cell: f.cells?.[0] ?? null,
      expected: f.expected ?? null,
      found: f.found ?? null,
      message_zh: f.message,
      message_en: f.message_en ?? f.message,
      source_url: null,
    }));
}
