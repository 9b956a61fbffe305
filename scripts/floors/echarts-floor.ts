/** Floor page 2: the floor chart drawn by ECharts alone (the app's ECharts module, canvas), no React, no data engine. */
import { echarts } from '../../src/charts/echarts';
import { MARKS } from '../../src/perf';
import { FLOOR_CHART, floorOption } from './chart';

const holder = document.querySelector<HTMLElement>('[data-testid="chart-canvas"]')!;
const chart = echarts.init(holder, null, { renderer: 'canvas', ...FLOOR_CHART });
chart.on('rendered', () => {
  holder.setAttribute('data-painted-at', String(performance.now()));
  performance.mark(MARKS.firstChart);
});
chart.setOption(floorOption());
