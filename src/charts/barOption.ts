import type { EChartsOption } from 'echarts';
import { baseOption, formatNumber, tooltip } from './theme';

export interface BarSeries {
  name: string;
  /** One value per category; null is drawn as no bar (blank source cell), never as 0. */
  values: readonly (number | null)[];
  /** A fixed colour where the series has a meaning of its own (error red, say). */
  color?: string;
}

export interface BarLabels {
  /** Value-axis name, including the unit, e.g. 件 or 万元. */
  axis: string;
}

/**
 * Horizontal bars, categories top to bottom in the order given (long Chinese agency names and
 * rule names stay readable on a phone). Several series are stacked when `stacked` is set.
 */
export function barOption(
  categories: readonly string[],
  series: readonly BarSeries[],
  labels: BarLabels,
  opts: { stacked?: boolean } = {},
): EChartsOption {
  const rowHeight = series.length > 1 && !opts.stacked ? 28 : 22;
  return {
    ...baseOption(),
    legend: series.length > 1 ? { top: 0, type: 'scroll' } : undefined,
    grid: {
      left: 8,
      right: 48,
      top: series.length > 1 ? 32 : 12,
      bottom: 28,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    tooltip: tooltip({ trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: fmt }),
    xAxis: { type: 'value', name: labels.axis, nameLocation: 'middle', nameGap: 22, axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...categories],
      axisLabel: { width: 120, overflow: 'truncate', interval: 0 },
    },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: [...s.values],
      stack: opts.stacked ? 'total' : undefined,
      itemStyle: s.color ? { color: s.color } : undefined,
      barMaxWidth: rowHeight,
      label: { show: series.length === 1, position: 'right', formatter: (p: { value: unknown }) => fmt(p.value) },
    })),
  } as EChartsOption;
}

/**
 * Bars a chart of agencies draws at most: a province has thousands of agencies, and a bar each
 * would make a canvas tens of thousands of pixels high and take ECharts seconds to lay out (their
 * labels measured one by one). The largest are drawn; the data table and CSV hold all.
 */
export const MAX_BARS = 50;

/** Preferred chart height for a number of categories, so bars keep a readable thickness. */
export function barChartHeight(categoryCount: number, seriesCount = 1): number {
  return Math.max(160, 60 + categoryCount * (seriesCount > 1 ? 30 : 24));
}

function fmt(v: unknown): string {
  return typeof v === 'number' ? formatNumber(v) : '';
}
