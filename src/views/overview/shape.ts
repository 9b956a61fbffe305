/**
 * Query rows → what the Overview's charts and filters need. Pure; unit-tested.
 */
import type { BarSeries } from '../../charts/barOption';
import type { AgencyOption, YearRow } from '../../queries/overview';
import { OUTCOME_GROUPS, type OutcomeGroup } from '../../report/template';

/** The report_figures column holding each outcome group's count. */
export const OUTCOME_COLUMN: Record<OutcomeGroup, keyof YearRow> = {
  granted: 'granted',
  partial: 'partial',
  denied: 'denied',
  unavailable: 'unavailable',
  rejected: 'rejected',
  other: 'other_handled',
};

/** One series per outcome group, in the template's order, named by the template's label. */
export function outcomeSeries(rows: readonly YearRow[], lang: 'zh' | 'en'): BarSeries[] {
  return OUTCOME_GROUPS.map((g) => ({
    name: g[lang],
    values: rows.map((r) => r[OUTCOME_COLUMN[g.id]] as number | null),
  }));
}

/** Named series picked from year rows: `[[name, column], …]` → one BarSeries each. */
export function yearSeries(rows: readonly YearRow[], picks: readonly [string, keyof YearRow][]): BarSeries[] {
  return picks.map(([name, column]) => ({ name, values: rows.map((r) => r[column] as number | null) }));
}

export interface RegionOption {
  /** `province[/city[/county]]`, the URL's `region` value. */
  value: string;
  /** The last part of the path (the place's own name). */
  name: string;
  depth: number;
}

/** Every province, city and county that has an agency, each after its parent, in first-seen order. */
export function regionOptions(agencies: readonly Pick<AgencyOption, 'province' | 'city' | 'county'>[]): RegionOption[] {
  const seen = new Set<string>();
  const out: RegionOption[] = [];
  for (const a of agencies) {
    const parts = [a.province, a.city, a.county];
    for (let depth = 0; depth < parts.length; depth++) {
      const name = parts[depth];
      if (!name) break;
      const value = parts.slice(0, depth + 1).join('/');
      if (seen.has(value)) continue;
      seen.add(value);
      out.push({ value, name, depth });
    }
  }
  return out;
}
