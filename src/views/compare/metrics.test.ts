import { describe, expect, it } from 'vitest';
import {
  type CompareRow,
  METRICS,
  metricValue,
  missingReason,
  parseSort,
  type RateMetric,
  rankRows,
  ranks,
  rateValue,
  serializeSort,
  sortRows,
} from './metrics';

const row = (name: string, patch: Partial<CompareRow>): CompareRow => ({
  report_id: name,
  agency_id: name,
  agency_name: name,
  short_name: null,
  year: 2024,
  ...patch,
});
const denied = METRICS.denied_rate as RateMetric;

describe('compare metrics', () => {
  it('reads a count from its column and a rate from its numerator and denominator columns', () => {
    expect(metricValue(METRICS.licensing, row('a', { licensing: 7 }))).toBe(7);
    expect(metricValue(METRICS.granted_rate, row('a', { granted_rate__k: 3, granted_rate__n: 6 }))).toBe(0.5);
    expect(metricValue(METRICS.granted_rate, row('a', { granted_rate__k: null, granted_rate__n: 6 }))).toBeNull();
  });

  it('gives a rate with its Wilson interval and the small-N flag', () => {
    const r = rateValue(denied, row('a', { denied_rate__k: 5, denied_rate__n: 10 }))!;
    expect(r).toMatchObject({ k: 5, n: 10, rate: 0.5, small: true });
    expect(r.interval.low).toBeCloseTo(0.2366, 4);
    expect(rateValue(denied, row('b', { denied_rate__k: 30, denied_rate__n: 300 }))!.small).toBe(false);
  });

  it('says why a row has no value', () => {
    expect(missingReason(denied, row('a', { denied_rate__k: null, denied_rate__n: 5 }))).toBe('blank');
    expect(missingReason(denied, row('a', { denied_rate__k: 0, denied_rate__n: 0 }))).toBe('zero');
    expect(missingReason(denied, row('a', { denied_rate__k: 6, denied_rate__n: 5 }))).toBe('inconsistent');
    expect(rateValue(denied, row('a', { denied_rate__k: 6, denied_rate__n: 5 }))).toBeNull();
    expect(missingReason(denied, row('a', { denied_rate__k: 1, denied_rate__n: 5 }))).toBeNull();
    expect(missingReason(METRICS.fees, row('a', {}))).toBe('blank');
  });

  it('reads and writes the sort of the URL, ignoring unknown keys', () => {
    expect(parseSort('-denied_rate')).toEqual({ key: 'denied_rate', desc: true });
    expect(parseSort('agency')).toEqual({ key: 'agency', desc: false });
    expect(parseSort('-nonsense')).toEqual({ key: 'new_received', desc: true });
    expect(serializeSort({ key: 'fees', desc: false })).toBe('fees');
  });

  it('sorts by value either way with rows without a value last', () => {
    const rows = [row('b', { licensing: 1 }), row('a', {}), row('c', { licensing: 9 }), row('d', { licensing: 1 })];
    const names = (desc: boolean) => sortRows(rows, { key: 'licensing', desc }, 'en').map((r) => r.agency_name);
    expect(names(true)).toEqual(['c', 'b', 'd', 'a']);
    expect(names(false)).toEqual(['b', 'd', 'c', 'a']);
    expect(sortRows(rows, { key: 'agency', desc: true }, 'en').map((r) => r.agency_name)).toEqual(['d', 'c', 'b', 'a']);
  });
});

describe('ranks', () => {
  const rate = (name: string, k: number, n: number) => row(name, { denied_rate__k: k, denied_rate__n: n });
  it('ranks largest first, ties share a rank, and leaves out blanks and rates with N < 30', () => {
    const r = ranks(
      [rate('a', 10, 100), rate('b', 20, 100), rate('c', 10, 100), rate('d', 5, 10), row('e', {})],
      denied,
    );
    expect(Object.fromEntries(r)).toEqual({ b: 1, a: 2, c: 2 });
  });

  it('gives the change of rank since last year, null when either year is unranked', () => {
    const now = [rate('a', 30, 100), rate('b', 20, 100), rate('c', 1, 5)];
    const before = [rate('a', 10, 100), rate('b', 20, 100), rate('c', 50, 100)];
    expect(rankRows(now, before, denied).map((r) => [r.row.agency_id, r.rank, r.change])).toEqual([
      ['a', 1, 2],
      ['b', 2, 0],
      ['c', null, null],
    ]);
  });
});
