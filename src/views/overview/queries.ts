/**
 * The Overview's SQL, over the `report_figures` view (one row per parsed report). Every filter
 * value is a bound parameter (filterWhere); SUM skips NULLs, i.e. cells left blank in the source,
 * and blankCellsQuery counts those cells so the page can say how many were left out.
 */
import { type FigureFilter, filterWhere, type NamedQuery, type SqlFragment } from '../../db/filters';
import { TABLE2_CELLS, TABLE3_ROWS, TABLE4_GROUPS, t2Id, t3Id, t4Id } from '../../report/template';

/**
 * Fees in 万元 have decimals: a DOUBLE sum depends on the order of addition, which differs between
 * engines and thread counts. Summed as DECIMAL (to 0.01 元) it is exact, the same everywhere.
 */
const FEES_SUM = 'sum(fees_wan_yuan::DECIMAL(18, 6))::DOUBLE';

export interface TotalsRow {
  reports: number;
  agencies: number;
  received: number | null;
  handled: number | null;
  licensing: number | null;
  fees: number | null;
  /** Reports that state a fee amount (only the 2021 layout has the cell). */
  fee_reports: number;
  /** Granted, partly granted and handled over the reports that state all three. */
  share_granted: number | null;
  share_partial: number | null;
  share_handled: number | null;
  share_reports: number;
}

export function totalsQuery(filter: FigureFilter): SqlFragment {
  const where = filterWhere(filter);
  const complete = 'granted IS NOT NULL AND partial IS NOT NULL AND total_handled IS NOT NULL';
  return {
    sql: `SELECT
  count(*) AS reports,
  count(DISTINCT agency_id) AS agencies,
  sum(new_received) AS received,
  sum(total_handled) AS handled,
  sum(licensing_decisions) AS licensing,
  ${FEES_SUM} AS fees,
  count(fees_wan_yuan) AS fee_reports,
  sum(granted) FILTER (WHERE ${complete}) AS share_granted,
  sum(partial) FILTER (WHERE ${complete}) AS share_partial,
  sum(total_handled) FILTER (WHERE ${complete}) AS share_handled,
  count(*) FILTER (WHERE ${complete}) AS share_reports
FROM report_figures
${where.sql}`,
    params: where.params,
  };
}

export interface YearRow {
  year: number;
  reports: number;
  agencies: number;
  received: number | null;
  handled: number | null;
  carried_forward: number | null;
  granted: number | null;
  partial: number | null;
  denied: number | null;
  unavailable: number | null;
  rejected: number | null;
  other_handled: number | null;
  review_total: number | null;
  review_corrected: number | null;
  suit_total: number | null;
  suit_corrected: number | null;
}

export function byYearQuery(filter: FigureFilter): SqlFragment {
  const where = filterWhere(filter);
  return {
    sql: `SELECT
  year,
  count(*) AS reports,
  count(DISTINCT agency_id) AS agencies,
  sum(new_received) AS received,
  sum(total_handled) AS handled,
  sum(carried_forward) AS carried_forward,
  sum(granted) AS granted,
  sum(partial) AS partial,
  sum(denied) AS denied,
  sum(unavailable) AS unavailable,
  sum(rejected) AS rejected,
  sum(other_handled) AS other_handled,
  sum(review_total) AS review_total,
  sum(review_corrected) AS review_corrected,
  sum(suit_total) AS suit_total,
  sum(suit_corrected) AS suit_corrected
FROM report_figures
${where.sql}
GROUP BY year
ORDER BY year`,
    params: where.params,
  };
}

export interface AgencyRow {
  agency_id: string;
  agency_name: string;
  reports: number;
  licensing: number | null;
  fees: number | null;
}

export function byAgencyQuery(filter: FigureFilter): SqlFragment {
  const where = filterWhere(filter);
  return {
    sql: `SELECT
  agency_id,
  arg_max(coalesce(short_name, agency_name), year) AS agency_name,
  count(*) AS reports,
  sum(licensing_decisions) AS licensing,
  ${FEES_SUM} AS fees
FROM report_figures
${where.sql}
GROUP BY agency_id
ORDER BY agency_name`,
    params: where.params,
  };
}

/** The cells whose values the Overview sums: their blanks are what the page reports as left out. */
export const SUMMED_CELLS: readonly string[] = [
  ...TABLE3_ROWS.filter((r) => r.id !== 'carried_over').map((r) => t3Id(r.id, 'total')),
  ...TABLE2_CELLS.filter((c) => c.row === 'licensing' && c.column === 'decisions').map((c) => t2Id(c.id)),
  ...TABLE2_CELLS.filter((c) => c.unit === 'wan_yuan').map((c) => t2Id(c.id)),
  ...TABLE4_GROUPS.flatMap((g) => [t4Id(g.id, 'total'), t4Id(g.id, 'corrected')]),
];

export interface BlankRow {
  blank_cells: number;
  reports: number;
}

export function blankCellsQuery(filter: FigureFilter): SqlFragment {
  const where = filterWhere(filter, 'f');
  return {
    sql: `SELECT count(*) AS blank_cells, count(DISTINCT c.report_id) AS reports
FROM cells c
JOIN report_figures f ON f.report_id = c.report_id
${where.sql} AND c.value IS NULL AND c.cell_id IN (${SUMMED_CELLS.map(() => '?').join(', ')})`,
    params: [...where.params, ...SUMMED_CELLS],
  };
}

export interface AgencyOption {
  agency_id: string;
  agency_name: string;
  province: string | null;
  city: string | null;
  county: string | null;
}

/** Filter choices come from the whole dataset, not the filtered part, so no choice disappears. */
export const AGENCY_OPTIONS_SQL = `SELECT
  agency_id,
  arg_max(agency_name, year) AS agency_name,
  any_value(province) AS province,
  any_value(city) AS city,
  any_value(county) AS county
FROM report_figures
GROUP BY agency_id
ORDER BY province NULLS LAST, city NULLS LAST, county NULLS LAST, agency_name`;

export const YEAR_OPTIONS_SQL = 'SELECT DISTINCT year FROM report_figures WHERE year IS NOT NULL ORDER BY year';

const named = (name: string, { sql, params }: SqlFragment): NamedQuery => ({ name, sql, params });

/**
 * Every query the Overview runs for a filter. The build prerenders them for the default filter
 * (src/pipeline/prerender.ts), so the first view paints before DuckDB is ready.
 */
export function overviewQueries(filter: FigureFilter) {
  return {
    totals: named('overview.totals', totalsQuery(filter)),
    blanks: named('overview.blanks', blankCellsQuery(filter)),
    byYear: named('overview.byYear', byYearQuery(filter)),
    byAgency: named('overview.byAgency', byAgencyQuery(filter)),
    years: named('options.years', { sql: YEAR_OPTIONS_SQL, params: [] }),
    agencies: named('options.agencies', { sql: AGENCY_OPTIONS_SQL, params: [] }),
  };
}
