/**
 * The key figures of an agency's profile and their changes between reports: measures of
 * src/measures/ (names, units and formulas from there), read per report by FIGURES_SQL.
 */

import type { LayoutId } from '../report/template';
import { layoutsOf, type Measure, type MeasureId, measure, measureCells } from './measures';

/** The counts shown per year (rates need a denominator beside them: Compare shows those). */
export const KEY_MEASURES = [
  'new_received',
  'total_handled',
  'carried_forward',
  'licensing',
  'penalty',
  'enforcement',
  'fees',
  'normative_docs_net',
  'appeals_total',
  'corrected_count',
] as const satisfies readonly MeasureId[];
export type KeyMeasureId = (typeof KEY_MEASURES)[number];

export interface KeyFigure {
  id: KeyMeasureId;
  measure: Measure;
  /** The cell the figure is read from (a link target in the re-drawn tables); null for a sum. */
  cell: string | null;
}

export const KEY_FIGURES: readonly KeyFigure[] = KEY_MEASURES.map((id) => {
  const cells = measureCells(measure(id));
  return { id, measure: measure(id), cell: cells.length === 1 ? cells[0] : null };
});

export interface YearFigure {
  year: number;
  report_id: string;
  value: number | null;
  /** The report's template lacks a cell of the measure (e.g. no fee amount in the 2019 template). */
  notInTemplate: LayoutId | null;
  /** The year compared with: the previous year that has a report (year − 1 for a year-on-year change). */
  since: number | null;
  /** Change from `since`; null when either value is not stated. */
  change: number | null;
  /** Relative change; null also when the earlier value is 0. */
  changeRate: number | null;
}

/**
 * One entry per year (the first report of a year when an agency published two: the duplicate
 * is a finding of its own), with the change from the previous reported year, which `since` names.
 */
export function yearOverYear(rows: readonly FigureRow[], id: KeyMeasureId): YearFigure[] {
  const byYear = new Map<number, FigureRow>();
  for (const r of rows) if (!byYear.has(r.year)) byYear.set(r.year, r);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const layouts: readonly string[] = layoutsOf(measure(id));
  let prev: number | null = null;
  return years.map((year, i) => {
    const row = byYear.get(year)!;
    const value = row[id] as number | null;
    const since = i > 0 ? years[i - 1] : null;
    const change = since !== null && value !== null && prev !== null ? round(value - prev) : null;
    const changeRate = change !== null && prev ? change / prev : null;
    prev = value;
    const notInTemplate =
      value === null && row.layout !== 'unknown' && !layouts.includes(row.layout) ? row.layout : null;
    return { year, report_id: row.report_id, value, notInTemplate, since, change, changeRate };
  });
}

// Fees are decimals: keep a difference like 42.39 − 40.1 from printing as 2.2900000000000063.
function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Key figures of every report of an agency, for the year-over-year table and trend chart. */
export type FigureRow = {
  report_id: string;
  year: number;
  layout: LayoutId;
  /** What the report covers and how it overlaps others (report_figures; src/measures/coverage.ts). */
  scope: 'own' | 'jurisdiction';
  covered_by: string | null;
  department_reports: number;
} & Record<KeyMeasureId, number | null>;
