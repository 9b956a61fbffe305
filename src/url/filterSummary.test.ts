import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { appliedFilters, filterSlug, filterSummary, yearsText } from './filterSummary';
import { DEFAULT_URL_STATE } from './state';

const zh = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('zh', key, vars);

describe('filter summary', () => {
  it('says every default filter in words', () => {
    expect(filterSummary(DEFAULT_URL_STATE, zh)).toBe('全部年度 · 全部地区 · 全部机构');
    expect(appliedFilters(DEFAULT_URL_STATE, zh)).toEqual([]);
    expect(filterSlug(DEFAULT_URL_STATE)).toBe('');
  });

  it('names years, region, an agency by its name, and level', () => {
    const state = {
      ...DEFAULT_URL_STATE,
      years: [2023, 2024],
      region: '山东省/临沂市',
      agencies: ['x'],
      level: 'county' as const,
    };
    expect(filterSummary(state, zh, (id) => (id === 'x' ? '某局' : id))).toBe(
      '2023, 2024 · 山东省/临沂市 · 某局 · 县级',
    );
    expect(filterSlug(state)).toBe('2023-2024_山东省-临沂市_x_county');
  });

  it('writes three or more consecutive years as a range, others as a list', () => {
    expect(yearsText([2021, 2019, 2020, 2022])).toBe('2019–2022');
    expect(yearsText([2019, 2021, 2022])).toBe('2019, 2021, 2022');
  });

  it('counts several agencies instead of listing them', () => {
    const state = { ...DEFAULT_URL_STATE, agencies: ['a', 'b', 'c', 'd'] };
    expect(appliedFilters(state, zh)).toEqual([{ field: 'agencies', text: '4 个机构' }]);
    expect(filterSlug(state)).toBe('4-agencies');
  });
});
