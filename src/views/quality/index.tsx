/**
 * 数据质量 Data quality (?view=quality&rule=…&severity=…&agency=…&year=…): findings counted by
 * rule, year and agency, a filterable list where each finding links to its cell in the agency
 * profile, and each agency's 整改清单 (problems to fix) as CSV.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { toCsv } from '../../charts/csv';
import { safeFilename, saveText } from '../../charts/download';
import { QueryState } from '../../charts/QueryState';
import { TableRegion } from '../../charts/TableRegion';
import { query } from '../../db/client';
import { useSql } from '../../db/hooks';
import { useI18n } from '../../i18n/useI18n';
import { RULE_LIST, ruleById } from '../../report/rules';
import { cellLabel } from '../../report/template';
import type { Severity } from '../../report/types';
import { AppliedFilters } from '../../ui/AppliedFilters';
import { type FindingItem, fixListColumns, fixListLabels } from '../../ui/fixList';
import { Link } from '../../url/Link';
import { SEVERITIES, switchView, type UrlState } from '../../url/state';
import { useUrlState } from '../../url/useUrlState';
import { markOwn } from '../../workspace/mark';
import { CoverageGaps } from './CoverageGaps';
import { pivotBySeverity, SeverityBarChart } from './QualityCharts';
import {
  type AgencyCount,
  byAgencyQuery,
  byRuleQuery,
  byYearQuery,
  findingListQuery,
  fixListQuery,
  type QualityFilter,
  type RuleCount,
  type YearCount,
} from './queries';

const PAGE = 100;

export default function QualityView() {
  const { t, lang } = useI18n();
  // A rule's short name on its bar; an id no rule has (data from a newer pipeline) as it is.
  const ruleName = useCallback((r: RuleCount) => ruleById(r.rule)?.short[lang] ?? r.rule, [lang]);
  const { state } = useUrlState();
  const filter: QualityFilter = state;
  const agencyQuery = byAgencyQuery(filter);
  const byAgency = useSql<AgencyCount>('quality.byAgency', agencyQuery.sql, agencyQuery.params);
  return (
    <section className="view" aria-labelledby="quality-title">
      <h1 id="quality-title">{t('quality.title')}</h1>
      <p className="lead">{t('quality.intro')}</p>
      <AppliedFilters />
      <QualityFilterBar />
      <QueryState result={byAgency}>
        {({ rows }) => {
          const reports = rows.reduce((n, r) => n + r.reports, 0);
          const total = rows.reduce((n, r) => n + r.n, 0);
          return (
            <>
              <p role="status">{t('quality.summary', { findings: total, reports, agencies: rows.length })}</p>
              {total > 0 && (
                <div className="grid-2">
                  <CountChart
                    name="quality.byRule"
                    query={byRuleQuery(filter)}
                    category={ruleName}
                    title={t('quality.byRule')}
                    categoryLabel={t('quality.rule')}
                    filename="findings-by-rule"
                    reports={reports}
                    agencies={rows.length}
                  />
                  <CountChart
                    name="quality.byYear"
                    query={byYearQuery(filter)}
                    category={yearOf}
                    title={t('quality.byYear')}
                    categoryLabel={t('filter.year')}
                    filename="findings-by-year"
                    reports={reports}
                    agencies={rows.length}
                  />
                </div>
              )}
              <AgencyTable rows={rows} />
            </>
          );
        }}
      </QueryState>
      <CoverageGaps />
      <FindingList filter={filter} />
    </section>
  );
}

function QualityFilterBar() {
  const { t, lang } = useI18n();
  const { state, setState } = useUrlState();
  const id = useId();
  return (
    <fieldset className="filters">
      <legend>{t('filter.legend')}</legend>
      <label htmlFor={`${id}-rule`}>
        {t('quality.rule')}
        <select id={`${id}-rule`} value={state.rule ?? ''} onChange={(e) => setState({ rule: e.target.value || null })}>
          <option value="">{t('quality.allRules')}</option>
          {RULE_LIST.map((r) => (
            <option key={r.id} value={r.id}>
              {r.short[lang]} — {r[lang]}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-severity`}>
        {t('quality.severity')}
        <select
          id={`${id}-severity`}
          value={state.severity ?? ''}
          onChange={(e) => setState({ severity: (e.target.value || null) as UrlState['severity'] })}
        >
          <option value="">{t('quality.allSeverities')}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {(state.rule || state.severity || state.agencies.length > 0 || state.years.length > 0) && (
        <button type="button" onClick={() => setState({ rule: null, severity: null, agencies: [], years: [] })}>
          {t('filter.reset')}
        </button>
      )}
    </fieldset>
  );
}

/** Findings counted by one category (rule or year), stacked by severity. */
function CountChart<Row extends { severity: Severity; n: number }>(props: {
  name: string;
  query: { sql: string; params: unknown[] };
  category: (r: Row) => string;
  title: string;
  categoryLabel: string;
  filename: string;
  reports: number;
  agencies: number;
}) {
  const result = useSql<Row>(props.name, props.query.sql, props.query.params);
  const { category } = props;
  const rows = useMemo(() => pivotBySeverity(result.data?.rows ?? [], category), [result.data, category]);
  return <QueryState result={result}>{() => <SeverityBarChart {...props} rows={rows} />}</QueryState>;
}

const yearOf = (r: YearCount) => String(r.year ?? '?');

/** Findings per agency; each row filters the list and offers the agency's 整改清单 as CSV. */
function AgencyTable({ rows }: { rows: AgencyCount[] }) {
  const { t, lang } = useI18n();
  const { state } = useUrlState();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (a: AgencyCount) => {
    setBusy(a.agency_id);
    setError(null);
    try {
      const q = fixListQuery(a.agency_id);
      const { rows: items } = await query<FindingItem>(q.sql, q.params);
      const columns = fixListColumns(lang, fixListLabels(t));
      saveText(
        safeFilename(`${t('quality.fixListFile')}-${a.agency_name}.csv`),
        toCsv(columns, items),
        'text/csv;charset=utf-8',
      );
    } catch (e) {
      setError(t('query.error', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(null);
    }
  };
  const caption = t('quality.byAgency');
  return (
    <>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <TableRegion caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t('compare.col.agency')}</th>
            <th scope="col" className="num">
              {t('quality.reports')}
            </th>
            {SEVERITIES.map((s) => (
              <th key={s} scope="col" className="num">
                {t(`severity.${s}`)}
              </th>
            ))}
            <th scope="col">{t('quality.fixList')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.agency_id}>
              <th scope="row">
                <Link to={{ ...state, agencies: [a.agency_id] }}>{a.agency_name}</Link>
              </th>
              <td className="num">{a.reports}</td>
              <td className="num">{a.errors}</td>
              <td className="num">{a.warnings}</td>
              <td className="num">{a.infos}</td>
              <td>
                <button
                  type="button"
                  disabled={busy === a.agency_id}
                  aria-label={t('quality.downloadFixListLabel', { agency: a.agency_name })}
                  onClick={() => void download(a)}
                >
                  {t('quality.downloadFixList')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </>
  );
}

function FindingList({ filter }: { filter: QualityFilter }) {
  const { t, lang, num } = useI18n();
  const { state } = useUrlState();
  const [limit, setLimit] = useState(PAGE);
  const q = findingListQuery(filter, limit + 1);
  const result = useSql<FindingItem>('quality.list', q.sql, q.params);
  return (
    <section aria-labelledby="finding-list-title">
      <h2 id="finding-list-title">{t('quality.listTitle')}</h2>
      <QueryState result={result}>
        {({ rows }) => (
          <>
            <ol className="finding-list">
              {rows.slice(0, limit).map((f, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a finding has no id; the list is replaced, never reordered
                <li key={i} className={`finding finding-${f.severity}`}>
                  <span className={`badge badge-${f.severity}`}>{t(`severity.${f.severity}`)}</span>{' '}
                  <strong>{markOwn(f.agency_name, f.report_id)}</strong> {f.year ?? ''} ·{' '}
                  {t('quality.reportNo', { id: f.report_id })} · <span title={ruleById(f.rule)?.[lang]}>{f.rule}</span>
                  <br />
                  {lang === 'zh' ? f.message_zh : f.message_en}
                  {f.expected !== null && f.found !== null && (
                    <span className="muted">
                      {' '}
                      {t('quality.expectedFound', { expected: num(f.expected), found: num(f.found) })}
                    </span>
                  )}{' '}
                  {/* A report whose agency was not recognised has no profile to link to. */}
                  {f.agency_id && (
                    <Link
                      to={{
                        ...switchView('agency', state),
                        agencies: [f.agency_id],
                        years: f.year === null ? [] : [f.year],
                        cell: f.at_cell,
                      }}
                    >
                      {f.at_cell ? cellLabel(f.at_cell, lang) : t('quality.openReport')}
                    </Link>
                  )}
                </li>
              ))}
            </ol>
            {rows.length > limit && (
              <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
                {t('quality.more')}
              </button>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
