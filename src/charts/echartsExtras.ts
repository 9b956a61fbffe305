/**
 * ECharts modules a chart does not need to paint: tooltips (with their axis pointer), the scatter
 * series of Compare's funnel and the SVG renderer of the SVG download. A chunk of their own,
 * fetched once the first chart is drawn (see loadChartExtras).
 */
import { ScatterChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

export const EXTRAS = [ScatterChart, TooltipComponent, SVGRenderer];
