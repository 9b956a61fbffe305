/**
 * The measures of the Compare view, read from src/measures/ (each defined once there): which are
 * columns of the table, how a row's value is read, and how rows sort. Pure; the component only renders.
 */
import { type Interval, wilsonInterval } from '../../charts/stats';
import { MEASURES, type Measure, type MeasureId, measure } from '../../measures/measures';
import { kCol, nCol } from '../../measures/sql';

/**
 * One report's measures as the Compare query returns them: a count as `id`, a rate as `id__k` and
 * `id__n` (NULL where the report does not state every figure of the formula).
 */
export interface CompareRow {
  report_id: string;
  agency_id: string;
  agency_name: string;
  short_name: string | null;
  year: number;
  [column: string]: string | number | null;
}

/** Every measure can be charted and sorted; these are the table's columns. */
export const METRIC_IDS = MEASURES.map((m) => m.id);
export const TABLE_METRICS = [
  'new_received',
  'total_handled',
  'granted_rate',
  'denied_rate',
  'unavailable_rate',
  'natural_share',
  'licensing',
  'fees',
  'appeals_total',
  'corrected_rate',
] as const satisfies readonly MeasureId[];
export type MetricId = MeasureId;

export type MetricUnit = Measure['unit'];

interface MetricBase {
  id: MetricId;
  unit: MetricUnit;
}
export interface CountMetric extends MetricBase {
  kind: 'count';
  value: (r: CompareRow) => number | null;
}
export interface RateMetric extends MetricBase {
  kind: 'rate';
  /** Numerator and denominator; a rate exists only when both are stated and n > 0. */
  k: (r: CompareRow) => number | null;
  n: (r: CompareRow) => number | null;
}
export type Metric = CountMetric | RateMetric;

/** Below this denominator a rate gets a caveat badge: its interval is wide. */
export const SMALL_N = 30;

const numberAt = (r: CompareRow, column: string) => {
  const v = r[column];
  return v === null || v === undefined ? null : Number(v);
};

function metricOf(m: Measure): Metric {
  const id = m.id as MetricId;
  return m.kind === 'count'
    ? { id, kind: 'count', unit: m.unit, value: (r) => numberAt(r, id) }
    : { id, kind: 'rate', unit: m.unit, k: (r) => numberAt(r, kCol(id)), n: (r) => numberAt(r, nCol(id)) };
}

export const METRICS = Object.fromEntries(METRIC_IDS.map((id) => [id, metricOf(measure(id))])) as Record<
  MetricId,
  Metric
>;

export function isMetricId(id: string | null): id is MetricId {
  return id !== null && (METRIC_IDS as readonly string[]).includes(id);
}

export interface RateValue {
  k: number;
  n: number;
  rate: number;
  interval: Interval;
  small: boolean;
}

/** A rate with its Wilson 95% interval, or null when numerator or denominator is not stated / 0. */
export function rateValue(m: RateMetric, row: CompareRow): RateValue | null {
  const k = m.k(row);
  const n = m.n(row);
  if (k === null || n === null || n <= 0) return null;
  const interval = wilsonInterval(k, n);
  if (!interval) return null; // k > n: an inconsistent report; the Data quality view lists it
  return { k, n, rate: k / n, interval, small: n < SMALL_N };
}

/** Why a row has no value for a metric: a blank source cell, a zero denominator, or k > n. */
export type Missing = 'blank' | 'zero' | 'inconsistent';

export function missingReason(m: Metric, row: CompareRow): Missing | null {
  if (m.kind === 'count') return m.value(row) === null ? 'blank' : null;
  const k = m.k(row);
  const n = m.n(row);
  if (k === null || n === null) return 'blank';
  if (n <= 0) return 'zero';
  return k > n ? 'inconsistent' : null;
}

/** The number a metric plots and sorts by (a rate as a fraction). */
export function metricValue(m: Metric, row: CompareRow): number | null {
  if (m.kind === 'count') return m.value(row);
  return rateValue(m, row)?.rate ?? null;
}

export type SortKey = MetricId | 'agency';
export interface Sort {
  key: SortKey;
  desc: boolean;
}

/** `sort` URL value (`-denied_rate`) → a sort; unknown keys fall back to the default. */
export function parseSort(raw: string | null): Sort {
  if (!raw) return { key: 'new_received', desc: true };
  const desc = raw.startsWith('-');
  const key = desc ? raw.slice(1) : raw;
  if (key === 'agency' || isMetricId(key)) return { key, desc };
  return { key: 'new_received', desc: true };
}

export function serializeSort(s: Sort): string {
  return `${s.desc ? '-' : ''}${s.key}`;
}

/** Rows sorted by a key; rows without a value always go last, ties by agency name. */
export function sortRows(rows: readonly CompareRow[], sort: Sort, lang: 'zh' | 'en'): CompareRow[] {
  const byName = (a: CompareRow, b: CompareRow) =>
    a.agency_name.localeCompare(b.agency_name, lang === 'zh' ? 'zh-CN' : 'en');
  return [...rows].sort((a, b) => {
    if (sort.key === 'agency') return sort.desc ? byName(b, a) : byName(a, b);
    const m = METRICS[sort.key];
    const va = metricValue(m, a);
    const vb = metricValue(m, b);
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return (sort.desc ? vb - va : va - vb) || byName(a, b);
  });
}

/**
 * Ranks by a metric, largest first (1 = largest; ties share a rank). A row without a value is not
 * ranked, nor a rate whose denominator is below SMALL_N: its interval is too wide to order it.
 */
export function ranks(rows: readonly CompareRow[], m: Metric): Map<string, number> {
  const ranked = rows
    .filter((r) => (m.kind === 'rate' ? (rateValue(m, r)?.small ?? true) === false : m.value(r) !== null))
    .map((r) => ({ agency: r.agency_id, value: metricValue(m, r)! }))
    .sort((a, b) => b.value - a.value);
  const out = new Map<string, number>();
  ranked.forEach((r, i) => {
    out.set(r.agency, i > 0 && ranked[i - 1].value === r.value ? out.get(ranked[i - 1].agency)! : i + 1);
  });
  return out;
}

export interface RankRow {
  row: CompareRow;
  rank: number | null;
  /** Places gained since the previous year (positive = up); null when either year is unranked. */
  change: number | null;
}

/** This year's rank of each row and its change from last year's rank among last year's peers. */
export function rankRows(rows: readonly CompareRow[], previous: readonly CompareRow[], m: Metric): RankRow[] {
  const now = ranks(rows, m);
  const before = ranks(previous, m);
  return rows
    .map((row) => {
      const rank = now.get(row.agency_id) ?? null;
      const was = before.get(row.agency_id);
      return { row, rank, change: rank !== null && was !== undefined ? was - rank : null };
    })
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
}
