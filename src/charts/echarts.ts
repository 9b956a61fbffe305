/**
 * The one place that registers ECharts modules: only what our option builders use, so the
 * bundle stays small. What paints a chart is here (every series type: ECharts fails on a series
 * it does not know; canvas on screen and for PNG); the rest (tooltips, the SVG renderer) is
 * echartsExtras.ts, loaded after the first chart.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, TitleComponent, CanvasRenderer]);

export { echarts };

let extras: Promise<void> | null = null;
let extrasLoaded = false;

/** Registers the extra modules (once); charts drawn before should set their option again. */
export function loadChartExtras(): Promise<void> {
  extras ??= import('./echartsExtras').then(({ EXTRAS }) => {
    echarts.use(EXTRAS);
    extrasLoaded = true;
  });
  return extras;
}

export const chartExtrasLoaded = (): boolean => extrasLoaded;

/** Renders an option to an SVG document without touching the page (ECharts server-side mode). */
export async function renderSvg(option: echarts.EChartsCoreOption, width: number, height: number): Promise<string> {
  await loadChartExtras();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, backgroundColor: '#ffffff' });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
