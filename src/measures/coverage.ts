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

/** Reports in `rel` of an agency under `s`'s agency, same year (s's departments' reports). */
const departmentsOf = (rel: string, s: string) =>
  `SELECT 1 FROM ${rel} d JOIN agency_ancestors x ON x.agency_id = d.agency_id
    WHERE x.ancestor_id = ${s}.agency_id AND d.year = ${s}.year`;

/** A jurisdiction report in `rel` of an agency above `s`'s agency, same year. */
const coveringOf = (rel: string, s: string) =>
  `SELECT p.report_id FROM ${rel} p JOIN agency_ancestors x ON x.ancestor_id = p.agency_id
    WHERE x.agency_id = ${s}.agency_id AND p.year = ${s}.year AND p.scope = 'jurisdiction'`;

/** TRUE for a row `s` of `rel` that the basis counts. */
export function countedSql(basis: Basis, rel: string, s = 's'): string {
  return basis === 'whole'
    ? `NOT EXISTS (${coveringOf(rel, s)})`
    : `NOT (${s}.scope = 'jurisdiction' AND EXISTS (${departmentsOf(rel, s)}))`;
}

/** The covering report's id (nearest ancestor first), for the view column covered_by. */
export function coveredBySql(rel: string, s: string): string {
  return `(SELECT p.report_id FROM ${rel} p JOIN agency_ancestors x ON x.ancestor_id = p.agency_id
    WHERE x.agency_id = ${s}.agency_id AND p.year = ${s}.year AND p.scope = 'jurisdiction'
    ORDER BY x.depth LIMIT 1)`;
}

/** How many reports of its departments a report has in `rel` for its year. */
export function departmentReportsSql(rel: string, s: string): string {
  return `(SELECT count(*) FROM (${departmentsOf(rel, s)}))::INTEGER`;
}

/**
 * `WITH selected AS (the filtered report_figures), counted AS (the basis's set)`: a query goes on
 * with `SELECT … FROM counted`. The filter's parameters are the fragment's.
 */
export function countedReports(filter: FigureFilter, basis: Basis): SqlFragment {
  const where = filterWhere(filter);
  return {
    sql: `WITH selected AS (SELECT * FROM report_figures ${where.sql}),
counted AS (SELECT s.* FROM selected s WHERE ${countedSql(basis, 'selected')})`,
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
  const { sql, params } = countedReports(filter, basis);
  return {
    sql: `${sql}
SELECT s.report_id, s.agency_name, s.year, ${departmentReportsSql('selected', 's')} AS departments,
  s.report_id IN (SELECT report_id FROM counted) AS counted
FROM selected s
WHERE s.scope = 'jurisdiction' AND EXISTS (${departmentsOf('selected', 's')})
ORDER BY s.year, s.agency_name, s.report_id`,
    params,
  };
}
