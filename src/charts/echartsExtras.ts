/**
 * ECharts modules a chart does not need to paint: tooltips (with their axis pointer) and the SVG
 * renderer of the SVG download. A chunk of their own, fetched once the first chart is drawn (see
 * loadChartExtras); a chart drawn before is drawn again with them.
 */
import { TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

export const EXTRAS = [TooltipComponent, SVGRenderer];
