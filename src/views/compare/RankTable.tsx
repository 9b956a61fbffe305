/** Ranks by the chosen measure and the change of rank since last year, with the N<30 guard. */
import { TableRegion } from '../../charts/TableRegion';
import { useI18n } from '../../i18n/useI18n';
import { metricDefinition, metricLabel } from './metricLabels';
import { type CompareRow, METRICS, type MetricId, metricValue, rankRows, SMALL_N } from './metrics';

export function RankTable({
  rows,
  previous,
  metric,
  year,
}: {
  rows: CompareRow[];
  previous: CompareRow[];
  metric: MetricId;
  year: number;
}) {
  const i18n = useI18n();
  const { t, num } = i18n;
  const m = METRICS[metric];
  const ranked = rankRows(rows, previous, m);
  const value = (r: CompareRow) => {
    const v = metricValue(m, r);
    if (v === null) return '—';
    return m.kind === 'rate' ? i18n.share(m.k(r), m.n(r)) : num(v);
  };
  return (
    <TableRegion
      caption={t('compare.rankCaption', {
        metric: metricLabel(i18n, metric),
        formula: metricDefinition(i18n, metric),
        year,
        previous: year - 1,
        n: SMALL_N,
      })}
      className="data-table rank-table"
    >
      <thead>
        <tr>
          <th scope="col">{t('compare.col.agency')}</th>
          <th scope="col" className="num">
            {metricLabel(i18n, metric)}
          </th>
          <th scope="col" className="num">
            {t('compare.rank')}
          </th>
          <th scope="col" className="num">
            {t('compare.rankChange', { year: year - 1 })}
          </th>
        </tr>
      </thead>
      <tbody>
        {ranked.map(({ row, rank, change }) => (
          <tr key={row.report_id}>
            <th scope="row">{row.agency_name}</th>
            <td className="num">{value(row)}</td>
            <td className="num">{rank ?? t('compare.notRanked')}</td>
            <td className="num">
              {change === null ? '—' : change > 0 ? `↑${change}` : change < 0 ? `↓${-change}` : '0'}
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
