import { describe, expect, it } from 'vitest';
import { barOption } from './barOption';
import { renderSvg } from './echarts';
import { exportOption, fitLegend, legendRows } from './layout';
import { trendOption } from './trendOption';

describe('chart layout', () => {
  it('wraps a legend onto more rows at phone width, never pages it, and moves the plot down', () => {
    const names = ['本年新收申请', '办结申请', '结转下年度', '予以公开', '部分公开', '不予公开'];
    expect(legendRows(names, 1000)).toBe(1);
    expect(legendRows(names, 320)).toBeGreaterThan(1);
    const option = trendOption(
      [2023, 2024],
      names.map((name) => ({ name, values: [1, 2] })),
      { axis: '件' },
    );
    const fitted = fitLegend(option, 320) as { legend: { type: string }; grid: { top: number } };
    expect(fitted.legend.type).toBe('plain');
    expect(fitted.grid.top).toBeGreaterThan((option.grid as { top: number }).top);
  });

  it('draws title, filters, source, licence and date into the exported SVG', () => {
    const option = barOption(['甲局', '乙局'], [{ name: '行政许可决定', values: [3, 5] }], { axis: '件' });
    const { option: exported, height } = exportOption(
      option,
      {
        title: '各机构行政许可决定数（件）',
        footer: [
          '筛选：2024 · 全部地区 · 全部机构',
          '来源：2 份年报，2 个机构。',
          '许可：CC BY 4.0',
          '下载于 2026-12-06',
        ],
      },
      375,
      200,
    );
    expect(height).toBeGreaterThan(200);
    const svg = renderSvg(exported, 375, height);
    for (const text of [
      '各机构行政许可决定数（件）',
      '筛选：2024',
      '来源：2 份年报',
      'CC BY 4.0',
      '2026-12-06',
      '甲局',
    ]) {
      expect(svg).toContain(text);
    }
  });
});
