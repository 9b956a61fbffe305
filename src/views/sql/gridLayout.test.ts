import { describe, expect, it } from 'vitest';
import { columnWidths, textWidth } from './gridLayout';

describe('textWidth', () => {
  it('counts Chinese characters double', () => {
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('临沂市')).toBe(6);
    expect(textWidth('a（b）')).toBe(6);
  });
});

describe('columnWidths', () => {
  it('fits the widest sampled value within bounds', () => {
    const widths = columnWidths({
      columns: [
        { name: 'id', type: 'INTEGER' },
        { name: 'name', type: 'VARCHAR' },
        { name: 'long', type: 'VARCHAR' },
      ],
      rows: [
        { id: 1, name: '临沂市人民政府', long: 'x'.repeat(500) },
        { id: null, name: null, long: null },
      ],
    });
    expect(widths[0]).toBe(64); // 'NULL' or 'id' + arrow is narrower than the minimum
    expect(widths[1]).toBe(14 * 8 + 20);
    expect(widths[2]).toBe(360);
  });
});
