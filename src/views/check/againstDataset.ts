/**
 * The checked report against the same agency's reports in the dataset (pure): the carry-over rule
 * across years (checkCarryOver), big year-over-year jumps in key figures, a layout that does not
 * match the year, and a report for the same year that the dataset already has.
 */

import { KEY_FIGURES } from '../../measures/keyFigures';
import { checkCarryOver, type ReportForCrossCheck } from '../../report/crossChecks';
import type { RuleDef } from '../../report/rules';
import { cellLabel, type LayoutId } from '../../report/template';
import type { Finding } from '../../report/types';

/** Rules this view adds to the parser's own; they compare with other reports or with the calendar. */
export const HISTORY_RULES = {
  layoutYear: {
    id: 'check.layout_year',
    severity: 'warning',
    short: { zh: '格式与年度不符', en: 'Layout vs. year' },
    zh: '表格格式与年度不符：2021 年及以后的年报应采用 2021 年版模板，2019、2020 年度应采用 2019 年版',
    en: 'Layout does not match the year: reports for 2021 and later use the 2021 template, 2019 and 2020 the 2019 one',
  },
  jump: {
    id: 'check.yoy_jump',
    severity: 'info',
    short: { zh: '与上年相比变化很大', en: 'Large change on last year' },
    zh: '主要数字与上一年度相比变化很大（增至 3 倍以上或降至三分之一以下），请核对',
    en: 'A key figure changed a lot from the previous year (more than tripled or fell below a third): please verify',
  },
  sameYear: {
    id: 'check.same_year_in_dataset',
    severity: 'info',
    short: { zh: '数据集已有同年年报', en: 'Already in the dataset' },
    zh: '数据集中已有该机关同一年度的年报',
    en: 'The dataset already has a report of this agency for the same year',
  },
} as const satisfies Record<string, RuleDef>;

export const historyRuleById = (id: string): RuleDef | undefined =>
  Object.values(HISTORY_RULES).find((r) => r.id === id);

/** The template layout a report of `year` should use; null when either is acceptable or unknown. */
export function expectedLayout(year: number | null): LayoutId | null {
  if (year === null) return null;
  if (year >= 2021) return '2021';
  if (year >= 2019) return '2019';
  return 'unknown';
}

export function checkLayoutYear(layout: LayoutId, year: number | null): Finding | null {
  const expected = expectedLayout(year);
  // Before 2019 there was no national template: any layout the parser recognised is fine.
  if (expected === null || expected === 'unknown' || layout === 'unknown' || layout === expected) return null;
  return {
    rule: HISTORY_RULES.layoutYear.id,
    severity: HISTORY_RULES.layoutYear.severity,
    message: `${year} 年度的年报采用了 ${layout} 年版表格，应为 ${expected} 年版`,
    message_en: `The report for ${year} uses the ${layout} table layout; it should use the ${expected} one`,
  };
}

/** A factor of this size either way counts as a big jump, if the figure also moved by at least MIN_JUMP. */
const JUMP_FACTOR = 3;
const MIN_JUMP = 10;

export function checkJumps(current: ReportForCrossCheck, previous: ReportForCrossCheck): Finding[] {
  const out: Finding[] = [];
  for (const figure of KEY_FIGURES) {
    if (!figure.cell) continue;
    const now = current.cells[figure.cell] ?? null;
    const before = previous.cells[figure.cell] ?? null;
    if (now === null || before === null || Math.abs(now - before) < MIN_JUMP) continue;
    const big = before === 0 || now === 0 || now / before >= JUMP_FACTOR || before / now >= JUMP_FACTOR;
    if (!big) continue;
    out.push({
      rule: HISTORY_RULES.jump.id,
      severity: HISTORY_RULES.jump.severity,
      cells: [figure.cell],
      expected: null,
      found: now,
      message: `${cellLabel(figure.cell, 'zh')}：${previous.year} 年为 ${before}（年报 ${previous.reportId}），本年为 ${now}`,
      message_en: `${cellLabel(figure.cell, 'en')}: ${before} in ${previous.year} (report ${previous.reportId}), ${now} now`,
    });
  }
  return out;
}

export interface HistoryResult {
  /** The dataset's report this one is compared with (the latest earlier year), if any. */
  previous: ReportForCrossCheck | null;
  findings: Finding[];
}

/**
 * `current` against the agency's reports in the dataset (`others`, any order). The carry-over rule
 * and the jumps compare with the report of the year before (or, for the jumps, the latest earlier
 * year when that one is missing).
 */
export function compareWithHistory(
  current: ReportForCrossCheck,
  others: readonly ReportForCrossCheck[],
): HistoryResult {
  const findings: Finding[] = [];
  const layoutFinding = checkLayoutYear(current.layout, current.year);
  if (layoutFinding) findings.push(layoutFinding);
  if (current.year === null) return { previous: null, findings };
  const sameYear = others.filter((r) => r.year === current.year);
  if (sameYear.length > 0) {
    const ids = sameYear.map((r) => r.reportId).join('、');
    findings.push({
      rule: HISTORY_RULES.sameYear.id,
      severity: HISTORY_RULES.sameYear.severity,
      message: `数据集中已有该机关 ${current.year} 年度的年报：${ids}`,
      message_en: `The dataset already has this agency's report for ${current.year}: ${ids.replaceAll('、', ', ')}`,
    });
  }
  const earlier = others
    .filter((r) => r.year !== null && r.year < current.year! && r.layout !== 'unknown')
    .sort((a, b) => b.year! - a.year! || a.reportId.localeCompare(b.reportId));
  const previous = earlier[0] ?? null;
  if (!previous) return { previous, findings };
  // crossChecks' finding carries a reportId of its own; the checked report has none yet.
  if (previous.year === current.year - 1) {
    findings.push(...checkCarryOver(current, previous).map(({ reportId: _, ...f }) => f));
  }
  findings.push(...checkJumps(current, previous));
  return { previous, findings };
}
