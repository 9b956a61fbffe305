/**
 * 机构对比 Compare agencies: one row per agency report of a year, with rates, their Wilson 95%
 * intervals and small-N caveats; a bar chart of any column and a funnel plot of rates.
 * State lives in the URL: year, region, level, type, sort, metric.
 */
import { useId, useMemo } from 'react';
import { QueryState } from '../../charts/QueryState';
import { useDataset, useSql } from '../../db/hooks';
import { partitionYears } from '../../db/partitions';
import { useI18n } from '../../i18n/useI18n';
import { AppliedFilters } from '../../ui/AppliedFilters';
import { Choice } from '../../url/Choice';
import { useUrlState } from '../../url/useUrlState';
import { MetricBarChart, RateFunnelChart } from './CompareCharts';
import { CompareFilterBar } from './CompareFilterBar';
import { CompareTable } from './CompareTable';
import { metricLabel } from './metricLabels';
import {
  type CompareRow,
  isMetricId,
  METRIC_IDS,
  METRICS,
  type MetricId,
  parseSort,
  SMALL_N,
  sortRows,
} from './metrics';
import { compareRowsQuery, referenceRowsQuery, YEARS_SQL } from './queries';
import { RankTable } from './RankTable';

const DEFAULT_METRIC: MetricId = 'denied_rate';

export default function CompareView() {
  const { t } = useI18n();
  const years = useSql<{ year: number }>('compare.years', YEARS_SQL);
  const { state } = useUrlState();
  const status = useDataset();
  const partitioned = status.phase === 'ready' && status.manifest.partitions.length ? status.manifest : null;
  return (
    <section className="view" aria-labelledby="compare-title">
      <h1 id="compare-title">{t('compare.title')}</h1>
      <p className="intro">{t('compare.intro')}</p>
      <QueryState result={years}>
        {({ rows }) => {
          // A partitioned dataset has loaded only the chosen years: its manifest lists them all.
          const available = partitioned ? partitionYears(partitioned).reverse() : rows.map((r) => r.year);
          if (available.length === 0) return <p>{t('query.empty')}</p>;
          // One year at a time: the last one chosen in the URL, else the newest with reports.
          const year = state.years.at(-1) ?? available[0];
          return (
            <>
              <CompareFilterBar years={available.includes(year) ? available : [year, ...available]} year={year} />
              {/* An agency chosen in the Overview narrows the comparison too: said, and clearable. */}
              <AppliedFilters fields={['agencies']} />
              <Choice
                field="peers"
                legend={t('compare.peers.legend')}
                options={[
                  { value: 'departments', label: t('compare.peers.departments') },
                  { value: 'governments', label: t('compare.peers.governments') },
                ]}
              />
              <CompareYear year={year} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function CompareYear({ year }: { year: number }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { state, setState } = useUrlState();
  const q = compareRowsQuery({ ...state, year });
  const result = useSql<CompareRow>('compare.rows', q.sql, q.params);
  const before = compareRowsQuery({ ...state, year: year - 1 });
  const previous = useSql<CompareRow>('compare.rows', before.sql, before.params);
  const ref = referenceRowsQuery({ ...state, year });
  const references = useSql<CompareRow>('compare.references', ref.sql, ref.params);
  const referenceRows = state.peers === 'departments' ? (references.data?.rows ?? []) : [];
  const sort = parseSort(state.sort);
  const metric = isMetricId(state.metric) ? state.metric : DEFAULT_METRIC;
  const selectId = useId();
  const sorted = useMemo(
    () => sortRows(result.data?.rows ?? [], parseSort(state.sort), lang),
    [result.data, state.sort, lang],
  );
  return (
    <QueryState result={result}>
      {({ rows }) =>
        rows.length === 0 ? (
          <p>{t('query.empty')}</p>
        ) : (
          <>
            <CompareTable
              rows={sorted}
              sort={sort}
              caption={t('compare.caption', {
                year,
                reports: rows.length,
                agencies: new Set(rows.map((r) => r.agency_id)).size,
              })}
            />
            {referenceRows.length > 0 && (
              <CompareTable rows={referenceRows} sort={sort} caption={t('compare.referenceCaption', { year })} />
            )}
            <p className="note">{t('compare.rateNote', { n: SMALL_N })}</p>
            <div className="chart-controls">
              <label htmlFor={selectId}>{t('compare.chooseMetric')}</label>
              <select id={selectId} value={metric} onChange={(e) => setState({ metric: e.target.value })}>
                {METRIC_IDS.map((id) => (
                  <option key={id} value={id}>
                    {metricLabel(i18n, id)}
                  </option>
                ))}
              </select>
            </div>
            <RankTable rows={rows} previous={previous.data?.rows ?? []} metric={metric} year={year} />
            <MetricBarChart rows={rows} metric={metric} year={year} />
            {METRICS[metric].kind === 'rate' ? (
              <RateFunnelChart rows={rows} metric={metric} year={year} />
            ) : (
              <p className="note">{t('compare.funnelNeedsRate')}</p>
            )}
          </>
        )
      }
    </QueryState>
  );
}
