import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState, switchView } from './state';

describe('parseUrlState', () => {
  it('gives the default state (overview, Chinese, no filters) for an empty query string', () => {
    expect(parseUrlState('')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });

  it('reads every known parameter', () => {
    const { state, notices } = parseUrlState(
      '?view=compare&lang=en&year=2023,2022&agency=tancheng_xzsp&region=山东省/临沂市&level=county&type=行政审批&basis=departments&peers=governments&trend=all&metric=granted_share&sort=-received&cell=t3.granted.total&rule=t3.balance&severity=error&q=SELECT%201&dataset=synthetic/national&chart=overview-fees&embed=1&mine=off',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      view: 'compare',
      lang: 'en',
      years: [2022, 2023],
      agencies: ['tancheng_xzsp'],
      region: '山东省/临沂市',
      level: 'county',
      type: '行政审批',
      basis: 'departments',
      peers: 'governments',
      trend: 'all',
      metric: 'granted_share',
      sort: '-received',
      cell: 't3.granted.total',
      rule: 't3.balance',
      severity: 'error',
      q: 'SELECT 1',
      dataset: 'synthetic/national',
      chart: 'overview-fees',
      embed: true,
      mine: 'off',
    });
  });

  it('writes embed as 1 and reads back the same chart and view (a shared link reopens it)', () => {
    const shared = { ...DEFAULT_URL_STATE, years: [2024], chart: 'overview-fees', embed: true };
    expect(serializeUrlState(shared)).toBe('?year=2024&chart=overview-fees&embed=1');
    expect(parseUrlState(serializeUrlState(shared)).state).toEqual(shared);
    expect(switchView('quality', shared)).toMatchObject({ chart: null, embed: false });
  });

  it('ignores a basis, peers or trend it does not know, with a notice', () => {
    const { state, notices } = parseUrlState('?basis=both&peers=all&trend=x');
    expect(state).toMatchObject({ basis: 'whole', peers: 'departments', trend: 'same' });
    expect(notices.map((n) => n.param)).toEqual(['basis', 'peers', 'trend']);
  });

  it('keeps the switch that leaves the user’s own reports out across views, and only on/off', () => {
    const { state } = parseUrlState('?view=overview&mine=off');
    expect(serializeUrlState(switchView('compare', state))).toBe('?view=compare&mine=off');
    expect(parseUrlState('?mine=maybe').notices).toEqual([{ param: 'mine', value: 'maybe', reason: 'invalid_value' }]);
    expect(serializeUrlState({ ...state, mine: 'on' })).toBe('?');
  });

  it('takes as dataset only a relative folder of this site', () => {
    for (const bad of [
      'https://evil.example/x',
      '//evil.example',
      '../secret',
      '/etc',
      'a/../b',
      'a//b',
      'a/b/',
      'a.b',
    ]) {
      const { state, notices } = parseUrlState(`dataset=${encodeURIComponent(bad)}`);
      expect(state.dataset, bad).toBeNull();
      expect(notices, bad).toEqual([{ param: 'dataset', value: bad, reason: 'invalid_value' }]);
    }
    expect(parseUrlState('dataset=synthetic-national').state.dataset).toBe('synthetic-national');
  });

  it('ignores unknown parameters and invalid values, with a notice for each', () => {
    const { state, notices } = parseUrlState(
      '?view=nonsense&year=20x3&lang=fr&utm_source=mail&agency=a;drop&level=city',
    );
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(notices).toEqual([
      { param: 'view', value: 'nonsense', reason: 'invalid_value' },
      { param: 'year', value: '20x3', reason: 'invalid_value' },
      { param: 'lang', value: 'fr', reason: 'invalid_value' },
      { param: 'utm_source', value: 'mail', reason: 'unknown_param' },
      { param: 'agency', value: 'a;drop', reason: 'invalid_value' },
      { param: 'level', value: 'city', reason: 'invalid_value' },
    ]);
  });

  it('rejects a year list with one bad year as a whole, and years out of range', () => {
    expect(parseUrlState('year=2022,1850').state.years).toEqual([]);
    expect(parseUrlState('year=2022,1850').notices).toHaveLength(1);
    expect(parseUrlState('year=2023,2023,2021').state.years).toEqual([2021, 2023]);
  });

  it('accepts a region of at most three levels without markup', () => {
    expect(parseUrlState('region=山东省/临沂市/郯城县').state.region).toBe('山东省/临沂市/郯城县');
    expect(parseUrlState('region=a/b/c/d').state.region).toBeNull();
    expect(parseUrlState('region=<script>').state.region).toBeNull();
    expect(parseUrlState('region=山东省//郯城县').state.region).toBeNull();
  });

  it('treats an empty value as not set, without a notice', () => {
    expect(parseUrlState('year=&view=')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });
});

describe('serializeUrlState', () => {
  it('leaves defaults out and round-trips through the parser', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('?');
    const state = {
      ...DEFAULT_URL_STATE,
      view: 'agency' as const,
      years: [2022, 2023],
      agencies: ['x1'],
      lang: 'en' as const,
    };
    const text = serializeUrlState(state);
    expect(text).toBe('?view=agency&lang=en&year=2022%2C2023&agency=x1');
    expect(parseUrlState(text).state).toEqual(state);
  });
});

describe('switchView', () => {
  it('keeps the shared filters and drops the ones that belong to a view', () => {
    const from = {
      ...DEFAULT_URL_STATE,
      view: 'quality' as const,
      lang: 'en' as const,
      years: [2023],
      rule: 't3.balance',
      q: 'x',
    };
    expect(switchView('compare', from)).toEqual({ ...DEFAULT_URL_STATE, view: 'compare', lang: 'en', years: [2023] });
  });
});
