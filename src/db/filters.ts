/**
 * The shared filters of the URL (year, agency, region, level, type) as a SQL WHERE clause over
 * any relation with the columns of `report_figures` (year, agency_id, province, city, county,
 * level, agency_type). Values are bound parameters; the number of `?` depends on the agencies and
 * the region chosen, not on the number of years.
 */
import type { UrlState } from '../url/state';

export type FigureFilter = Pick<UrlState, 'years' | 'agencies' | 'region' | 'level' | 'type'>;

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** A query a view runs: `name` identifies the SQL text in cache keys (one name per text). */
export interface NamedQuery extends SqlFragment {
  name: string;
}

const REGION_COLUMNS = ['province', 'city', 'county'] as const;

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/**
 * `WHERE …` (always present, `WHERE TRUE` when nothing is filtered) with its parameters.
 * `alias` qualifies the columns (e.g. `f` → `f.year`).
 */
export function filterWhere(filter: FigureFilter, alias = ''): SqlFragment {
  const col = (name: string) => (alias ? `${alias}.${name}` : name);
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.years.length) {
    // One parameter for any number of years: the SQL text, and so its prepared statement, stays the
    // same as years are ticked (DuckDB plans a statement when it is prepared and again when it runs).
    conditions.push(`list_contains(string_split(?, ',')::INTEGER[], ${col('year')})`);
    params.push(filter.years.join(','));
  }
  if (filter.agencies.length) {
    conditions.push(`${col('agency_id')} IN (${placeholders(filter.agencies.length)})`);
    params.push(...filter.agencies);
  }
  if (filter.region) {
    filter.region.split('/').forEach((part, i) => {
      conditions.push(`${col(REGION_COLUMNS[i])} = ?`);
      params.push(part);
    });
  }
  if (filter.level) {
    conditions.push(`${col('level')} = ?`);
    params.push(filter.level);
  }
  if (filter.type) {
    conditions.push(`${col('agency_type')} = ?`);
    params.push(filter.type);
  }
  return { sql: `WHERE ${conditions.length ? conditions.join(' AND ') : 'TRUE'}`, params };
}
