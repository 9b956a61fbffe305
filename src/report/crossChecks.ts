/**
 * Consistency rules across reports (pure; the dataset pipeline runs them over the whole corpus).
 *
 * - `cross.carry_over`: this year's 上年结转 (carried_over.<col>) should equal the same agency's
 *   结转下年度继续办理 (carried_forward.<col>) in its report for the previous year, per column, when
 *   that report exists and both cells are stated (blanks are findings of their own).
 * - `cross.duplicate_report`: more than one report for the same agency and year.
 */

import type { Cells } from './checks';
import { RULES } from './rules';
import { type LayoutId, TABLE3_COLUMNS, t3Id } from './template';
import type { Finding } from './types';

export interface ReportForCrossCheck {
  reportId: string;
  agencyId: string;
  year: number | null;
  layout: LayoutId;
  cells: Cells;
}

export type CrossFinding = Finding & { reportId: string };

/** Findings across reports, in input order of the report they are attached to. */
export function checkAcrossReports(reports: readonly ReportForCrossCheck[]): CrossFinding[] {
  const byAgencyYear = new Map<string, ReportForCrossCheck[]>();
  for (const r of reports) {
    if (!r.agencyId || r.year === null) continue;
    const key = agencyYearKey(r.agencyId, r.year);
    byAgencyYear.set(key, [...(byAgencyYear.get(key) ?? []), r]);
  }
  const out: CrossFinding[] = [];
  for (const r of reports) {
    if (!r.agencyId || r.year === null) continue;
    const sameYear = byAgencyYear.get(agencyYearKey(r.agencyId, r.year))!;
    if (sameYear.length > 1) out.push(duplicateFinding(r, sameYear));
    for (const previous of byAgencyYear.get(agencyYearKey(r.agencyId, r.year - 1)) ?? []) {
      out.push(...checkCarryOver(r, previous));
    }
  }
  return out;
}

const agencyYearKey = (agencyId: string, year: number) => `${agencyId}\u0000${year}`;

/** `current`'s 上年结转 against `previous`'s 结转下年度, per table-3 column. */
export function checkCarryOver(current: ReportForCrossCheck, previous: ReportForCrossCheck): CrossFinding[] {
  const out: CrossFinding[] = [];
  for (const col of TABLE3_COLUMNS) {
    const overId = t3Id('carried_over', col.id);
    const forwardId = t3Id('carried_forward', col.id);
    const over = current.cells[overId] ?? null;
    const forward = previous.cells[forwardId] ?? null;
    if (over === null || forward === null || over === forward) continue;
    out.push({
      reportId: current.reportId,
      rule: RULES.carryOver.id,
      severity: RULES.carryOver.severity,
      // The second cell is in the previous year's report, named in the message.
      cells: [overId, forwardId],
      expected: forward,
      found: over,
      message:
        `表三“${col.zh}”列：${current.year} 年报告的上年结转为 ${over}，` +
        `但同一机关 ${previous.year} 年报告（${previous.reportId}）的结转下年度继续办理为 ${forward}`,
      message_en:
        `Table 3, ${col.en} column: carried over ${over} in the ${current.year} report, ` +
        `but the same agency's ${previous.year} report (${previous.reportId}) carried forward ${forward}`,
    });
  }
  return out;
}

function duplicateFinding(report: ReportForCrossCheck, sameYear: ReportForCrossCheck[]): CrossFinding {
  const others = sameYear.filter((r) => r !== report).map((r) => r.reportId);
  return {
    reportId: report.reportId,
    rule: RULES.duplicateReport.id,
    severity: RULES.duplicateReport.severity,
    message: `同一机关 ${report.year} 年度另有报告：${others.join('、')}`,
    message_en: `The same agency has another report for ${report.year}: ${others.join(', ')}`,
  };
}
