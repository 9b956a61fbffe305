import type { I18n } from '../../i18n/useI18n';
import { formulaText, measure } from '../../measures/measures';
import { METRICS, type MetricId } from './metrics';

/** Column / axis name of a metric, e.g. 不予公开率 (src/measures/). */
export function metricLabel(i18n: Pick<I18n, 'label'>, id: MetricId): string {
  return i18n.label(measure(id).label);
}

/** Unit text of a metric: 件, 万元 or %. */
export function metricUnit(t: I18n['t'], id: MetricId): string {
  const unit = METRICS[id].unit;
  return unit === 'percent' ? '%' : t(unit === 'items' ? 'unit.items' : 'unit.wanYuan');
}

/** How a measure is computed (its formula over the report's figures), shown with the table and in the chart source. */
export function metricDefinition(i18n: Pick<I18n, 'lang'>, id: MetricId): string {
  return formulaText(measure(id), i18n.lang);
}
