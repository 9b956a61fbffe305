/**
 * What a report covers, and which reports a total may add without counting anything twice.
 *
 * A report's scope is `own` (the agency's own office and functions) or `jurisdiction` (the whole
 * government or zone, its departments included). data/reports/coverage.csv records it per report
 * with the evidence (reports.scope); a report not listed there follows SCOPE_RULE. An agency's
 * departments are the agencies below it through agencies.parent_id, at any depth.
 *
 * A total uses one of two non-overlapping sets of the reports the filters select:
 * - `whole`: every report except those whose agency lies under an agency with a jurisdiction
 *   report of the same year in the selection (the departments are already in it);
 * - `departments`: every report except jurisdiction reports of an agency some of whose departments
 *   have a report of the same year in the selection (they stand in for it).
 * The set depends on the selection: a department chosen on its own is always counted.
 */
import { type FigureFilter, filterWhere, type SqlFragment } from '../db/filters';

export const BASES = ['whole', 'departments'] as const;
export type Basis = (typeof BASES)[number];

/** Agency types whose report is taken to cover the whole jurisdiction unless coverage.csv says otherwise. */
export const JURISDICTION_TYPES = ['人民政府', '管委会'] as const;

/** The effective scope of a report, from reports `r` and agencies `a` (used by the views). */
export const SCOPE_RULE = `coalesce(r.scope, CASE WHEN a.agency_type IN (${JURISDICTION_TYPES.map((t) => `'${t}'`).join(', ')}) THEN 'jurisdiction' ELSE 'own' END)`;

/** Per agency and year, how many reports of `rel` its departments (the agencies under it, at any depth) have. */
const departmentCounts = (rel: string) => `SELECT x.ancestor_id AS agency_id, d.year, count(*)::INTEGER AS reports
  FROM ${rel} d JOIN agency_ancestors x ON x.agency_id = d.agency_id
  GROUP BY x.ancestor_id, d.year`;

/**
 * The reports of `rel` (report_id, agency_id, year, scope) with the view columns covered_by (the
 * jurisdiction report of the nearest agency above, same year, that has one) and department_reports
 * (how many reports of its departments `rel` has for its year). Joined once per agency-year, not
 * asked per report: as correlated subqueries they made computing the views ~40 % slower in
 * duckdb-wasm, most of it the engine running its dependent-join code for the first time.
 */
export function placedSql(rel: string): string {
  return `SELECT s.*, c.covered_by, coalesce(d.reports, 0)::INTEGER AS department_reports
  FROM ${rel} s
  LEFT JOIN (
    SELECT x.agency_id, p.year, arg_min(p.report_id, x.depth) AS covered_by
    FROM ${rel} p JOIN agency_ancestors x ON x.ancestor_id = p.agency_id
    WHERE p.scope = 'jurisdiction'
    GROUP BY x.agency_id, p.year
  ) c ON c.agency_id = s.agency_id AND c.year = s.year
  LEFT JOIN (${departmentCounts(rel)}) d ON d.agency_id = s.agency_id AND d.year = s.year`;
}

/**
 * The basis's set of `selected` as `counted`: under `whole`, the reports whose agency-year no
 * jurisdiction report of the selection covers (`covered`: each ancestor's jurisdiction report
 * covers its descendants' agency-years); under `departments`, all but the jurisdiction reports
 * whose agency-year has department reports (`reporting`). Both are joined once, not asked per row:
 * DuckDB plans a correlated EXISTS as a dependent join, which costs more than the query's work here.
 */
function basisCtes(basis: Basis): string {
  return basis === 'whole'
    ? `covered AS (
  SELECT DISTINCT x.agency_id, p.year FROM selected p JOIN agency_ancestors x ON x.ancestor_id = p.agency_id
  WHERE p.scope = 'jurisdiction'
),
counted AS (SELECT s.* FROM selected s ANTI JOIN covered c ON c.agency_id = s.agency_id AND c.year = s.year)`
    : `counted AS (
  SELECT s.* FROM selected s LEFT JOIN reporting d ON d.agency_id = s.agency_id AND d.year = s.year
  WHERE NOT (s.scope = 'jurisdiction' AND d.agency_id IS NOT NULL)
)`;
}

/** Per agency and year of the selection, how many reports of its departments (at any depth) the selection has. */
const REPORTING_CTE = `reporting AS (${departmentCounts('selected')})`;

/**
 * Whether the filter selects whole years (every report of a chosen year, or of all years): then
 * every report that decides whether another is counted (same year, see above) is selected too,
 * and the sets are the ones report_figures marks for the whole dataset (in_whole_set,
 * in_department_set, department_reports, recomputed with the views after every change of the data).
 */
function selectsWholeYears(filter: FigureFilter): boolean {
  return filterWhere({ ...filter, years: [] }).params.length === 0;
}

/** The column of report_figures that marks the basis's set for the whole dataset. */
const BASIS_COLUMN: Record<Basis, string> = { whole: 'in_whole_set', departments: 'in_department_set' };

/** The columns of report_figures the sets are computed from: always in `selected`. */
const SET_COLUMNS = [
  'report_id',
  'agency_id',
  'year',
  'scope',
  'department_reports',
  'in_whole_set',
  'in_department_set',
];

/**
 * `WITH selected AS (the filtered report_figures), …, counted AS (the basis's set)`: a query goes on
 * with `SELECT … FROM counted`; `reporting` (agency, year → reports of its departments in the
 * selection) is there too. The filter's parameters are the fragment's. `columns` are the columns of
 * report_figures the query reads besides those of the sets (every one when not given). DuckDB plans
 * every query with parameters afresh, and planning costs more than running on this data: filters of
 * whole years (the common case) read the sets marked in report_figures instead of joining, and
 * `selected` carries only the columns asked for (binding each of report_figures' ~50 columns through
 * every reference of the CTE cost ~30 % of the Overview's time in duckdb-wasm).
 */
export function countedReports(filter: FigureFilter, basis: Basis, columns?: readonly string[]): SqlFragment {
  const where = filterWhere(filter);
  const list = columns ? [...new Set([...SET_COLUMNS, ...columns])].join(', ') : '*';
  const selected = `WITH selected AS (SELECT ${list} FROM report_figures ${where.sql})`;
  if (selectsWholeYears(filter))
    return {
      sql: `${selected},
reporting AS (SELECT DISTINCT agency_id, year, department_reports AS reports FROM selected WHERE department_reports > 0),
counted AS (SELECT * FROM selected WHERE ${BASIS_COLUMN[basis]})`,
      params: where.params,
    };
  return {
    sql: `${selected},
${REPORTING_CTE},
${basisCtes(basis)}`,
    params: where.params,
  };
}

/**
 * The jurisdiction reports of the selection that overlap some of their departments' reports: what
 * the source line names. `departments` = how many department reports of that year it overlaps;
 * `counted` = whether the basis counts the jurisdiction report (else the departments).
 */
export interface OverlapRow {
  report_id: string;
  agency_name: string;
  year: number;
  departments: number;
  counted: boolean;
}

export function overlapsQuery(filter: FigureFilter, basis: Basis): SqlFragment {
  const { sql, params } = countedReports(filter, basis, ['agency_name']);
  return {
    sql: `${sql}
SELECT s.report_id, s.agency_name, s.year, d.reports AS departments,
  s.report_id IN (SELECT report_id FROM counted) AS counted
FROM selected s JOIN reporting d ON d.agency_id = s.agency_id AND d.year = s.year
WHERE s.scope = 'jurisdiction'
ORDER BY s.year, s.agency_name, s.report_id`,
    params,
  };
}
