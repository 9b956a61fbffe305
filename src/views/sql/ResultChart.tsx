/** Chart the result: pick x, y, series and line/bar; drawn by the shared ChartPanel. */
import { useId, useMemo, useState } from 'react';
import { ChartPanel, type DataColumn } from '../../charts/ChartPanel';
import { useI18n } from '../../i18n/useI18n';
import { chartData, defaultChartSpec, resultChartOption, type ChartKind, type ChartSpec } from './chart';
import { isNumericType, type QueryResult } from './result';

type PivotRow = Record<string, string | number | null>;

export function ResultChart({ result }: { result: QueryResult }) {
  const { t } = useI18n();
  const initial = useMemo(() => defaultChartSpec(result), [result]);
  const [picked, setSpec] = useState<ChartSpec | null>(initial);
  const names = result.columns.map((c) => c.name);
  // A spec from an earlier result may name columns this one lacks: fall back to the default.
  const spec = picked && [picked.x, picked.y, picked.series ?? picked.x].every((n) => names.includes(n)) ? picked : initial;
  const id = useId();
  const data = useMemo(() => (spec ? chartData(result.rows, spec) : null), [result.rows, spec]);
  const option = useMemo(() => (spec && data ? resultChartOption(data, spec) : null), [data, spec]);

  if (!spec || !data || !option) return <p className="note">{t('sql.chartNoNumeric')}</p>;
  const update = (patch: Partial<ChartSpec>) => setSpec({ ...spec, ...patch });
  const numeric = result.columns.filter((c) => isNumericType(c.type)).map((c) => c.name);

  const rows: PivotRow[] = data.categories.map((x, i) => ({
    [spec.x]: x,
    ...Object.fromEntries(data.series.map((s) => [s.name, s.values[i]])),
  }));
  const columns: DataColumn<PivotRow>[] = [
    { label: spec.x, value: (r) => r[spec.x] },
    ...data.series.map((s) => ({ label: s.name, value: (r: PivotRow) => r[s.name], numeric: true })),
  ];
  const note = [t('sql.chartNote'), data.merged ? t('sql.chartMerged', { count: data.merged }) : ''].filter(Boolean).join(' ');

  return (
    <div className="sql-chart">
      <div className="sql-chart-controls">
        <span className="sql-chart-field">
          <label htmlFor={`${id}-x`}>{t('sql.chartX')}</label>
          <select id={`${id}-x`} value={spec.x} onChange={(e) => update({ x: e.target.value })}>
            {names.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </span>
        <span className="sql-chart-field">
          <label htmlFor={`${id}-y`}>{t('sql.chartY')}</label>
          <select id={`${id}-y`} value={spec.y} onChange={(e) => update({ y: e.target.value })}>
            {numeric.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </span>
        <span className="sql-chart-field">
          <label htmlFor={`${id}-s`}>{t('sql.chartSeries')}</label>
          <select id={`${id}-s`} value={spec.series ?? ''} onChange={(e) => update({ series: e.target.value || null })}>
            <option value="">{t('sql.chartNone')}</option>
            {names.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </span>
        <span className="sql-chart-field">
          <label htmlFor={`${id}-k`}>{t('sql.chartKind')}</label>
          <select id={`${id}-k`} value={spec.kind} onChange={(e) => update({ kind: e.target.value as ChartKind })}>
            <option value="bar">{t('sql.chartBar')}</option>
            <option value="line">{t('sql.chartLine')}</option>
          </select>
        </span>
      </div>
      <ChartPanel
        // A query's unit is unknown: the "unit" slot of the title says what the x axis is instead.
        title={spec.y}
        unit={t('sql.chartBy', { x: spec.x })}
        source={{ note }}
        data={rows}
        columns={columns}
        option={option}
        filename={`sql-${spec.y}-by-${spec.x}`}
      />
    </div>
  );
}
