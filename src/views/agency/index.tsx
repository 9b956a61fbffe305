/**
 * 机构档案 Agency profile (?view=agency&agency=<id>&year=…&cell=…): one agency, all its years —
 * key figures year over year, a trend chart, and the chosen year's report re-drawn as the
 * template's three tables with its findings and its sources.
 */

import { useId } from 'react';
import { QueryState } from '../../charts/QueryState';
import { useSql } from '../../db/hooks';
import { usePrerenderedChunk } from '../../db/prerenderedChunks';
import { LOCAL_PREFIX } from '../../db/tabRows';
import { useI18n } from '../../i18n/useI18n';
import type { FigureRow } from '../../measures/keyFigures';
import { AgencyFindings } from '../../ui/AgencyFindings';
import { AgencySearch } from '../../ui/AgencySearch';
import { cellMarks, ReportTables } from '../../ui/ReportTables';
import type { ShownCell, ShownFinding, ShownReport } from '../../ui/shownReport';
import { Link } from '../../url/Link';
import { switchView } from '../../url/state';
import { useUrlState } from '../../url/useUrlState';
import { AgencyTrend, CarryOverTable, CoverageLine, KeyFigureTable } from './AgencyFigures';
import { AGENCY_QUERIES, type AgencyInfo, type CarryOverRow } from './queries';

export default function AgencyView() {
  const { t } = useI18n();
  const { state } = useUrlState();
  const agencyId = state.agencies[0] ?? null;
  usePrerenderedChunk('agency', agencyId);
  return (
    <section className="view" aria-labelledby="agency-title">
      {agencyId ? (
        <AgencyProfile
          agencyId={agencyId}
          picker={
            <>
              <AgencyPicker current={agencyId} />
              <AgencySearch />
            </>
          }
        />
      ) : (
        <>
          <h1 id="agency-title">{t('agency.title')}</h1>
          <p className="lead">{t('agency.intro')}</p>
          <AgencySearch />
          <AgencyPicker current={null} />
        </>
      )}
    </section>
  );
}

interface AgencyListRow {
  agency_id: string;
  name: string;
  reports: number;
  first_year: number | null;
  last_year: number | null;
}

/** A select of every agency with reports; choosing one opens its profile. */
function AgencyPicker({ current }: { current: string | null }) {
  const { t } = useI18n();
  const { state, setState } = useUrlState();
  const list = useSql<AgencyListRow>(AGENCY_QUERIES.list());
  const id = useId();
  return (
    <div className="filters">
      <QueryState result={list}>
        {({ rows }) => (
          <label htmlFor={id}>
            {t('agency.choose')}
            <select
              id={id}
              value={current ?? ''}
              onChange={(e) =>
                setState({ ...switchView('agency', state), agencies: e.target.value ? [e.target.value] : [] })
              }
            >
              <option value="">{t('agency.choosePrompt')}</option>
              {rows.map((a) => (
                <option key={a.agency_id} value={a.agency_id}>
                  {t('agency.option', {
                    name: a.name,
                    reports: a.reports,
                    first: a.first_year ?? '?',
                    last: a.last_year ?? '?',
                  })}
                </option>
              ))}
            </select>
          </label>
        )}
      </QueryState>
    </div>
  );
}

function AgencyProfile({ agencyId, picker }: { agencyId: string; picker: React.ReactNode }) {
  const { t } = useI18n();
  const info = useSql<AgencyInfo>(AGENCY_QUERIES.info(agencyId));
  const reports = useSql<ShownReport>(AGENCY_QUERIES.reports(agencyId));
  const figures = useSql<FigureRow>(AGENCY_QUERIES.figures(agencyId));
  const carry = useSql<CarryOverRow>(AGENCY_QUERIES.carryOver(agencyId));
  return (
    <>
      <QueryState result={info}>{({ rows }) => <AgencyHeader info={rows[0] ?? null} agencyId={agencyId} />}</QueryState>
      {picker}
      <QueryState result={reports}>
        {({ rows }) =>
          rows.length === 0 ? (
            <p>{t('agency.noReports')}</p>
          ) : (
            <>
              <QueryState result={figures}>
                {({ rows: figs }) =>
                  figs.length > 0 && (
                    <>
                      <CoverageLine rows={figs} />
                      <KeyFigureTable rows={figs} />
                      <AgencyTrend rows={figs} />
                    </>
                  )
                }
              </QueryState>
              <QueryState result={carry}>{({ rows: cs }) => cs.length > 1 && <CarryOverTable rows={cs} />}</QueryState>
              <ReportSection reports={rows} />
            </>
          )
        }
      </QueryState>
    </>
  );
}

function AgencyHeader({ info, agencyId }: { info: AgencyInfo | null; agencyId: string }) {
  const { t } = useI18n();
  if (!info) {
    return (
      <>
        <h1 id="agency-title">{t('agency.title')}</h1>
        <p role="alert">{t('agency.unknown', { id: agencyId })}</p>
      </>
    );
  }
  const place = [info.province, info.city, info.county].filter(Boolean).join(' / ');
  return (
    <>
      <h1 id="agency-title">{info.name}</h1>
      <p className="lead">
        {[place, info.level ? t(`level.${info.level}` as 'level.county') : null, info.agency_type, info.division_code]
          .filter(Boolean)
          .join(' · ')}
        {!info.curated && <span className="badge badge-warning">{t('agency.notCurated')}</span>}
      </p>
    </>
  );
}

/** Year tabs (links), then the chosen year's report: sources, findings and the three tables. */
function ReportSection({ reports }: { reports: ShownReport[] }) {
  const { t } = useI18n();
  const { state } = useUrlState();
  const years = [...new Set(reports.map((r) => r.year).filter((y): y is number => y !== null))];
  const year = state.years.at(-1) ?? years.at(-1) ?? null;
  const ofYear = reports.filter((r) => r.year === year);
  const report = ofYear[0] ?? null;
  return (
    <>
      <h2>{t('agency.reportsHeading')}</h2>
      <nav aria-label={t('agency.yearsNav')}>
        <ul className="year-tabs">
          {years.map((y) => (
            <li key={y}>
              <Link to={{ ...state, years: [y], cell: null }} aria-current={y === year ? 'page' : undefined}>
                {y}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {report ? (
        <ReportView report={report} others={ofYear.slice(1)} />
      ) : (
        <p>{t('agency.noReportForYear', { year: year ?? '' })}</p>
      )}
    </>
  );
}

function ReportView({ report, others }: { report: ShownReport; others: ShownReport[] }) {
  const { t } = useI18n();
  const { state } = useUrlState();
  const cells = useSql<ShownCell>(AGENCY_QUERIES.cells(report.report_id));
  const findings = useSql<ShownFinding>(AGENCY_QUERIES.findings(report.report_id));
  return (
    <article aria-labelledby="report-title" className="panel">
      <h2 id="report-title">
        {report.title ?? t('agency.reportFallbackTitle', { agency: report.agency_name, year: report.year ?? '' })}
      </h2>
      <dl className="report-meta">
        <dt>{t('agency.reportId')}</dt>
        <dd>{report.report_id}</dd>
        <dt>{t('agency.published')}</dt>
        <dd>{report.published ?? t('common.notStated')}</dd>
        {report.index_no && (
          <>
            <dt>{t('agency.indexNo')}</dt>
            <dd>{report.index_no}</dd>
          </>
        )}
        <dt>{t('agency.layout')}</dt>
        <dd>{t(`agency.layout.${report.layout}`)}</dd>
        <dt>{t('agency.sourceUrl')}</dt>
        <dd>
          {report.source_url ? (
            <a href={report.source_url} rel="noopener noreferrer" target="_blank">
              {report.source_url}
            </a>
          ) : (
            t('common.notStated')
          )}
        </dd>
        <dt>{t('agency.sourceFile')}</dt>
        <dd>
          <code>data/reports/{report.source_file}</code>
          {report.source_format ? ` (${report.source_format})` : ''}
        </dd>
      </dl>
      {[report, ...others].some((r) => r.report_id.startsWith(LOCAL_PREFIX)) && (
        <p className="note" role="note" data-testid="agency-local-report">
          {t('agency.localReport')}
        </p>
      )}
      {others.length > 0 && (
        <p className="note">{t('agency.otherReports', { ids: others.map((o) => o.report_id).join(', ') })}</p>
      )}
      {report.status === 'failed' ? (
        <p role="alert" className="error-text">
          {t('agency.failed', { error: report.error ?? '' })}
        </p>
      ) : report.layout === 'unknown' ? (
        <p className="note">{t('agency.layoutUnknown')}</p>
      ) : null}
      <QueryState result={findings}>
        {({ rows: fs }) => (
          <>
            <h3>{t('agency.findingsHeading', { count: fs.length })}</h3>
            <AgencyFindings findings={fs} />
            {report.status === 'ok' && report.layout !== 'unknown' && (
              <QueryState result={cells}>
                {({ rows: cs }) => (
                  <ReportTables
                    report={report}
                    layout={report.layout as '2021' | '2019'}
                    cells={new Map(cs.map((c) => [c.cell_id, c]))}
                    marks={cellMarks(fs)}
                    focusCell={state.cell}
                  />
                )}
              </QueryState>
            )}
          </>
        )}
      </QueryState>
    </article>
  );
}
