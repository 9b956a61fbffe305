/**
 * Charting a query result: the user picks an x column, a numeric y column and optionally a
 * series column; rows become one line or bar series per series value. Pure functions.
 */
import type { EChartsOption } from 'echarts';
import { baseOption, formatNumber, tooltip } from '../../charts/theme';
import { cellText, compareCells, isNumericType, type QueryResult, type ResultRow } from './result';

export type ChartKind = 'line' | 'bar';

export interface ChartSpec {
  kind: ChartKind;
  x: string;
  y: string;
  /** Column whose values split the rows into series; null = one series. */
  series: string | null;
}

export interface ChartData {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** Rows that shared an (x, series) pair with an earlier row; their y values were added up. */
  merged: number;
}

/** The spec to start from: the first column as x, the first numeric other column as y. */
export function defaultChartSpec({ columns }: QueryResult): ChartSpec | null {
  const y = columns.find((c, i) => i > 0 && isNumericType(c.type)) ?? null;
  if (columns.length < 2 || !y) return null;
  return { kind: 'bar', x: columns[0].name, y: y.name, series: null };
}

/** Rows → categories (x values in ascending order) × series. A NULL y stays a gap, never 0. */
export function chartData(rows: readonly ResultRow[], spec: ChartSpec): ChartData {
  const xs = [...new Set(rows.map((r) => r[spec.x]))].sort(compareCells);
  const xIndex = new Map(xs.map((x, i) => [x, i]));
  const seriesOf = (r: ResultRow) => (spec.series ? (cellText(r[spec.series]) ?? 'NULL') : spec.y);
  const names = [...new Set(rows.map(seriesOf))];
  const values = new Map(names.map((n) => [n, xs.map((): number | null => null)]));
  const seen = new Set<string>();
  let merged = 0;
  for (const row of rows) {
    const name = seriesOf(row);
    const i = xIndex.get(row[spec.x])!;
    const key = `${name}\u0000${i}`;
    if (seen.has(key)) merged++;
    seen.add(key);
    const y = row[spec.y];
    if (typeof y !== 'number' || !Number.isFinite(y)) continue;
    const line = values.get(name)!;
    line[i] = (line[i] ?? 0) + y;
  }
  return {
    categories: xs.map((x) => cellText(x) ?? 'NULL'),
    series: names.map((name) => ({ name, values: values.get(name)! })),
    merged,
  };
}

export function resultChartOption(data: ChartData, spec: ChartSpec): EChartsOption {
  const many = data.series.length > 1;
  return {
    ...baseOption(),
    legend: many ? { top: 0, type: 'scroll' } : undefined,
    grid: { left: 8, right: 24, top: many ? 36 : 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    tooltip: tooltip({
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? formatNumber(v) : '—'),
    }),
    xAxis: { type: 'category', name: spec.x, data: data.categories, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: spec.y },
    series: data.series.map((s) => ({
      type: spec.kind,
      name: s.name,
      data: s.values,
      connectNulls: false,
    })),
  } as EChartsOption;
}
