import { describe, expect, it } from 'vitest';
import { barChartHeight, barOption } from './barOption';
import { renderSvg } from './echarts';
import { classifyFunnel, type FunnelLabels, funnelOption } from './funnelOption';
import { trendOption } from './trendOption';

// Options are plain data; these tests read them the way ECharts will, then render each one
// with the real ECharts (SVG, server-side) so that a broken option fails here, not in the page.

// Options are deeply nested unions; the tests read them as plain objects.
// biome-ignore lint/suspicious/noExplicitAny: the tests read ECharts options as loose objects
type Any = Record<string, any>;
const seriesOf = (o: unknown) => (o as Any).series as Any[];
const named = (o: unknown, name: string): Any => seriesOf(o).find((x) => x.name === name) ?? {};

const funnelLabels: FunnelLabels = {
  rate: '不予公开率 (%)',
  n: '办结数 (件)',
  pooled: '总体比率',
  limit95: '95% 控制限',
  limit998: '99.8% 控制限',
  inside: '控制限内',
  outside: '控制限外',
};

describe('barOption', () => {
  const option = barOption(['甲局', '乙局', '丙局'], [{ name: '行政许可', values: [42975, null, 7] }], {
    axis: '件',
  });

  it('plots the categories in the given order, top to bottom, with nulls as gaps', () => {
    const o = option as Any;
    expect(o.yAxis.data).toEqual(['甲局', '乙局', '丙局']);
    expect(o.yAxis.inverse).toBe(true);
    expect(seriesOf(o)[0].data).toEqual([42975, null, 7]);
    expect(o.xAxis.name).toBe('件');
    expect(o.aria.enabled).toBe(true);
    expect(o.legend).toBeUndefined();
  });

  it('stacks several series and shows a legend', () => {
    const o = barOption(
      ['规则'],
      [
        { name: 'error', values: [3] },
        { name: 'warning', values: [2] },
      ],
      { axis: '条' },
      { stacked: true },
    ) as Any;
    expect(seriesOf(o).map((s) => s.stack)).toEqual(['total', 'total']);
    expect(o.legend).toBeDefined();
  });

  it('formats value labels with separators and leaves blanks empty', () => {
    const fmt = seriesOf(option)[0].label.formatter;
    expect(fmt({ value: 42975 })).toBe('42,975');
    expect(fmt({ value: null })).toBe('');
  });

  it('renders with ECharts and names the data in the accessible description', () => {
    const svg = renderSvg(option, 600, barChartHeight(3));
    expect(svg).toContain('<svg');
    expect(svg).toContain('甲局');
    expect(barChartHeight(20)).toBeGreaterThan(barChartHeight(3));
  });
});

describe('trendOption', () => {
  it('keeps a missing year as a gap (not 0) and renders', () => {
    const o = trendOption([2021, 2022, 2023], [{ name: '新收', values: [5, null, 16] }], { axis: '件' }) as Any;
    expect(o.xAxis.data).toEqual(['2021', '2022', '2023']);
    expect(seriesOf(o)[0]).toMatchObject({ type: 'line', data: [5, null, 16], connectNulls: false });
    expect(renderSvg(o, 600, 300)).toContain('2023');
  });
});

describe('funnelOption', () => {
  const points = [
    { label: '大局', k: 50, n: 1000 },
    { label: '小局', k: 1, n: 10 },
    { label: '异常局', k: 60, n: 100 },
    { label: '无申请', k: 0, n: 0 },
  ];

  it('flags the points outside the 95% limits around the pooled rate', () => {
    const { p0, outside } = classifyFunnel(points);
    expect(p0).toBeCloseTo(111 / 1110, 10);
    expect([...outside].map((p) => p.label).sort()).toEqual(['大局', '异常局']);
  });

  it('plots rates in percent against n, without points that have no denominator', () => {
    const o = funnelOption(points, funnelLabels);
    expect(named(o, '控制限内').data).toEqual([{ name: '小局', value: [10, 10, 1] }]);
    expect(named(o, '控制限外').data.map((d: Any) => d.name)).toEqual(['大局', '异常局']);
    expect(named(o, '总体比率').data).toEqual([
      [1, 10],
      [1000, 10],
    ]);
  });

  it('draws each control limit as one series whose lower and upper curves meet the pooled rate', () => {
    const o = funnelOption(points, funnelLabels);
    const lim = named(o, '95% 控制限').data as (number[] | '-')[];
    const gap = lim.indexOf('-');
    expect(gap).toBeGreaterThan(0);
    const low = lim.slice(0, gap) as number[][];
    const high = lim.slice(gap + 1) as number[][];
    expect(low.at(-1)![1]).toBeLessThan(10);
    expect(high.at(-1)![1]).toBeGreaterThan(10);
    expect(low[0]).toEqual([1, 0]);
    expect(seriesOf(o).filter((x) => x.name.includes('控制限') && x.type === 'line')).toHaveLength(2);
  });

  it('says the point and its fraction in the tooltip, as text', () => {
    const o = funnelOption(points, funnelLabels) as Any;
    expect(o.tooltip.renderMode).toBe('richText');
    expect(o.tooltip.formatter({ name: '小局', value: [10, 10, 1] })).toBe('小局\n1 / 10 = 10%');
    expect(renderSvg(o, 600, 400)).toContain('<svg');
  });

  it('copes with no plottable point', () => {
    const o = funnelOption([{ label: 'x', k: 0, n: 0 }], funnelLabels);
    expect(seriesOf(o).every((s) => s.data.length === 0)).toBe(true);
    expect(renderSvg(o, 300, 200)).toContain('<svg');
  });
});
