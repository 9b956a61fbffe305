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
      'WHERE f.year IN (?, ?) AND f.agency_id IN (?) AND f.province = ? AND f.city = ? AND f.level = ? AND f.agency_type = ?',
    );
    expect(where.params).toEqual([2022, 2023, "a'b", '山东省', '临沂市', 'county', '行政审批']);
  });
});
