import { describe, expect, it } from 'vitest';
import type { AgencyOption, YearRow } from '../../queries/overview';
import { outcomeSeries, regionOptions } from './shape';

const year = (y: number, over: Partial<YearRow> = {}): YearRow => ({
  year: y,
  reports: 1,
  agencies: 1,
  steady_agencies: 1,
  like_for_like: true,
  new_received: null,
  total_handled: null,
  carried_forward: null,
  granted: null,
  partial: null,
  denied: null,
  unavailable: null,
  rejected: null,
  other_handled: null,
  review_total: null,
  review_corrected: null,
  suit_total: null,
  suit_corrected: null,
  ...over,
});

describe('outcomeSeries', () => {
  it('gives the six outcome groups in template order with their labels, blanks as null', () => {
    const rows = [year(2022, { granted: 4, partial: 12, other_handled: 1 }), year(2023, { granted: 7 })];
    const series = outcomeSeries(rows, 'zh');
    expect(series.map((s) => s.name)).toEqual(['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理']);
    expect(series[0].values).toEqual([4, 7]);
    expect(series[1].values).toEqual([12, null]);
    expect(series[5].values).toEqual([1, null]);
    expect(outcomeSeries(rows, 'en')[4].name).toBe('Not processed');
  });
});

describe('regionOptions', () => {
  const agency = (province: string | null, city: string | null, county: string | null): AgencyOption => ({
    agency_id: `${province}${city}${county}`,
    agency_name: 'x',
    province,
    city,
    county,
  });

  it('lists each place once, after its parent, with its depth', () => {
    const options = regionOptions([
      agency('山东省', '临沂市', '郯城县'),
      agency('山东省', '临沂市', '郯城县'),
      agency('上海市', null, null),
      agency('山东省', '临沂市', null),
    ]);
    expect(options).toEqual([
      { value: '山东省', name: '山东省', depth: 0 },
      { value: '山东省/临沂市', name: '临沂市', depth: 1 },
      { value: '山东省/临沂市/郯城县', name: '郯城县', depth: 2 },
      { value: '上海市', name: '上海市', depth: 0 },
    ]);
  });

  it('skips agencies without a province', () => {
    expect(regionOptions([agency(null, null, null)])).toEqual([]);
  });
});
