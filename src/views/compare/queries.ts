/**
 * SQL of the Compare view. Filter values are bound parameters (src/db/filters.ts); the SQL text
 * only changes with which filters are set.
 */
import { type FigureFilter, filterWhere, type SqlFragment } from '../../db/filters';
import { measureValues } from '../../measures/sql';
import type { Peers } from '../../url/state';
import { METRIC_IDS } from './metrics';

export interface CompareFilter extends FigureFilter {
  year: number;
  peers: Peers;
}

/** The report scope each choice of peers compares (src/measures/coverage.ts). */
const PEER_SCOPE: Record<Peers, 'own' | 'jurisdiction'> = { departments: 'own', governments: 'jurisdiction' };

const COLUMNS = (
  alias: string,
) => `${alias}.report_id, ${alias}.agency_id, ${alias}.agency_name, ${alias}.short_name, ${alias}.year,
  ${measureValues(METRIC_IDS, alias).join(',\n  ')}`;

/**
 * One row per report of one year that matches the filters, like with like: only departments
 * (reports of an agency's own office) or only governments and zones (whole-jurisdiction reports).
 */
export function compareRowsQuery(filter: CompareFilter): SqlFragment {
  const where = filterWhere({ ...filter, years: [filter.year] }, 'f');
  return {
    sql: `SELECT ${COLUMNS('f')}
FROM report_figures f
${where.sql} AND f.scope = ?
ORDER BY f.agency_name, f.report_id`,
    params: [...where.params, PEER_SCOPE[filter.peers]],
  };
}

/**
 * Reference rows for departments: the whole-jurisdiction reports of the same year of an agency some
 * of the compared departments belong to. Shown beside the ranking, never ranked in it.
 */
export function referenceRowsQuery(filter: CompareFilter): SqlFragment {
  const where = filterWhere({ ...filter, years: [filter.year] });
  return {
    sql: `WITH selected AS (SELECT * FROM report_figures ${where.sql})
SELECT ${COLUMNS('f')}
FROM selected f
WHERE f.scope = 'jurisdiction' AND EXISTS (
  SELECT 1 FROM selected d JOIN agency_ancestors x ON x.agency_id = d.agency_id
  WHERE x.ancestor_id = f.agency_id AND d.year = f.year AND d.scope = 'own'
)
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
