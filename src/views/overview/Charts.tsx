/** The Overview's charts: trends by year, outcome mix, licensing and fees by agency, reviews and lawsuits. */
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { barChartHeight, barOption, MAX_BARS } from '../../charts/barOption';
import { ChartPanel, type ChartSource, type DataColumn } from '../../charts/ChartPanel';
import { trendOption } from '../../charts/trendOption';
import { type I18n, useI18n } from '../../i18n/useI18n';
import type { DefinedId } from '../../measures/glossary';
import { formulaText, measure } from '../../measures/measures';
import { readMeasure } from '../../measures/sql';
import type { ByAgencyRow, YEAR_RATES, YearRow } from '../../queries/overview';
import { OUTCOME_GROUPS } from '../../report/template';
import { OUTCOME_COLUMN, outcomeSeries, yearSeries } from './shape';

interface Chart<Row> {
  option: EChartsOption;
  columns: DataColumn<Row>[];
}

function numberColumn<Row>(label: string, value: (row: Row) => number | null, i18n: I18n): DataColumn<Row> {
  return { label, value, numeric: true, format: (row) => (value(row) === null ? '' : i18n.num(value(row))) };
}

/** A rate of src/measures/ by year; its label carries its formula. */
function measureRateColumn(id: (typeof YEAR_RATES)[number], i18n: I18n): DataColumn<YearRow> {
  const m = measure(id);
  const read = (row: YearRow) => readMeasure(row, id);
  return {
    label: `${i18n.label(m.label)} = ${formulaText(m, i18n.lang)}`,
    value: (row) => read(row).value,
    numeric: true,
    format: (row) => i18n.share(read(row).k, read(row).n),
  };
}

const yearColumn = (i18n: I18n): DataColumn<YearRow> => ({ label: i18n.t('overview.col.year'), value: (r) => r.year });
const pickColumns = (picks: [string, keyof YearRow][], i18n: I18n) =>
  picks.map(([label, col]) => numberColumn<YearRow>(label, (r) => r[col] as number | null, i18n));

function applicationsChart(rows: YearRow[], i18n: I18n): Chart<YearRow> {
  const { t } = i18n;
  const picks: [string, keyof YearRow][] = [
    [t('overview.kpi.received'), 'new_received'],
    [t('overview.kpi.handled'), 'total_handled'],
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
      measureRateColumn('review_corrected_rate', i18n),
      ...pickColumns(picks.slice(2), i18n),
      measureRateColumn('suit_lost_rate', i18n),
    ],
  };
}

/** The chart of agencies by one measure, largest first: the MAX_BARS largest drawn, the data table holding all. */
function agencyChart(rows: ByAgencyRow[], i18n: I18n, id: 'licensing' | 'fees'): Chart<ByAgencyRow> {
  const { t } = i18n;
  const label = i18n.label(measure(id).label);
  const unit = t(id === 'licensing' ? 'unit.items' : 'unit.wanYuan');
  const drawn = rows.slice(0, MAX_BARS);
  return {
    option: barOption(
      drawn.map((r) => r.agency_name),
      [{ name: label, values: drawn.map((r) => r[id]) }],
      { axis: unit },
    ),
    columns: [
      { label: t('overview.col.agency'), value: (r) => r.agency_name },
      numberColumn<ByAgencyRow>(t('overview.col.reports'), (r) => r.reports, i18n),
      numberColumn<ByAgencyRow>(label, (r) => r[id], i18n),
    ],
  };
}

/** Largest first, agencies that do not state the measure last. */
function byMeasure(rows: ByAgencyRow[], id: 'licensing' | 'fees'): ByAgencyRow[] {
  return [...rows].sort((a, b) => (b[id] ?? -Infinity) - (a[id] ?? -Infinity));
}

interface Panel<Row> extends Chart<Row> {
  key: string;
  title: string;
  unit: string;
  data: Row[];
  height?: number;
  note?: string;
  definition: DefinedId;
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

/**
 * What a trend draws on: the set of reports, like for like or not (and how many agencies), and the
 * number of reports in each year.
 */
export function trendSource(rows: readonly YearRow[], setNote: string, i18n: I18n): ChartSource {
  const { t, num } = i18n;
  const first = rows[0];
  const sameNote = first?.like_for_like
    ? t('trend.sameNote', { count: num(first.steady_agencies) })
    : t('trend.allNote');
  const perYear = t('trend.perYear', {
    list: rows.map((r) => t('trend.perYearItem', { year: r.year, count: num(r.reports) })).join(' · '),
  });
  return {
    reports: rows.reduce((a, r) => a + Number(r.reports), 0),
    agencies: first?.like_for_like ? first.steady_agencies : undefined,
    note: [setNote, sameNote, perYear].join(t('common.clauseSeparator')),
  };
}

export function YearCharts({ rows, setNote }: { rows: YearRow[]; setNote: string }) {
  const i18n = useI18n();
  const source = trendSource(rows, setNote, i18n);
  const panels = useMemo((): Panel<YearRow>[] => {
    const { t } = i18n;
    const unit = t('unit.items');
    return [
      {
        key: 'applications',
        definition: 'new_received',
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

export function AgencyCharts({ rows, source }: { rows: ByAgencyRow[]; source: ChartSource }) {
  const i18n = useI18n();
  const sourceNote = source.note;
  const panels = useMemo((): Panel<ByAgencyRow>[] => {
    const { t } = i18n;
    const licensingRows = byMeasure(rows, 'licensing');
    const feeRows = byMeasure(rows, 'fees');
    const height = barChartHeight(Math.min(rows.length, MAX_BARS));
    // A province's thousands of agencies: the chart says it draws the largest only.
    const capped = rows.length > MAX_BARS ? t('chart.barsCapped', { shown: MAX_BARS, count: rows.length }) : undefined;
    const withCap = (note: string | undefined) =>
      [note, capped].filter(Boolean).join(t('common.clauseSeparator')) || undefined;
    return [
      {
        key: 'licensing-by-agency',
        definition: 'licensing',
        title: t('overview.byAgency.licensing'),
        unit: t('unit.items'),
        data: licensingRows,
        height,
        note: capped && withCap(sourceNote),
        ...agencyChart(licensingRows, i18n, 'licensing'),
      },
      {
        key: 'fees-by-agency',
        definition: 'fees',
        title: t('overview.byAgency.fees'),
        unit: t('unit.wanYuan'),
        data: feeRows,
        height,
        note: withCap(t('overview.kpi.feesNote')),
        ...agencyChart(feeRows, i18n, 'fees'),
      },
    ];
  }, [rows, i18n, sourceNote]);
  return <Panels panels={panels} source={source} />;
}
