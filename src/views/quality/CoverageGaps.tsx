/** Notes on jurisdiction reports whose table 2 differs from the sum of their departments' reports. */
import { QueryState } from '../../charts/QueryState';
import { TableRegion } from '../../charts/TableRegion';
import { useSql } from '../../db/hooks';
import { useI18n } from '../../i18n/useI18n';
import { FIGURE, type FigureId } from '../../measures/figures';
import { COVERAGE_GAPS_SQL, type CoverageGap } from './queries';

export function CoverageGaps() {
  const { t, label, num } = useI18n();
  const result = useSql<CoverageGap>('quality.coverageGaps', COVERAGE_GAPS_SQL);
  return (
    <section aria-labelledby="coverage-gaps-title">
      <h2 id="coverage-gaps-title">{t('quality.coverageTitle')}</h2>
      <p>{t('quality.coverageIntro')}</p>
      <QueryState result={result}>
        {({ rows }) =>
          rows.length === 0 ? (
            <p>{t('quality.coverageNone')}</p>
          ) : (
            <TableRegion caption={t('quality.coverageTitle')} hideCaption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.col.report')}</th>
                  <th scope="col">{t('agency.figure')}</th>
                  <th scope="col" className="num">
                    {t('quality.coverageValue')}
                  </th>
                  <th scope="col" className="num">
                    {t('quality.coverageSum')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.report_id}-${r.figure}`}>
                    <th scope="row">
                      {r.agency_name} {r.year}（{r.report_id}）
                    </th>
                    <td>{FIGURE[r.figure as FigureId] ? label(FIGURE[r.figure as FigureId].label) : r.figure}</td>
                    <td className="num">{num(r.value)}</td>
                    <td className="num">
                      {t('common.withNote', {
                        value: num(r.departments_sum),
                        note: t('quality.coverageReports', { count: r.department_reports }),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          )
        }
      </QueryState>
    </section>
  );
}
