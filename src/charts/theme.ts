import type { EChartsOption } from 'echarts';

/**
 * Shared look of every chart. Colours are dark enough for 3:1 contrast against white (WCAG
 * non-text contrast) and distinguishable for the common colour-vision deficiencies.
 */
export const PALETTE = ['#1f5fa8', '#b3461b', '#2e7d32', '#7b3fa0', '#8a6d00', '#00708a', '#5b5b5b'];
export const MUTED = '#5b5b5b';
/** Finding severities, in the colours of the badges. */
export const SEVERITY_COLORS = { error: '#b3261e', warning: '#b07800', info: '#1f5fa8' } as const;

/** Options every builder starts from: accessible description on, no animation (stable exports). */
export function baseOption(): EChartsOption {
  return {
    aria: { enabled: true, decal: { show: false } },
    animation: false,
    color: PALETTE,
    // Single quotes: ECharts' SVG writes this into a double-quoted style attribute without escaping.
    textStyle: { fontFamily: "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif" },
    tooltip: tooltip({ trigger: 'item' }),
  };
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Thousands separators, and at most two decimals (fees are 万元 with cents). */
export function formatNumber(v: number): string {
  return NUMBER.format(v);
}

export function formatPercent(rate: number, digits = 1): string {
  return `${(rate * 100).toFixed(digits)}%`;
}

/** Tooltips drawn on the canvas, not as HTML: names from the data are always plain text. */
export function tooltip(o: Record<string, unknown>): EChartsOption['tooltip'] {
  return { confine: true, renderMode: 'richText', ...o };
}
