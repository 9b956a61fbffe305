/** The Overview's charts: trends by year, outcome mix, licensing and fees by agency, reviews and lawsuits. */
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { barChartHeight, barOption } from '../../charts/barOption';
import { ChartPanel, type ChartSource, type DataColumn } from '../../charts/ChartPanel';
import { trendOption } from '../../charts/trendOption';
import type { MeasureId } from '../../i18n/definitions';
import { type I18n, useI18n } from '../../i18n/useI18n';
import { OUTCOME_GROUPS } from '../../report/template';
import type { AgencyRow, YearRow } from './queries';
import { OUTCOME_COLUMN, outcomeSeries, rate, yearSeries } from './shape';

interface Chart<Row> {
  option: EChartsOption;
  columns: DataColumn<Row>[];
}

function numberColumn<Row>(label: string, value: (row: Row) => number | null, i18n: I18n): DataColumn<Row> {
  return { label, value, numeric: true, format: (row) => (value(row) === null ? '' : i18n.num(value(row))) };
}

function rateColumn<Row>(label: string, k: (row: Row) => number | null, n: (row: Row) => number | null, i18n: I18n) {
  return {
    label,
    value: (row: Row) => rate(k(row), n(row)),
    numeric: true,
    format: (row: Row) => i18n.share(k(row), n(row)),
  } satisfies DataColumn<Row>;
}

const yearColumn = (i18n: I18n): DataColumn<YearRow> => ({ label: i18n.t('overview.col.year'), value: (r) => r.year });
const pickColumns = (picks: [string, keyof YearRow][], i18n: I18n) =>
  picks.map(([label, col]) => numberColumn<YearRow>(label, (r) => r[col] as number | null, i18n));

function applicationsChart(rows: YearRow[], i18n: I18n): Chart<YearRow> {
  const { t } = i18n;
  const picks: [string, keyof YearRow][] = [
    [t('overview.kpi.received'), 'received'],
    [t('overview.kpi.handled'), 'handled'],
    [t('overview.series.carriedForward'), 'carried_forward'],
  ];
  return {
    option: trendOption(
      rows.map((r) => r.year),
      yearSeries(rows, picks),
      { axis: t('unit.items') },
    ),
    columns: [yearColumn(i18n), ...pickColumns(picks, i18n)],
  };
}

function outcomesChart(rows: YearRow[], i18n: I18n): Chart<YearRow> {
  const { t, lang } = i18n;
  const categories = rows.map((r) => String(r.year));
  return {
    option: barOption(categories, outcomeSeries(rows, lang), { axis: t('unit.items') }, { stacked: true }),
    columns: [
      yearColumn(i18n),
      ...OUTCOME_GROUPS.map((g) =>
        numberColumn<YearRow>(g[lang], (r) => r[OUTCOME_COLUMN[g.id]] as number | null, i18n),
      ),
    ],
  };
}

function appealsChart(rows: YearRow[], i18n: I18n): Chart<YearRow> {
  const { t } = i18n;
  const review = t('overview.series.review');
  const suit = t('overview.series.suit');
  const picks: [string, keyof YearRow][] = [
    [review, 'review_total'],
    [t('overview.series.corrected', { what: review }), 'review_corrected'],
    [suit, 'suit_total'],
    [t('overview.series.corrected', { what: suit }), 'suit_corrected'],
  ];
  return {
    option: barOption(
      rows.map((r) => String(r.year)),
      yearSeries(rows, picks),
      { axis: t('unit.items') },
    ),
    columns: [
      yearColumn(i18n),
      ...pickColumns(picks.slice(0, 2), i18n),
      rateColumn<YearRow>(
        t('overview.col.reviewRate'),
        (r) => r.review_corrected,
        (r) => r.review_total,
        i18n,
      ),
      ...pickColumns(picks.slice(2), i18n),
      rateColumn<YearRow>(
        t('overview.col.suitRate'),
        (r) => r.suit_corrected,
        (r) => r.suit_total,
        i18n,
      ),
    ],
  };
}

function agencyChart(rows: AgencyRow[], i18n: I18n, measure: 'licensing' | 'fees'): Chart<AgencyRow> {
  const { t } = i18n;
  const label = t(measure === 'licensing' ? 'overview.kpi.licensing' : 'overview.kpi.fees');
  const unit = t(measure === 'licensing' ? 'unit.items' : 'unit.wanYuan');
  return {
    option: barOption(
      rows.map((r) => r.agency_name),
      [{ name: label, values: rows.map((r) => r[measure]) }],
      { axis: unit },
    ),
    columns: [
      { label: t('overview.col.agency'), value: (r) => r.agency_name },
      numberColumn<AgencyRow>(t('overview.col.reports'), (r) => r.reports, i18n),
      numberColumn<AgencyRow>(label, (r) => r[measure], i18n),
    ],
  };
}

/** Largest first, agencies that do not state the measure last. */
function byMeasure(rows: AgencyRow[], measure: 'licensing' | 'fees'): AgencyRow[] {
  return [...rows].sort((a, b) => (b[measure] ?? -Infinity) - (a[measure] ?? -Infinity));
}

interface Panel<Row> extends Chart<Row> {
  key: string;
  title: string;
  unit: string;
  data: Row[];
  height?: number;
  note?: string;
  definition: MeasureId;
}

function Panels<Row>({ panels, source }: { panels: Panel<Row>[]; source: ChartSource }) {
  return (
    <div className="grid-2">
      {panels.map(({ key, note, ...panel }) => (
        <ChartPanel key={key} filename={`overview-${key}`} source={note ? { ...source, note } : source} {...panel} />
      ))}
    </div>
  );
}

export function YearCharts({ rows, source }: { rows: YearRow[]; source: ChartSource }) {
  const i18n = useI18n();
  const panels = useMemo((): Panel<YearRow>[] => {
    const { t } = i18n;
    const unit = t('unit.items');
    return [
      {
        key: 'applications',
        definition: 'received',
        title: t('overview.trend.applications'),
        unit,
        data: rows,
        ...applicationsChart(rows, i18n),
      },
      {
        key: 'outcomes',
        definition: 'outcomes',
        title: t('overview.trend.outcomes'),
        unit,
        data: rows,
        height: barChartHeight(rows.length, 6),
        ...outcomesChart(rows, i18n),
      },
      {
        key: 'appeals',
        definition: 'appeals',
        title: t('overview.appeals'),
        unit,
        data: rows,
        height: barChartHeight(rows.length, 4),
        ...appealsChart(rows, i18n),
      },
    ];
  }, [rows, i18n]);
  return <Panels panels={panels} source={source} />;
}

export function AgencyCharts({ rows, source }: { rows: AgencyRow[]; source: ChartSource }) {
  const i18n = useI18n();
  const panels = useMemo((): Panel<AgencyRow>[] => {
    const { t } = i18n;
    const licensingRows = byMeasure(rows, 'licensing');
    const feeRows = byMeasure(rows, 'fees');
    const height = barChartHeight(rows.length);
    return [
      {
        key: 'licensing-by-agency',
        definition: 'licensing',
        title: t('overview.byAgency.licensing'),
        unit: t('unit.items'),
        data: licensingRows,
        height,
        ...agencyChart(licensingRows, i18n, 'licensing'),
      },
      {
        key: 'fees-by-agency',
        definition: 'fees',
        title: t('overview.byAgency.fees'),
        unit: t('unit.wanYuan'),
        data: feeRows,
        height,
        note: t('overview.kpi.feesNote'),
        ...agencyChart(feeRows, i18n, 'fees'),
      },
    ];
  }, [rows, i18n]);
  return <Panels panels={panels} source={source} />;
}
