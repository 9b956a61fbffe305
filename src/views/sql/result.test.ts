import { describe, expect, it } from 'vitest';
import { cellText, compareCells, isIntegerType, isNumericType, sortRows } from './result';

describe('cellText', () => {
  it('keeps NULL distinct from empty text', () => {
    expect(cellText(null)).toBeNull();
    expect(cellText(undefined)).toBeNull();
    expect(cellText('')).toBe('');
  });

  it('renders dates, big integers and nested values', () => {
    expect(cellText(Date.UTC(2024, 0, 31), 'DATE')).toBe('2024-01-31');
    expect(cellText(Date.UTC(2024, 0, 31, 8, 5), 'TIMESTAMP')).toBe('2024-01-31 08:05:00');
    expect(cellText(12345678901234567890n)).toBe('12345678901234567890');
    expect(cellText([1, 2n, 'a'])).toBe('[1,"2","a"]');
    expect(cellText({ k: 1 })).toBe('{"k":1}');
    expect(cellText(false)).toBe('false');
  });
});

describe('column types', () => {
  it('knows numeric and integer DuckDB types', () => {
    expect(isNumericType('DECIMAL(18,2)')).toBe(true);
    expect(isNumericType('BIGINT')).toBe(true);
    expect(isNumericType('VARCHAR')).toBe(false);
    expect(isNumericType('INTERVAL')).toBe(false);
    expect(isIntegerType('HUGEINT')).toBe(true);
    expect(isIntegerType('DOUBLE')).toBe(false);
  });
});

describe('compareCells', () => {
  it('orders numbers numerically and NULLs last', () => {
    expect([10, null, 9, 100].sort(compareCells)).toEqual([9, 10, 100, null]);
    expect(['b', 'a', null].sort(compareCells)).toEqual(['a', 'b', null]);
  });
});

describe('sortRows', () => {
  it('sorts both ways, stable, with NULLs last', () => {
    const rows = [
      { v: 2, k: 'a' },
      { v: null, k: 'b' },
      { v: 10, k: 'c' },
      { v: 2, k: 'd' },
    ];
    expect(sortRows(rows, 'v', false).map((r) => r.k)).toEqual(['a', 'd', 'c', 'b']);
    expect(sortRows(rows, 'v', true).map((r) => r.k)).toEqual(['c', 'a', 'd', 'b']);
  });
});
