import { describe, expect, it } from 'vitest';
import { filterWhere } from './filters';

const none = { years: [], agencies: [], region: null, level: null, type: null };

describe('filterWhere', () => {
  it('is WHERE TRUE without filters', () => {
    expect(filterWhere(none)).toEqual({ sql: 'WHERE TRUE', params: [] });
  });

  it('binds every value as a parameter, one ? per value, columns qualified by the alias', () => {
    const where = filterWhere(
      { years: [2022, 2023], agencies: ["a'b"], region: '山东省/临沂市', level: 'county', type: '行政审批' },
      'f',
    );
    expect(where.sql).toBe(
      "WHERE list_contains(string_split(?, ',')::INTEGER[], f.year) AND f.agency_id IN (?) AND f.province = ? AND f.city = ? AND f.level = ? AND f.agency_type = ?",
    );
    expect(where.params).toEqual(['2022,2023', "a'b", '山东省', '临沂市', 'county', '行政审批']);
  });

  it('is the same SQL text for any number of years (one prepared statement as years are ticked)', () => {
    const texts = new Set(
      [[2022], [2022, 2023], [2019, 2020, 2021, 2023, 2025]].map((years) => filterWhere({ ...none, years }).sql),
    );
    expect(texts.size).toBe(1);
  });
});
