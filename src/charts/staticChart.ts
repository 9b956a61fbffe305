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
 * Whether a live chart may replace a static one yet. The app says no while DuckDB starts: the
 * static charts show the same figures, and drawing five live charts then would take the two
 * cores from compiling the engine. A chart whose static drawing is gone (its data changed, or a
 * view without one) draws at once.
 */
export const LiveChartsContext = createContext(true);

/**
 * The widths the static charts are drawn at: an Overview chart's at 1280 px and at 375 px. The
 * stylesheet shows one of the two by the page's width; the SVG scales to its holder (viewBox), so
 * a width in between shows the same chart a little larger or smaller until the live one is drawn.
 */
const STATIC_WIDTHS = { wide: 542, narrow: 317 } as const;

/** Both static drawings of a chart, each tagged `data-static="wide|narrow"`, as HTML. */
export function staticChartHtml(render: RenderStaticChart, option: EChartsOption, height: number): string {
  return Object.entries(STATIC_WIDTHS)
    .map(([name, width]) => render(option, width, height).replace(/^<svg /, `<svg data-static="${name}" `))
    .join('');
}
