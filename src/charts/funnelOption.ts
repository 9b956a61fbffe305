import type { EChartsOption } from 'echarts';
import { funnelGrid, funnelLimits, pooledRate, Z95, Z998 } from './stats';
import { baseOption, MUTED, PALETTE, tooltip } from './theme';

export interface FunnelPoint {
  label: string;
  /** Numerator (e.g. refusals). */
  k: number;
  /** Denominator (e.g. applications handled); points with n = 0 have no rate and are not plotted. */
  n: number;
}

export interface FunnelLabels {
  /** y-axis: the rate's name, e.g. 不予公开率 (%). */
  rate: string;
  /** x-axis: the denominator's name, e.g. 办结数 (件). */
  n: string;
  pooled: string;
  limit95: string;
  limit998: string;
  inside: string;
  outside: string;
}

/** Which points lie outside the 95% limits around the pooled rate. */
export function classifyFunnel(points: readonly FunnelPoint[]): { p0: number | null; outside: Set<FunnelPoint> } {
  const valid = points.filter((p) => p.n > 0);
  const p0 = pooledRate(valid);
  const outside = new Set<FunnelPoint>();
  if (p0 === null) return { p0, outside };
  for (const p of valid) {
    const [lim] = funnelLimits(p0, [p.n], Z95);
    const rate = p.k / p.n;
    if (rate < lim.low - 1e-12 || rate > lim.high + 1e-12) outside.add(p);
  }
  return { p0, outside };
}

/**
 * Funnel plot: each agency's rate against its denominator, with the pooled rate and its 95% and
 * 99.8% control limits. Small agencies scatter widely by chance; the funnel shows how widely.
 * The x axis is logarithmic because denominators span 1 to thousands.
 */
export function funnelOption(points: readonly FunnelPoint[], labels: FunnelLabels): EChartsOption {
  const valid = points.filter((p) => p.n > 0);
  const { p0, outside } = classifyFunnel(valid);
  const maxN = Math.max(1, ...valid.map((p) => p.n));
  const grid = funnelGrid(maxN);
  const pct = (r: number) => Math.round(r * 10000) / 100;
  // Lower and upper limit as one series, broken by an empty point ('-'), so the legend has one entry.
  const limits = (z: number): (number[] | '-')[] => {
    if (p0 === null) return [];
    const lims = funnelLimits(p0, grid, z);
    return [...lims.map((l) => [l.n, pct(l.low)]), '-', ...lims.map((l) => [l.n, pct(l.high)])];
  };
  const scatter = (name: string, pts: FunnelPoint[], color: string) => ({
    type: 'scatter' as const,
    name,
    symbolSize: 9,
    itemStyle: { color },
    data: pts.map((p) => ({ name: p.label, value: [p.n, pct(p.k / p.n), p.k] })),
  });
  const line = (name: string, data: (number[] | '-')[], type: 'solid' | 'dashed' | 'dotted') => ({
    type: 'line' as const,
    name,
    data,
    showSymbol: false,
    silent: true,
    lineStyle: { color: MUTED, type, width: 1 },
    itemStyle: { color: MUTED },
    tooltip: { show: false },
  });
  return {
    ...baseOption(),
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 36, bottom: 28, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    tooltip: tooltip({
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name, value } = p as { name: string; value: number[] };
        return `${name}\n${value[2]} / ${value[0]} = ${value[1]}%`;
      },
    }),
    xAxis: { type: 'log', name: labels.n, nameLocation: 'middle', nameGap: 22, min: 1, logBase: 10 },
    yAxis: { type: 'value', name: labels.rate, min: 0, max: 100 },
    series: [
      scatter(
        labels.inside,
        valid.filter((p) => !outside.has(p)),
        PALETTE[0],
      ),
      scatter(
        labels.outside,
        valid.filter((p) => outside.has(p)),
        PALETTE[1],
      ),
      line(
        labels.pooled,
        p0 === null
          ? []
          : [
              [1, pct(p0)],
              [maxN, pct(p0)],
            ],
        'solid',
      ),
      line(labels.limit95, limits(Z95), 'dashed'),
      line(labels.limit998, limits(Z998), 'dotted'),
    ],
  } as EChartsOption;
}
