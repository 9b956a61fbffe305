/** SQL of the Agency profile. The agency id and report id are always bound parameters. */

import type { AgencyRow } from '../../dataset/agencyList';
import type { NamedQuery } from '../../db/filters';
import { KEY_MEASURES } from '../../measures/keyFigures';
import { measureValues } from '../../measures/sql';
import { RULES } from '../../report/rules';

/** Every agency that has a report, for the picker. */
export const AGENCY_LIST_SQL = `SELECT r.agency_id, coalesce(any_value(a.name), any_value(r.agency_name)) AS name,
  count(*)::INTEGER AS reports, min(r.year) AS first_year, max(r.year) AS last_year
FROM reports r LEFT JOIN agencies a ON a.agency_id = r.agency_id
WHERE r.agency_id IS NOT NULL
GROUP BY r.agency_id
ORDER BY name`;

/** A row of the agencies table (column meanings: src/dataset/dictionary.ts). */
export type AgencyInfo = AgencyRow;
export const AGENCY_SQL = `SELECT agency_id, name, short_name, aliases, province, city, county, division_code, level,
  agency_type, curated
FROM agencies WHERE agency_id = ?`;

export const REPORTS_SQL = `SELECT report_id, agency_name, year, layout, published, title, index_no, source_file, source_url,
  source_format, status, error, n_errors, n_warnings
FROM reports WHERE agency_id = ?
ORDER BY year, published, report_id`;

export const CELLS_SQL = 'SELECT cell_id, value, raw_text FROM cells WHERE report_id = ? ORDER BY cell_id';

export const FINDINGS_SQL = `SELECT f.report_id, r.year, f.rule, f.severity, f.at_cell, f.cell_ids, f.expected, f.found,
  f.message_zh, f.message_en
FROM findings f JOIN reports r ON r.report_id = f.report_id
WHERE f.report_id = ?
ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.rule, f.at_cell`;

/** Key figures of every report of the agency, for the year-over-year table and trend chart. */
export const FIGURES_SQL = `SELECT report_id, year, layout, scope, covered_by, department_reports,
  ${measureValues(KEY_MEASURES).join(', ')}
FROM report_figures WHERE agency_id = ? AND year IS NOT NULL
ORDER BY year, report_id`;

/** Per report of the agency: 上年结转 and 结转下年度 (总计) and its carry-over findings, for carryOver.ts. */
export interface CarryOverRow {
  report_id: string;
  year: number;
  carried_over: number | null;
  carried_forward: number | null;
  differing: number;
}
export const CARRY_OVER_SQL = `SELECT f.report_id, f.year, f.carried_over, f.carried_forward,
  count(x.rule)::INTEGER AS differing
FROM report_figures f
LEFT JOIN findings x ON x.report_id = f.report_id AND x.rule = '${RULES.carryOver.id}'
WHERE f.agency_id = ? AND f.year IS NOT NULL
GROUP BY f.report_id, f.year, f.carried_over, f.carried_forward
ORDER BY f.year, f.report_id`;

/**
 * The profile's queries by name, as the view runs them (useSql) and as the build computes them for
 * every agency (src/pipeline/prerender.ts), so that a link to a profile opens before the engine is up.
 */
export const AGENCY_QUERIES = {
  list: (): NamedQuery => ({ name: 'agency.list', sql: AGENCY_LIST_SQL, params: [] }),
  info: (agencyId: string): NamedQuery => ({ name: 'agency.info', sql: AGENCY_SQL, params: [agencyId] }),
  reports: (agencyId: string): NamedQuery => ({ name: 'agency.reports', sql: REPORTS_SQL, params: [agencyId] }),
  figures: (agencyId: string): NamedQuery => ({ name: 'agency.figures', sql: FIGURES_SQL, params: [agencyId] }),
  carryOver: (agencyId: string): NamedQuery => ({ name: 'agency.carryOver', sql: CARRY_OVER_SQL, params: [agencyId] }),
  cells: (reportId: string): NamedQuery => ({ name: 'agency.cells', sql: CELLS_SQL, params: [reportId] }),
  findings: (reportId: string): NamedQuery => ({ name: 'agency.findings', sql: FINDINGS_SQL, params: [reportId] }),
};
