/**
 * The one place that registers ECharts modules: only what our option builders use, so the
 * bundle stays small. Canvas draws on screen and for PNG; SVG serves the SVG download. This
 * module is a chunk of its own, loaded by the first chart (see ChartPanel).
 */

import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  // labelLayout.hideOverlap: data labels of close lines give way instead of printing over each other.
  LabelLayout,
  CanvasRenderer,
  SVGRenderer,
]);

export { echarts };

/** Renders an option to an SVG document without touching the page (ECharts server-side mode). */
export function renderSvg(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, backgroundColor: '#ffffff' });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Renders an option to a PNG data URL off the page (a detached canvas at twice the pixels). */
export function renderPng(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(document.createElement('div'), null, { renderer: 'canvas', width, height });
  try {
    chart.setOption(option);
    return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  } finally {
    chart.dispose();
  }
}
