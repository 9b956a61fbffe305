import { describe, expect, it } from 'vitest';
import {
  type CompareRow,
  METRICS,
  metricValue,
  missingReason,
  parseSort,
  type RateMetric,
  rateValue,
  serializeSort,
  sortRows,
  sumStated,
} from './metrics';

const row = (name: string, patch: Partial<CompareRow>): CompareRow => ({
  report_id: name,
  agency_id: name,
  agency_name: name,
  short_name: null,
  year: 2024,
  new_received: null,
  total_handled: null,
  granted: null,
  partial: null,
  denied: null,
  unavailable: null,
  natural_new_received: null,
  licensing_decisions: null,
  fees_wan_yuan: null,
  review_total: null,
  review_corrected: null,
  suit_total: null,
  suit_corrected: null,
  ...patch,
});
const denied = METRICS.denied_rate as RateMetric;

describe('compare metrics', () => {
  it('sums only stated parts; all blank stays blank', () => {
    expect(sumStated(1, null, 2)).toBe(3);
    expect(sumStated(null, null)).toBeNull();
    expect(metricValue(METRICS.granted_rate, row('a', { granted: 3, partial: null, total_handled: 6 }))).toBe(0.5);
  });

  it('gives a rate with its Wilson interval and the small-N flag', () => {
    const r = rateValue(denied, row('a', { denied: 5, total_handled: 10 }))!;
    expect(r).toMatchObject({ k: 5, n: 10, rate: 0.5, small: true });
    expect(r.interval.low).toBeCloseTo(0.2366, 4);
    expect(rateValue(denied, row('b', { denied: 30, total_handled: 300 }))!.small).toBe(false);
  });

  it('says why a row has no value', () => {
    expect(missingReason(denied, row('a', { denied: null, total_handled: 5 }))).toBe('blank');
    expect(missingReason(denied, row('a', { denied: 0, total_handled: 0 }))).toBe('zero');
    expect(missingReason(denied, row('a', { denied: 6, total_handled: 5 }))).toBe('inconsistent');
    expect(rateValue(denied, row('a', { denied: 6, total_handled: 5 }))).toBeNull();
    expect(missingReason(denied, row('a', { denied: 1, total_handled: 5 }))).toBeNull();
    expect(missingReason(METRICS.fees, row('a', {}))).toBe('blank');
  });

  it('reads and writes the sort of the URL, ignoring unknown keys', () => {
    expect(parseSort('-denied_rate')).toEqual({ key: 'denied_rate', desc: true });
    expect(parseSort('agency')).toEqual({ key: 'agency', desc: false });
    expect(parseSort('-nonsense')).toEqual({ key: 'new_received', desc: true });
    expect(serializeSort({ key: 'fees', desc: false })).toBe('fees');
  });

  it('sorts by value either way with rows without a value last', () => {
    const rows = [
      row('b', { licensing_decisions: 1 }),
      row('a', {}),
      row('c', { licensing_decisions: 9 }),
      row('d', { licensing_decisions: 1 }),
    ];
    const names = (desc: boolean) => sortRows(rows, { key: 'licensing', desc }, 'en').map((r) => r.agency_name);
    expect(names(true)).toEqual(['c', 'b', 'd', 'a']);
    expect(names(false)).toEqual(['b', 'd', 'c', 'a']);
    expect(sortRows(rows, { key: 'agency', desc: true }, 'en').map((r) => r.agency_name)).toEqual(['d', 'c', 'b', 'a']);
  });
});
