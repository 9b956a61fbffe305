import type { EChartsOption } from 'echarts';
import type { BarSeries } from './barOption';
import { baseOption, formatNumber, tooltip } from './theme';

/**
 * Lines over years. A null value (blank in the source, or no report that year) breaks the line
 * rather than dropping it to 0.
 */
export function trendOption(
  years: readonly number[],
  series: readonly BarSeries[],
  labels: { axis: string },
): EChartsOption {
  return {
    ...baseOption(),
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    tooltip: tooltip({
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? formatNumber(v) : '—'),
    }),
    xAxis: { type: 'category', data: years.map(String), boundaryGap: years.length === 1 },
    yAxis: { type: 'value', name: labels.axis, minInterval: 1 },
    series: series.map((s) => ({
      type: 'line',
      name: s.name,
      data: [...s.values],
      connectNulls: false,
      symbolSize: 8,
      label: { show: years.length <= 8, position: 'top' },
      // Labels of lines that run close together would print over each other: the later ones give way.
      labelLayout: { moveOverlap: 'shiftY', hideOverlap: true },
    })),
  } as EChartsOption;
}
