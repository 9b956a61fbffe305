import { useMemo } from 'react';
import { ChartPanel, type DataColumn } from '../../charts/ChartPanel';
import { TableRegion } from '../../charts/TableRegion';
import { trendOption } from '../../charts/trendOption';
import { useI18n } from '../../i18n/useI18n';
import type { FigureRow } from '../../measures/keyFigures';
import { KEY_FIGURES, type KeyMeasureId, type YearFigure, yearOverYear } from '../../measures/keyFigures';
import { formulaText, measure } from '../../measures/measures';
import { Link } from '../../url/Link';
import { useUrlState } from '../../url/useUrlState';
import { carryOverChecks } from './carryOver';
import type { CarryOverRow } from './queries';

/** Which of the agency's reports include its departments' reports, or are included in a parent's. */
export function CoverageLine({ rows }: { rows: FigureRow[] }) {
  const { t } = useI18n();
  const whole = rows.filter((r) => r.scope === 'jurisdiction' && r.department_reports > 0).map((r) => r.year);
  const covered = rows.filter((r) => r.covered_by !== null);
  if (!whole.length && !covered.length) return null;
  return (
    <p className="note" data-testid="agency-coverage">
      {whole.length > 0 && t('agency.coverageWhole', { years: whole.join(t('common.listSeparator')) })}
      {covered.length > 0 &&
        t('agency.coverageCovered', {
          years: covered
            .map((r) => t('common.withNote', { value: r.year, note: r.covered_by ?? '' }))
            .join(t('common.listSeparator')),
        })}
    </p>
  );
}

/** Key figures (rows) by year (columns), each with its change from the previous reported year, named as such. */
export function KeyFigureTable({ rows }: { rows: FigureRow[] }) {
  const { t, label, num, lang } = useI18n();
  const { state } = useUrlState();
  const series = KEY_FIGURES.map((f) => ({ figure: f, years: yearOverYear(rows, f.id) }));
  const years = series[0].years.map((y) => y.year);
  const caption = t('agency.keyFigures');
  return (
    <TableRegion caption={caption} className="data-table yoy-table">
      <thead>
        <tr>
          <th scope="col">{t('agency.figure')}</th>
          {years.map((y) => (
            <th key={y} scope="col" className="num">
              {y}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.map(({ figure, years: ys }) => (
          <tr key={figure.id} data-measure={figure.id}>
            <th scope="row" title={t('measure.formula', { formula: formulaText(figure.measure, lang) })}>
              {t('common.withUnit', {
                label: label(figure.measure.label),
                unit: t(figure.measure.unit === 'wanYuan' ? 'unit.wanYuan' : 'unit.items'),
              })}
            </th>
            {ys.map((y) => (
              <td key={y.year} className="num">
                {y.notInTemplate ? (
                  <span className="muted">{t('measure.notInTemplate', { layout: y.notInTemplate })}</span>
                ) : y.value === null ? (
                  <span className="muted">{t('common.notStated')}</span>
                ) : figure.cell ? (
                  <Link to={{ ...state, years: [y.year], cell: figure.cell }}>{num(y.value)}</Link>
                ) : (
                  num(y.value)
                )}
                {y.change !== null && (
                  <span className={`change ${y.change > 0 ? 'up' : y.change < 0 ? 'down' : ''}`}>
                    <br />
                    {changeLabel(y, t)}
                    {y.change > 0 ? '+' : ''}
                    {num(y.change)}
                    {y.changeRate !== null && ` (${y.change > 0 ? '+' : ''}${(y.changeRate * 100).toFixed(1)}%)`}
                  </span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

/** 比上年 between consecutive years; 较 2022 年 when years are missing between the two reports. */
function changeLabel(y: YearFigure, t: ReturnType<typeof useI18n>['t']): string {
  return y.since === y.year - 1 ? t('agency.changeYoy') : t('agency.changeSince', { year: y.since ?? '' });
}

const TREND: KeyMeasureId[] = ['new_received', 'total_handled', 'carried_forward'];
/** The measures of the trend's series (their labels name the lines). */
const TREND_ROWS = TREND.map((k) => measure(k).label);

/** Applications received, handled and carried forward over the years (件). */
export function AgencyTrend({ rows }: { rows: FigureRow[] }) {
  const { t, label, num } = useI18n();
  const names = TREND_ROWS.map(label);
  const perYear = useMemo(() => TREND.map((k) => yearOverYear(rows, k)), [rows]);
  const years = perYear[0].map((y) => y.year);
  const option = useMemo(
    () =>
      trendOption(
        perYear[0].map((y) => y.year),
        perYear.map((ys, i) => ({ name: label(TREND_ROWS[i]), values: ys.map((y) => y.value) })),
        { axis: t('unit.items') },
      ),
    [perYear, label, t],
  );
  type Datum = { year: number; report_id: string; values: (number | null)[] };
  const data: Datum[] = years.map((year, i) => ({
    year,
    report_id: perYear[0][i].report_id,
    values: perYear.map((ys) => ys[i].value),
  }));
  const columns: DataColumn<Datum>[] = [
    { label: t('overview.col.year'), value: (d) => d.year },
    { label: t('compare.col.report'), value: (d) => d.report_id },
    ...names.map((name, i) => ({
      label: name,
      value: (d: Datum) => d.values[i],
      format: (d: Datum) => (d.values[i] === null ? '' : num(d.values[i])),
      numeric: true,
    })),
  ];
  const blanks = data.reduce((n, d) => n + d.values.filter((v) => v === null).length, 0);
  return (
    <ChartPanel
      title={t('agency.trendTitle')}
      unit={t('unit.items')}
      source={{ reports: data.length, agencies: 1, blanks, note: blanks ? t('agency.trendBlankNote') : undefined }}
      data={data}
      columns={columns}
      option={option}
      filename={`agency-${rows[0]?.report_id ?? ''}-applications`}
      height={280}
      definition="total_handled"
    />
  );
}

/**
 * The carry-over check year by year: the previous report's 结转下年度继续办理 against this year's
 * 上年结转 (总计 shown; the verdict covers every column, from the dataset's findings).
 */
export function CarryOverTable({ rows }: { rows: CarryOverRow[] }) {
  const { t, num } = useI18n();
  const { state } = useUrlState();
  const value = (v: number | null) => (v === null ? <span className="muted">{t('common.notStated')}</span> : num(v));
  return (
    <TableRegion caption={t('agency.carryTitle')} className="data-table carry-table">
      <thead>
        <tr>
          <th scope="col">{t('overview.col.year')}</th>
          <th scope="col" className="num">
            {t('agency.carryForwarded')}
          </th>
          <th scope="col" className="num">
            {t('agency.carryOver')}
          </th>
          <th scope="col">{t('agency.carryResult')}</th>
        </tr>
      </thead>
      <tbody>
        {carryOverChecks(rows).map((c) => (
          <tr key={c.report_id} data-carry={c.status}>
            <th scope="row">{c.year}</th>
            <td className="num">{c.previous ? value(c.previous.carried_forward) : ''}</td>
            <td className="num">
              <Link to={{ ...state, years: [c.year], cell: 't3.carried_over.total' }}>{value(c.carried_over)}</Link>
            </td>
            <td>
              {c.status === 'differs'
                ? t('agency.carry.differs', { n: c.differing, previous: c.previous!.year })
                : c.status === 'noPrevious'
                  ? t('agency.carry.noPrevious', { previous: c.year - 1 })
                  : t(`agency.carry.${c.status}`, { previous: c.previous!.year })}
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
