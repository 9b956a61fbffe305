import { useMemo } from 'react';
import { barChartHeight, barOption, MAX_BARS } from '../../charts/barOption';
import { ChartPanel, type DataColumn } from '../../charts/ChartPanel';
import { classifyFunnel, type FunnelPoint, funnelOption } from '../../charts/funnelOption';
import { useI18n } from '../../i18n/useI18n';
import { markOwn } from '../../workspace/mark';
import { metricDefinition, metricLabel, metricUnit } from './metricLabels';
import {
  type CompareRow,
  METRICS,
  type MetricId,
  type Missing,
  metricValue,
  missingReason,
  type RateMetric,
  rateValue,
} from './metrics';

const agencies = (rows: readonly CompareRow[]) => new Set(rows.map((r) => r.agency_id)).size;

/** The source line of a Compare chart: blanks counted apart from zero denominators and k > n. */
function useSource(rows: readonly CompareRow[], plotted: readonly CompareRow[], metric: MetricId, extra = '') {
  const i18n = useI18n();
  const { t } = i18n;
  const m = METRICS[metric];
  const count = (reason: Missing) => rows.filter((r) => missingReason(m, r) === reason).length;
  const zero = count('zero');
  const inconsistent = count('inconsistent');
  const notes = [
    metricDefinition(i18n, metric),
    zero ? t('compare.zeroDenominator', { count: zero }) : '',
    inconsistent ? t('compare.inconsistent', { count: inconsistent }) : '',
    extra,
  ];
  return {
    reports: plotted.length,
    agencies: agencies(plotted),
    blanks: count('blank'),
    note: notes.filter(Boolean).join(' '),
  };
}

/** Bar chart of one metric over the agencies, largest first; rows without a value are left out and counted. */
export function MetricBarChart({ rows, metric, year }: { rows: CompareRow[]; metric: MetricId; year: number }) {
  const i18n = useI18n();
  const { t, num } = i18n;
  const m = METRICS[metric];
  const isRate = m.kind === 'rate';
  // Rates are plotted in percent with one decimal: the same numbers as the data table and the CSV.
  const plotted = useMemo(
    () =>
      rows
        .flatMap((row) => {
          const v = metricValue(m, row);
          return v === null ? [] : [{ row, value: isRate ? Math.round(v * 1000) / 10 : v }];
        })
        .sort((a, b) => b.value - a.value),
    [rows, m, isRate],
  );
  const label = metricLabel(i18n, metric);
  const unit = metricUnit(t, metric);
  const drawn = useMemo(() => plotted.slice(0, MAX_BARS), [plotted]);
  const source = useSource(
    rows,
    plotted.map((d) => d.row),
    metric,
    drawn.length < plotted.length ? t('chart.barsCapped', { shown: drawn.length, count: plotted.length }) : '',
  );
  const option = useMemo(
    // Short names keep the category axis readable; the data table and CSV carry the full names.
    () =>
      barOption(
        drawn.map((d) => markOwn(d.row.short_name ?? d.row.agency_name, d.row.report_id)),
        [{ name: label, values: drawn.map((d) => d.value) }],
        { axis: unit },
      ),
    [drawn, label, unit],
  );
  type Datum = (typeof plotted)[number];
  const columns: DataColumn<Datum>[] = [
    { label: t('compare.col.agency'), value: (d) => markOwn(d.row.agency_name, d.row.report_id) },
    { label: t('compare.col.report'), value: (d) => d.row.report_id },
    { label: t('common.withUnit', { label, unit }), value: (d) => d.value, format: (d) => num(d.value), numeric: true },
  ];
  if (isRate) {
    const rm = m as RateMetric;
    columns.push(
      { label: t('compare.col.numerator'), value: (d) => rm.k(d.row), numeric: true },
      { label: t('compare.col.denominator'), value: (d) => rm.n(d.row), numeric: true },
    );
  }
  return (
    <ChartPanel
      title={t('compare.barTitle', { metric: label, year })}
      unit={unit}
      source={source}
      data={plotted}
      columns={columns}
      option={option}
      filename={`compare-${metric}-${year}`}
      definition={metric}
      height={barChartHeight(drawn.length)}
    />
  );
}

/** Funnel plot of a rate against its denominator with 95% / 99.8% limits around the pooled rate. */
export function RateFunnelChart({ rows, metric, year }: { rows: CompareRow[]; metric: MetricId; year: number }) {
  const i18n = useI18n();
  const { t, num } = i18n;
  const m = METRICS[metric] as RateMetric;
  const label = metricLabel(i18n, metric);
  const points = useMemo(
    () =>
      rows.flatMap((row) => {
        const r = rateValue(m, row);
        return r ? [{ label: markOwn(row.agency_name, row.report_id), k: r.k, n: r.n, row }] : [];
      }),
    [rows, m],
  );
  const { p0, outside } = useMemo(() => classifyFunnel(points), [points]);
  const option = useMemo(
    () =>
      funnelOption(points, {
        rate: `${label} (%)`,
        n: t(`compare.denominator.${metric}` as Parameters<typeof t>[0]),
        pooled: t('compare.funnel.pooled'),
        limit95: t('compare.funnel.limit95'),
        limit998: t('compare.funnel.limit998'),
        inside: t('compare.funnel.inside'),
        outside: t('compare.funnel.outside'),
      }),
    [points, label, metric, t],
  );
  type Point = FunnelPoint & { row: CompareRow };
  const pct = (x: number) => Math.round(x * 1000) / 10;
  const source = useSource(
    rows,
    points.map((p) => p.row),
    metric,
    p0 === null ? '' : t('compare.funnel.pooledValue', { rate: pct(p0) }),
  );
  const columns: DataColumn<Point>[] = [
    { label: t('compare.col.agency'), value: (p) => p.label },
    { label: t('compare.col.numerator'), value: (p) => p.k, numeric: true },
    { label: t('compare.col.denominator'), value: (p) => p.n, numeric: true },
    { label: `${label} (%)`, value: (p) => pct(p.k / p.n), format: (p) => num(pct(p.k / p.n), 1), numeric: true },
    {
      label: t('compare.funnel.position'),
      value: (p) => t(outside.has(p) ? 'compare.funnel.outside' : 'compare.funnel.inside'),
    },
  ];
  return (
    <ChartPanel
      title={t('compare.funnelTitle', { metric: label, year })}
      unit="%"
      source={source}
      data={points}
      columns={columns}
      option={option}
      filename={`compare-funnel-${metric}-${year}`}
      definition={metric}
      height={380}
    />
  );
}
