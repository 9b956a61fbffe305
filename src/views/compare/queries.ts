/**
 * SQL of the Compare view. Filter values are bound parameters (src/db/filters.ts); the SQL text
 * only changes with which filters are set.
 */
import { type FigureFilter, filterWhere, type SqlFragment } from '../../db/filters';

/** One row per report of one year that matches the filters (see CompareRow in metrics.ts). */
export function compareRowsQuery(filter: FigureFilter & { year: number }): SqlFragment {
  const where = filterWhere({ ...filter, years: [filter.year] }, 'f');
  return {
    sql: `SELECT f.report_id, f.agency_id, f.agency_name, f.short_name, f.year,
  f.new_received, f.total_handled, f.granted, f.partial, f.denied, f.unavailable,
  np.new_received AS natural_new_received,
  f.licensing_decisions, f.fees_wan_yuan,
  f.review_total, f.review_corrected, f.suit_total, f.suit_corrected
FROM report_figures f
LEFT JOIN t3_by_applicant np ON np.report_id = f.report_id AND np.applicant = 'natural_person'
${where.sql}
ORDER BY f.agency_name, f.report_id`,
    params: where.params,
  };
}

/** Years that have reports, newest first. */
export const YEARS_SQL = 'SELECT DISTINCT year FROM report_figures WHERE year IS NOT NULL ORDER BY year DESC';

/** Every region path (province, province/city, province/city/county), level and agency type present. */
export const FILTER_OPTIONS_SQL = `SELECT DISTINCT kind, value FROM (
  SELECT 'region' AS kind, province AS value FROM report_figures
  UNION ALL SELECT 'region', concat_ws('/', province, city) FROM report_figures WHERE city IS NOT NULL
  UNION ALL SELECT 'region', concat_ws('/', province, city, county) FROM report_figures WHERE city IS NOT NULL AND county IS NOT NULL
  UNION ALL SELECT 'level', level FROM report_figures
  UNION ALL SELECT 'type', agency_type FROM report_figures
) WHERE value IS NOT NULL
ORDER BY kind, value`;
