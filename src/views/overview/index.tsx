/**
 * 总览 Overview: KPI tiles, trends by year and figures by agency for the filters in the URL. Totals
 * add one non-overlapping set of reports (basis=), said above the tiles and in every source line.
 */
import { QueryState } from '../../charts/QueryState';
import { useSql } from '../../db/hooks';
import { usePrerenderedChunk } from '../../db/prerenderedChunks';
import { useI18n } from '../../i18n/useI18n';
import type { OverlapRow } from '../../measures/coverage';
import { type BlankRow, type ByAgencyRow, overviewQueries, type TotalsRow, type YearRow } from '../../queries/overview';
import { OpenDataLink } from '../../ui/OpenDataLink';
import { useUrlState } from '../../url/useUrlState';
import { AgencyCharts, YearCharts } from './Charts';
import { basisSource, CoverageNote } from './Coverage';
import { Filters } from './Filters';
import { Kpis } from './Kpis';

export default function OverviewView() {
  const i18n = useI18n();
  const { t } = i18n;
  const { state } = useUrlState();
  // The region's single years from the build, for the year a reader ticks next.
  usePrerenderedChunk('region', state.region);
  const queries = overviewQueries(state);
  const totals = useSql<TotalsRow>(queries.totals);
  const overlaps = useSql<OverlapRow>(queries.overlaps);
  const blanks = useSql<BlankRow>(queries.blanks);
  const byYear = useSql<YearRow>(queries.byYear);
  const byAgency = useSql<ByAgencyRow>(queries.byAgency);
  const overlapRows = overlaps.data?.rows ?? [];
  const setNote = basisSource(i18n, state.basis, overlapRows);

  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overview.title')}</h1>
      <p className="lead overview-intro">{t('overview.intro')}</p>
      <Filters />
      <QueryState result={totals}>
        {({ rows: [sum] }) =>
          sum.reports === 0 ? (
            <p role="status">{t('query.empty')}</p>
          ) : (
            <>
              <CoverageNote i18n={i18n} basis={state.basis} counted={sum.reports} overlaps={overlapRows} />
              <Kpis
                totals={sum}
                note={
                  <QueryState result={blanks}>
                    {({ rows: [blank] }) => (
                      <p className="note" data-testid="blank-note">
                        {blank.blank_cells > 0
                          ? t('overview.blankNote', { count: blank.blank_cells, reports: blank.reports })
                          : t('overview.noBlank')}
                      </p>
                    )}
                  </QueryState>
                }
              />
              <QueryState result={byYear}>{({ rows }) => <YearCharts rows={rows} setNote={setNote} />}</QueryState>
              <QueryState result={byAgency}>
                {({ rows }) => (
                  <AgencyCharts
                    rows={rows}
                    source={{
                      reports: sum.reports,
                      agencies: sum.agencies,
                      blanks: blanks.data?.rows[0]?.reports,
                      note: setNote,
                    }}
                  />
                )}
              </QueryState>
            </>
          )
        }
      </QueryState>
      <OpenDataLink />
    </section>
  );
}
