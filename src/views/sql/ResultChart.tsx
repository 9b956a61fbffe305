/** Chart the result: pick x, y, series and line/bar; drawn by the shared ChartPanel. */
import { useId, useMemo, useState } from 'react';
import { ChartPanel, type DataColumn } from '../../charts/ChartPanel';
import { useI18n } from '../../i18n/useI18n';
import { type ChartKind, type ChartSpec, chartData, defaultChartSpec, resultChartOption } from './chart';
import { isNumericType, type QueryResult } from './result';

type PivotRow = Record<string, string | number | null>;

export function ResultChart({ result }: { result: QueryResult }) {
  const { t } = useI18n();
  const initial = useMemo(() => defaultChartSpec(result), [result]);
  const [picked, setSpec] = useState<ChartSpec | null>(initial);
  const names = result.columns.map((c) => c.name);
  // A spec from an earlier result may name columns this one lacks: fall back to the default.
  const spec =
    picked && [picked.x, picked.y, picked.series ?? picked.x].every((n) => names.includes(n)) ? picked : initial;
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
  const note = [t('sql.chartNote'), data.merged ? t('sql.chartMerged', { count: data.merged }) : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div className="sql-chart">
      <div className="sql-chart-controls">
        <Picker
          id={`${id}-x`}
          label={t('sql.chartX')}
          value={spec.x}
          options={names.map(plain)}
          onChange={(x) => update({ x })}
        />
        <Picker
          id={`${id}-y`}
          label={t('sql.chartY')}
          value={spec.y}
          options={numeric.map(plain)}
          onChange={(y) => update({ y })}
        />
        <Picker
          id={`${id}-s`}
          label={t('sql.chartSeries')}
          value={spec.series ?? ''}
          options={[{ value: '', label: t('sql.chartNone') }, ...names.map(plain)]}
          onChange={(series) => update({ series: series || null })}
        />
        <Picker
          id={`${id}-k`}
          label={t('sql.chartKind')}
          value={spec.kind}
          options={[
            { value: 'bar', label: t('sql.chartBar') },
            { value: 'line', label: t('sql.chartLine') },
          ]}
          onChange={(kind) => update({ kind: kind as ChartKind })}
        />
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

interface Option {
  value: string;
  label: string;
}

const plain = (name: string): Option => ({ value: name, label: name });

/** A labelled select that keeps its label beside it when the controls wrap. */
function Picker({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
}) {
  return (
    <span className="sql-chart-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
