/**
 * The key figures of an agency's profile and their year-over-year changes. Labels come from the
 * template (src/report/template.ts) so that they read exactly as the report's own tables.
 */
import { type Label, OUTCOME_GROUPS, TABLE2_ROWS, TABLE3_ROWS, TABLE4_GROUPS } from '../../report/template';
import type { FigureRow } from './queries';

export type FigureKey = Exclude<keyof FigureRow, 'report_id' | 'year'>;

export interface KeyFigure {
  key: FigureKey;
  label: Label;
  /** The cell the figure is read from (a link target in the re-drawn tables); null for a sum. */
  cell: string | null;
  unit: 'items' | 'wanYuan';
}

const t3 = (id: string) => TABLE3_ROWS.find((r) => r.id === id)!;
const t2 = (id: string) => TABLE2_ROWS.find((r) => r.id === id)!;

export const KEY_FIGURES: readonly KeyFigure[] = [
  { key: 'new_received', label: t3('new_received'), cell: 't3.new_received.total', unit: 'items' },
  // The template's own label of this row is just 总计; 办理结果总计 says which total it is.
  {
    key: 'total_handled',
    label: { zh: `${t3('total_handled').zh}（办理结果）`, en: t3('total_handled').en },
    cell: 't3.total_handled.total',
    unit: 'items',
  },
  { key: 'granted', label: t3('granted'), cell: 't3.granted.total', unit: 'items' },
  { key: 'denied', label: OUTCOME_GROUPS.find((g) => g.id === 'denied')!, cell: null, unit: 'items' },
  { key: 'carried_forward', label: t3('carried_forward'), cell: 't3.carried_forward.total', unit: 'items' },
  { key: 'licensing_decisions', label: t2('licensing'), cell: 't2.licensing.decisions', unit: 'items' },
  { key: 'fees_wan_yuan', label: t2('fees'), cell: 't2.fees.amount_wan_yuan', unit: 'wanYuan' },
  { key: 'review_total', label: TABLE4_GROUPS[0], cell: 't4.review.total', unit: 'items' },
];

export interface YearFigure {
  year: number;
  report_id: string;
  value: number | null;
  /** Change from the previous year that has a report; null when either value is not stated. */
  change: number | null;
  /** Relative change; null also when the previous value is 0. */
  changeRate: number | null;
}

/**
 * One entry per year (the first report of a year when an agency published two: the duplicate
 * is a finding of its own), with the change from the previous reported year.
 */
export function yearOverYear(rows: readonly FigureRow[], key: FigureKey): YearFigure[] {
  const byYear = new Map<number, FigureRow>();
  for (const r of rows) if (!byYear.has(r.year)) byYear.set(r.year, r);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  let prev: number | null = null;
  return years.map((year, i) => {
    const row = byYear.get(year)!;
    const value = row[key];
    const hasPrev = i > 0;
    const change = hasPrev && value !== null && prev !== null ? round(value - prev) : null;
    const changeRate = change !== null && prev ? change / prev : null;
    prev = value;
    return { year, report_id: row.report_id, value, change, changeRate };
  });
}

// Fees are decimals: keep a difference like 42.39 − 40.1 from printing as 2.2900000000000063.
function round(v: number): number {
  return Math.round(v * 100) / 100;
}
