/**
 * 总览 Overview: KPI tiles, trends by year and figures by agency for the filters in the URL.
 */
import { QueryState } from '../../charts/QueryState';
import { useSql } from '../../db/hooks';
import { useI18n } from '../../i18n/useI18n';
import { OpenDataLink } from '../../ui/OpenDataLink';
import { useUrlState } from '../../url/useUrlState';
import { AgencyCharts, YearCharts } from './Charts';
import { Filters } from './Filters';
import { Kpis } from './Kpis';
import { type AgencyRow, type BlankRow, overviewQueries, type TotalsRow, type YearRow } from './queries';

export default function OverviewView() {
  const { t } = useI18n();
  const { state } = useUrlState();
  const filter = {
    years: state.years,
    agencies: state.agencies,
    region: state.region,
    level: state.level,
    type: state.type,
  };
  const queries = overviewQueries(filter);
  const totals = useSql<TotalsRow>(queries.totals);
  const blanks = useSql<BlankRow>(queries.blanks);
  const byYear = useSql<YearRow>(queries.byYear);
  const byAgency = useSql<AgencyRow>(queries.byAgency);

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
              <Kpis totals={sum} />
              <QueryState result={blanks}>
                {({ rows: [blank] }) => (
                  <p className="note" data-testid="blank-note">
                    {blank.blank_cells > 0
                      ? t('overview.blankNote', { count: blank.blank_cells, reports: blank.reports })
                      : t('overview.noBlank')}
                  </p>
                )}
              </QueryState>
              <QueryState result={byYear}>
                {({ rows }) => (
                  <YearCharts
                    rows={rows}
                    source={{ reports: sum.reports, agencies: sum.agencies, blanks: blanks.data?.rows[0]?.reports }}
                  />
                )}
              </QueryState>
              <QueryState result={byAgency}>
                {({ rows }) => (
                  <AgencyCharts
                    rows={rows}
                    source={{ reports: sum.reports, agencies: sum.agencies, blanks: blanks.data?.rows[0]?.reports }}
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
