/**
 * The measures of the Compare view, as data: what each column is, how it is computed from one
 * report's figures, its unit, and how rows sort by it. Pure; the component only renders.
 */
import { type Interval, wilsonInterval } from '../../charts/stats';

/** One report's figures as the Compare query returns them (NULL where the source is blank). */
export interface CompareRow {
  report_id: string;
  agency_id: string;
  agency_name: string;
  short_name: string | null;
  year: number;
  new_received: number | null;
  total_handled: number | null;
  granted: number | null;
  partial: number | null;
  denied: number | null;
  unavailable: number | null;
  natural_new_received: number | null;
  licensing_decisions: number | null;
  fees_wan_yuan: number | null;
  review_total: number | null;
  review_corrected: number | null;
  suit_total: number | null;
  suit_corrected: number | null;
}

export const METRIC_IDS = [
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
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export type MetricUnit = 'items' | 'wanYuan' | 'percent';

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

/** Sum of the stated parts; null only when every part is blank (blank is not 0). */
export function sumStated(...parts: (number | null)[]): number | null {
  const stated = parts.filter((p): p is number => p !== null);
  return stated.length ? stated.reduce((a, b) => a + b, 0) : null;
}

export const METRICS: Record<MetricId, Metric> = {
  new_received: { id: 'new_received', kind: 'count', unit: 'items', value: (r) => r.new_received },
  total_handled: { id: 'total_handled', kind: 'count', unit: 'items', value: (r) => r.total_handled },
  // Same definition as the Overview's 公开率: granted + partly granted over handled.
  granted_rate: {
    id: 'granted_rate',
    kind: 'rate',
    unit: 'percent',
    k: (r) => sumStated(r.granted, r.partial),
    n: (r) => r.total_handled,
  },
  denied_rate: { id: 'denied_rate', kind: 'rate', unit: 'percent', k: (r) => r.denied, n: (r) => r.total_handled },
  unavailable_rate: {
    id: 'unavailable_rate',
    kind: 'rate',
    unit: 'percent',
    k: (r) => r.unavailable,
    n: (r) => r.total_handled,
  },
  natural_share: {
    id: 'natural_share',
    kind: 'rate',
    unit: 'percent',
    k: (r) => r.natural_new_received,
    n: (r) => r.new_received,
  },
  licensing: { id: 'licensing', kind: 'count', unit: 'items', value: (r) => r.licensing_decisions },
  fees: { id: 'fees', kind: 'count', unit: 'wanYuan', value: (r) => r.fees_wan_yuan },
  appeals_total: {
    id: 'appeals_total',
    kind: 'count',
    unit: 'items',
    value: (r) => sumStated(r.review_total, r.suit_total),
  },
  corrected_rate: {
    id: 'corrected_rate',
    kind: 'rate',
    unit: 'percent',
    k: (r) => sumStated(r.review_corrected, r.suit_corrected),
    n: (r) => sumStated(r.review_total, r.suit_total),
  },
};

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
