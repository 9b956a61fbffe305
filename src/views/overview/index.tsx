/**
 * 总览 Overview: KPI tiles, trends by year and figures by agency for the filters in the URL.
 */
import { QueryState } from '../../charts/QueryState';
import { useSql } from '../../db/hooks';
import { useI18n } from '../../i18n/useI18n';
import { useUrlState } from '../../url/useUrlState';
import { AgencyCharts, YearCharts } from './Charts';
import { Filters } from './Filters';
import { Kpis } from './Kpis';
import {
  blankCellsQuery,
  byAgencyQuery,
  byYearQuery,
  totalsQuery,
  type AgencyRow,
  type BlankRow,
  type TotalsRow,
  type YearRow,
} from './queries';

function useOverviewSql<Row>(name: string, fragment: { sql: string; params: unknown[] }) {
  return useSql<Row>(`overview.${name}`, fragment.sql, fragment.params);
}

export default function OverviewView() {
  const { t } = useI18n();
  const { state } = useUrlState();
  const filter = { years: state.years, agencies: state.agencies, region: state.region, level: state.level, type: state.type };
  const totals = useOverviewSql<TotalsRow>('totals', totalsQuery(filter));
  const blanks = useOverviewSql<BlankRow>('blanks', blankCellsQuery(filter));
  const byYear = useOverviewSql<YearRow>('byYear', byYearQuery(filter));
  const byAgency = useOverviewSql<AgencyRow>('byAgency', byAgencyQuery(filter));

  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overview.title')}</h1>
      <p className="lead">{t('overview.intro')}</p>
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
    </section>
  );
}
