import type { MessageKey } from '../../i18n/messages';
import type { I18n } from '../../i18n/useI18n';
import { METRICS, type MetricId } from './metrics';

/** Column / axis name of a metric, e.g. 不予公开率. */
export function metricLabel(t: I18n['t'], id: MetricId): string {
  return t(`compare.metric.${id}` as MessageKey);
}

/** Unit text of a metric: 件, 万元 or %. */
export function metricUnit(t: I18n['t'], id: MetricId): string {
  const unit = METRICS[id].unit;
  return unit === 'percent' ? '%' : t(unit === 'items' ? 'unit.items' : 'unit.wanYuan');
}

/** How a rate is defined (numerator ÷ denominator), shown under the table and in the chart source. */
export function metricDefinition(t: I18n['t'], id: MetricId): string {
  return METRICS[id].kind === 'rate' ? t(`compare.def.${id}` as MessageKey) : '';
}
