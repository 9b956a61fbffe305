/**
 * The one chart of the benchmark's floor pages: a line chart of the Overview's kind (five years,
 * three series), built by the app's own option builder and drawn at the size of an Overview chart.
 */
import type { EChartsOption } from 'echarts';
import { trendOption } from '../../src/charts/trendOption';

export const FLOOR_CHART = { width: 560, height: 320 };

export function floorOption(): EChartsOption {
  return trendOption(
    [2020, 2021, 2022, 2023, 2024],
    [
      { name: '收到申请', values: [812, 954, 1103, 1288, 1377] },
      { name: '办结', values: [790, 941, 1090, 1251, 1360] },
      { name: '结转下年度', values: [22, 13, 13, 37, 17] },
    ],
    { axis: '件' },
  );
}
