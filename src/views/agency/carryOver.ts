/**
 * The carry-over check of an agency's profile, year by year: this year's 上年结转 against the
 * previous year's 结转下年度继续办理 (the dataset's `cross.carry_over` findings compare every
 * table-3 column; the profile shows the 总计 column and how many columns differ).
 */
import type { CarryOverRow } from './queries';

export type CarryStatus = 'agrees' | 'differs' | 'notStated' | 'noPrevious';

export interface CarryCheck {
  year: number;
  report_id: string;
  /** The previous year's report, when the agency has one. */
  previous: { year: number; report_id: string; carried_forward: number | null } | null;
  carried_over: number | null;
  /** Columns whose 上年结转 differs from the previous report's 结转下年度 (the findings). */
  differing: number;
  status: CarryStatus;
}

/** One check per year that has a report (its first report, as the key-figure table takes). */
export function carryOverChecks(rows: readonly CarryOverRow[]): CarryCheck[] {
  const byYear = new Map<number, CarryOverRow>();
  for (const r of rows) if (!byYear.has(r.year)) byYear.set(r.year, r);
  return [...byYear.values()]
    .sort((a, b) => a.year - b.year)
    .map((r) => {
      const prev = byYear.get(r.year - 1) ?? null;
      const status: CarryStatus = !prev
        ? 'noPrevious'
        : r.differing > 0
          ? 'differs'
          : r.carried_over === null || prev.carried_forward === null
            ? 'notStated'
            : 'agrees';
      return {
        year: r.year,
        report_id: r.report_id,
        previous: prev && { year: prev.year, report_id: prev.report_id, carried_forward: prev.carried_forward },
        carried_over: r.carried_over,
        differing: r.differing,
        status,
      };
    });
}
