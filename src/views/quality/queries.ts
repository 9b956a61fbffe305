/**
 * SQL of the Data quality view. Findings are joined to their report and agency so that the
 * shared URL filters (src/db/filters.ts) apply; rule and severity are bound parameters too.
 */
import { type FigureFilter, filterWhere, type SqlFragment } from '../../db/filters';
import type { Severity } from '../../report/types';

export interface QualityFilter extends FigureFilter {
  rule: string | null;
  severity: Severity | null;
}

/** Findings with the year, agency and place of their report. */
const FINDINGS_WITH_AGENCY = `WITH fx AS (
  SELECT f.report_id, f.rule, f.severity, f.at_cell, f.cell_ids, f.expected, f.found, f.message_zh, f.message_en,
    r.year, r.agency_id, coalesce(a.name, r.agency_name) AS agency_name, r.source_url,
    a.province, a.city, a.county, a.level, a.agency_type
  FROM findings f
  JOIN reports r ON r.report_id = f.report_id
  LEFT JOIN agencies a ON a.agency_id = r.agency_id
)`;

function where(f: QualityFilter): SqlFragment {
  const base = filterWhere(f);
  let sql = base.sql;
  const params = [...base.params];
  if (f.rule) {
    sql += ' AND rule = ?';
    params.push(f.rule);
  }
  if (f.severity) {
    sql += ' AND severity = ?';
    params.push(f.severity);
  }
  return { sql, params };
}

function build(f: QualityFilter, select: string): SqlFragment {
  const w = where(f);
  return { sql: `${FINDINGS_WITH_AGENCY}\n${select.replace('{where}', w.sql)}`, params: w.params };
}

export interface RuleCount {
  rule: string;
  severity: Severity;
  n: number;
}
export const byRuleQuery = (f: QualityFilter) =>
  build(
    f,
    'SELECT rule, severity, count(*)::INTEGER AS n FROM fx {where} GROUP BY rule, severity ORDER BY rule, severity',
  );

export interface YearCount {
  year: number | null;
  severity: Severity;
  n: number;
}
export const byYearQuery = (f: QualityFilter) =>
  build(
    f,
    'SELECT year, severity, count(*)::INTEGER AS n FROM fx {where} GROUP BY year, severity ORDER BY year, severity',
  );

export interface AgencyCount {
  agency_id: string;
  agency_name: string;
  reports: number;
  errors: number;
  warnings: number;
  infos: number;
  n: number;
}
export const byAgencyQuery = (f: QualityFilter) =>
  build(
    f,
    `SELECT agency_id, any_value(agency_name) AS agency_name, count(DISTINCT report_id)::INTEGER AS reports,
  count(*) FILTER (WHERE severity = 'error')::INTEGER AS errors,
  count(*) FILTER (WHERE severity = 'warning')::INTEGER AS warnings,
  count(*) FILTER (WHERE severity = 'info')::INTEGER AS infos,
  count(*)::INTEGER AS n
FROM fx {where} GROUP BY agency_id ORDER BY errors DESC, n DESC, agency_name`,
  );

const ITEM_COLUMNS = `report_id, year, agency_id, agency_name, rule, severity, at_cell, expected, found, message_zh, message_en, source_url`;
const ITEM_ORDER = `ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, agency_name, year, report_id, rule, at_cell`;

/** The first `limit` findings, errors first. */
export function findingListQuery(f: QualityFilter, limit: number): SqlFragment {
  const q = build(f, `SELECT ${ITEM_COLUMNS} FROM fx {where} ${ITEM_ORDER} LIMIT ?`);
  return { sql: q.sql, params: [...q.params, limit] };
}

/** Every finding of one agency (the 整改清单), whatever the other filters say. */
export function fixListQuery(agencyId: string): SqlFragment {
  return {
    sql: `${FINDINGS_WITH_AGENCY}\nSELECT ${ITEM_COLUMNS} FROM fx WHERE agency_id = ? ${ITEM_ORDER}`,
    params: [agencyId],
  };
}

/** A jurisdiction report whose table-2 figure differs from the sum of its departments' reports. */
export interface CoverageGap {
  report_id: string;
  agency_name: string;
  year: number;
  figure: string;
  value: number | null;
  departments_sum: number | null;
  department_reports: number;
}

/**
 * Rows of the jurisdiction_check view that differ (by more than rounding to 0.01): a zone-wide report
 * normally equals or exceeds its departments' sum; either way the difference is worth a look.
 */
export const COVERAGE_GAPS_SQL = `SELECT j.report_id, f.agency_name, j.year, j.figure, j.value, j.departments_sum, j.department_reports
FROM jurisdiction_check j JOIN report_figures f ON f.report_id = j.report_id
WHERE j.value IS NOT NULL AND j.departments_sum IS NOT NULL AND abs(j.value - j.departments_sum) >= 0.005
ORDER BY j.year, j.report_id, j.figure`;
