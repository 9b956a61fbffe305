import { describe, expect, it } from 'vitest';
import { chartData, defaultChartSpec, resultChartOption } from './chart';

const rows = [
  { year: 2023, level: 'county', n: 5 },
  { year: 2022, level: 'county', n: 3 },
  { year: 2022, level: 'municipal', n: null },
  { year: 2023, level: 'county', n: 1 },
];

describe('defaultChartSpec', () => {
  it('picks the first column and the first numeric one after it', () => {
    const columns = [
      { name: 'year', type: 'INTEGER' },
      { name: 'level', type: 'VARCHAR' },
      { name: 'n', type: 'BIGINT' },
    ];
    expect(defaultChartSpec({ columns, rows })).toEqual({ kind: 'bar', x: 'year', y: 'n', series: null });
    expect(defaultChartSpec({ columns: columns.slice(0, 2), rows })).toBeNull();
  });
});

describe('chartData', () => {
  it('splits by series, sorts x, keeps NULL as a gap and adds duplicates', () => {
    const data = chartData(rows, { kind: 'line', x: 'year', y: 'n', series: 'level' });
    expect(data.categories).toEqual(['2022', '2023']);
    expect(data.series).toEqual([
      { name: 'county', values: [3, 6] },
      { name: 'municipal', values: [null, null] },
    ]);
    expect(data.merged).toBe(1);
  });

  it('makes one series named after y without a series column', () => {
    const data = chartData(rows, { kind: 'bar', x: 'level', y: 'n', series: null });
    expect(data.categories).toEqual(['county', 'municipal']);
    expect(data.series).toEqual([{ name: 'n', values: [9, null] }]);
  });
});

describe('resultChartOption', () => {
  it('draws the chosen kind, one series each', () => {
    const spec = { kind: 'line' as const, x: 'year', y: 'n', series: 'level' };
    const option = resultChartOption(chartData(rows, spec), spec) as { series: { type: string; data: unknown[] }[] };
    expect(option.series.map((s) => s.type)).toEqual(['line', 'line']);
    expect(option.series[0].data).toEqual([3, 6]);
  });
});
