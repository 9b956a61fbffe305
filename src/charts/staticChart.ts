/**
 * Charts in the first HTML: when the page is rendered at build time (src/pipeline/prerender.ts),
 * this context gives ChartPanel a function that draws a chart to an SVG string (ECharts'
 * server-side renderer), which the page carries inline. In the browser the context is empty: the
 * SVG already in the page stays until the live chart has drawn over it, then it is removed.
 */
import type { EChartsOption } from 'echarts';
import { createContext } from 'react';

export type RenderStaticChart = (option: EChartsOption, width: number, height: number) => string;

export const StaticChartContext = createContext<RenderStaticChart | null>(null);

/**
 * The width the static charts are drawn at: an Overview chart's at 1280 px. The SVG scales to its
 * holder (viewBox), so another width shows the same chart, smaller or larger, until the live one.
 */
export const STATIC_CHART_WIDTH = 560;
