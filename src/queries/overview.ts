/**
 * The Overview's SQL, over the `report_figures` view (one row per parsed report). Every filter
 * value is a bound parameter (filterWhere); totals add one non-overlapping set of reports (the
 * URL's `basis`, src/measures/coverage.ts) and every measure is one of src/measures/.
 */
import type { FigureFilter, NamedQuery, SqlFragment } from '../db/filters';
import { type Basis, countedReports, overlapsQuery } from '../measures/coverage';
import type { FigureId } from '../measures/figures';
import { type MeasureId, measure, measureCells } from '../measures/measures';
import { figureSums, measureColumns, measureSums } from '../measures/sql';
import type { Trend } from '../url/state';

export interface OverviewFilter extends FigureFilter {
  basis: Basis;
  trend: Trend;
}

/** The measures of the KPI tiles. */
export const KPI_MEASURES = [
  'new_received',
  'total_handled',
  'licensing',
  'fees',
  'granted_rate',
] as const satisfies readonly MeasureId[];

/** A row of measureSums: `id` (counts), `id__k` / `id__n` (rates), `id__reports`. */
export type MeasureColumns = Record<string, unknown>;

export interface TotalsRow extends MeasureColumns {
  reports: number;
  agencies: number;
  /** Reports the filters select, before overlapping ones are left out. */
  selected_reports: number;
}

export function totalsQuery(filter: OverviewFilter): SqlFragment {
  const counted = countedReports(filter, filter.basis, measureColumns(KPI_MEASURES));
  return {
    sql: `${counted.sql}
SELECT
  count(*) AS reports,
  count(DISTINCT agency_id) AS agencies,
  (SELECT count(*) FROM selected) AS selected_reports,
  ${measureSums(KPI_MEASURES).join(',\n  ')}
FROM counted`,
    params: counted.params,
  };
}

/** Figures summed by year (the trends and the outcome mix). */
export const YEAR_FIGURES = [
  'new_received',
  'total_handled',
  'carried_forward',
  'granted',
  'partial',
  'denied',
  'unavailable',
  'rejected',
  'other_handled',
  'review_total',
  'review_corrected',
  'suit_total',
  'suit_corrected',
] as const satisfies readonly FigureId[];
export const YEAR_RATES = ['review_corrected_rate', 'suit_lost_rate'] as const satisfies readonly MeasureId[];

export type YearRow = MeasureColumns & {
  year: number;
  reports: number;
  agencies: number;
  /** Agencies with a report in every year of the selection (the like-for-like set); 0 = none. */
  steady_agencies: number;
  /** Whether the rows are the like-for-like set (else every counted report). */
  like_for_like: boolean;
} & Record<(typeof YEAR_FIGURES)[number], number | null>;

/**
 * Sums by year. With `trend=same` only the agencies that have a report in every year of the
 * selection (like for like); when no agency has, every counted report, and `like_for_like` says so.
 */
export function byYearQuery(filter: OverviewFilter): SqlFragment {
  const counted = countedReports(filter, filter.basis, [...YEAR_FIGURES, ...measureColumns(YEAR_RATES)]);
  const same = filter.trend === 'same';
  return {
    sql: `${counted.sql},
steady AS (
  SELECT agency_id FROM counted GROUP BY agency_id
  HAVING count(DISTINCT year) = (SELECT count(DISTINCT year) FROM selected)
),
plotted AS (
  SELECT * FROM counted
  WHERE NOT ${same} OR NOT EXISTS (SELECT 1 FROM steady) OR agency_id IN (SELECT agency_id FROM steady)
)
SELECT
  year,
  count(*) AS reports,
  count(DISTINCT agency_id) AS agencies,
  (SELECT count(*) FROM steady) AS steady_agencies,
  ${same} AND EXISTS (SELECT 1 FROM steady) AS like_for_like,
  ${[...figureSums(YEAR_FIGURES), ...measureSums(YEAR_RATES)].join(',\n  ')}
FROM plotted
GROUP BY year
ORDER BY year`,
    params: counted.params,
  };
}

export const AGENCY_MEASURES = ['licensing', 'fees'] as const satisfies readonly MeasureId[];

export type ByAgencyRow = MeasureColumns & {
  agency_id: string;
  agency_name: string;
  reports: number;
} & Record<(typeof AGENCY_MEASURES)[number], number | null>;

export function byAgencyQuery(filter: OverviewFilter): SqlFragment {
  const counted = countedReports(filter, filter.basis, [
    'short_name',
    'agency_name',
    ...measureColumns(AGENCY_MEASURES),
  ]);
  return {
    sql: `${counted.sql}
SELECT
  agency_id,
  arg_max(coalesce(short_name, agency_name), year) AS agency_name,
  count(*) AS reports,
  ${measureSums(AGENCY_MEASURES).join(',\n  ')}
FROM counted
GROUP BY agency_id
ORDER BY agency_name`,
    params: counted.params,
  };
}

/** The cells of the measures the Overview sums: their blanks are what the page reports as left out. */
export const SUMMED_CELLS: readonly string[] = [
  ...new Set([...KPI_MEASURES, ...YEAR_RATES].flatMap((id) => measureCells(measure(id)))),
];

export interface BlankRow {
  blank_cells: number;
  reports: number;
}

export function blankCellsQuery(filter: OverviewFilter): SqlFragment {
  const counted = countedReports(filter, filter.basis, []);
  return {
    sql: `${counted.sql}
SELECT count(*) AS blank_cells, count(DISTINCT c.report_id) AS reports
FROM cells c
JOIN counted f ON f.report_id = c.report_id
WHERE c.value IS NULL AND c.cell_id IN (${SUMMED_CELLS.map(() => '?').join(', ')})`,
    params: [...counted.params, ...SUMMED_CELLS],
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
export function overviewQueries(filter: OverviewFilter) {
  // The basis and trend change the SQL text, so they are part of each query's name (its cache key).
  const { basis } = filter;
  return {
    totals: named(`overview.totals.${basis}`, totalsQuery(filter)),
    overlaps: named(`overview.overlaps.${basis}`, overlapsQuery(filter, basis)),
    blanks: named(`overview.blanks.${basis}`, blankCellsQuery(filter)),
    byYear: named(`overview.byYear.${basis}.${filter.trend}`, byYearQuery(filter)),
    byAgency: named(`overview.byAgency.${basis}`, byAgencyQuery(filter)),
    years: named('options.years', { sql: YEAR_OPTIONS_SQL, params: [] }),
    agencies: named('options.agencies', { sql: AGENCY_OPTIONS_SQL, params: [] }),
  };
}
