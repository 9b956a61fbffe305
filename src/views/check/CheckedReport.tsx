/**
 * One checked report: what was found (metadata, unread cells), the problems (the parser's checks
 * and the comparison with earlier years), the three tables with each problem on its cell, and
 * what to do with it (add to this tab's data, downloads).
 */
import { parseErrorText } from '../../i18n/parseErrors';
import { useI18n } from '../../i18n/useI18n';
import { type Completeness, isReadingFailure, readCompleteness } from '../../report/completeness';
import { cellLabel } from '../../report/template';
import type { ParseResult } from '../../report/types';
import { AgencyFindings } from '../../ui/AgencyFindings';
import { cellMarks, ReportTables } from '../../ui/ReportTables';
import type { ShownCell, ShownReport } from '../../ui/shownReport';
import { useUrlState } from '../../url/useUrlState';
import { Actions } from './Actions';
import { ComparisonPanel } from './ComparisonPanel';
import type { CheckedFile } from './checkFile';
import { cellNotes, findingRowOf, ruleOf } from './findingRows';
import { useComparison } from './useComparison';

type OkFile = Extract<CheckedFile, { status: 'ok' }>;

export function CheckedReport({ file }: { file: CheckedFile }) {
  const { t } = useI18n();
  if (file.status === 'failed') {
    const failure = parseErrorText(t, file.failure);
    return (
      <article className="panel" aria-labelledby="check-report-title">
        <h2 id="check-report-title">{file.name}</h2>
        <p role="alert" className="error-text">
          {t('check.failed', { file: file.name, reason: failure.message })}
        </p>
        {failure.detail && <p className="note">{failure.detail}</p>}
      </article>
    );
  }
  return <ParsedReportView file={file} />;
}

function ParsedReportView({ file }: { file: OkFile }) {
  const { t, lang } = useI18n();
  const { state } = useUrlState();
  const { report, details } = file.parsed;
  const comparison = useComparison(file.key, file.parsed);
  const extra = comparison.data?.findings ?? [];
  const findings = [...report.findings, ...extra].map((f) => findingRowOf(f, report.year));
  // The parser's reading failures first, under their own heading: they are not the publisher's issues.
  const failures = report.findings.filter(isReadingFailure).map((f) => findingRowOf(f, report.year));
  const issues = [...report.findings.filter((f) => !isReadingFailure(f)), ...extra].map((f) =>
    findingRowOf(f, report.year),
  );
  return (
    <article className="panel" aria-labelledby="check-report-title">
      <h2 id="check-report-title">{details.title ?? file.name}</h2>
      <ReadSummary completeness={readCompleteness(file.parsed)} />
      <ReportMeta file={file} />
      {failures.length > 0 && (
        <>
          <h3>{t('check.failuresHeading', { count: failures.length })}</h3>
          <AgencyFindings findings={failures} ruleOf={ruleOf} />
        </>
      )}
      <h3>{t('check.issuesHeading', { count: issues.length })}</h3>
      <AgencyFindings findings={issues} ruleOf={ruleOf} />
      <ComparisonPanel result={comparison} />
      <Actions file={file} extra={extra} agencyId={comparison.data?.agency?.agency_id ?? null} />
      {report.layout === 'unknown' ? (
        <p className="note">{t('agency.layoutUnknown')}</p>
      ) : (
        <ReportTables
          report={asShownReport(file)}
          layout={report.layout}
          cells={cellMap(file.parsed)}
          marks={cellMarks(findings)}
          focusCell={state.cell}
          notes={cellNotes(findings, t, lang)}
        />
      )}
    </article>
  );
}

/** First of all: whether the file was read fully, partly or not at all, and which cells were not. */
function ReadSummary({ completeness: c }: { completeness: Completeness }) {
  const { t, lang } = useI18n();
  const unread =
    c.level === 'full'
      ? t('check.unreadNone')
      : t('check.unread', {
          count: c.unread.length,
          cells: c.unread
            .slice(0, 12)
            .map((id) => cellLabel(id, lang))
            .join(t('common.clauseSeparator')),
        }) + (c.unread.length > 12 ? '…' : '');
  return (
    <p className={`read-summary read-${c.level}`} data-testid="check-read" data-level={c.level}>
      <strong>
        {c.expected === 0
          ? t('check.read.noTables')
          : t(`check.read.${c.level}`, { read: c.read, expected: c.expected })}
      </strong>{' '}
      {c.expected > 0 && <span data-testid="check-unread">{unread}</span>}
      {c.absent.length > 0 && <> {t('check.absent', { count: c.absent.length })}</>}
    </p>
  );
}

function ReportMeta({ file }: { file: OkFile }) {
  const { t } = useI18n();
  const { report, details } = file.parsed;
  const notStated = t('common.notStated');
  return (
    <dl className="report-meta" data-testid="check-meta">
      <dt>{t('check.meta.file')}</dt>
      <dd>{t('check.meta.fileValue', { file: file.name, format: details.format, encoding: details.encoding })}</dd>
      <dt>{t('check.meta.agency')}</dt>
      <dd data-meta="agency">{report.agency ?? notStated}</dd>
      {report.agency_aliases && report.agency_aliases.length > 0 && (
        <>
          <dt>{t('check.meta.aliases')}</dt>
          <dd>{report.agency_aliases.join('、')}</dd>
        </>
      )}
      <dt>{t('check.meta.year')}</dt>
      <dd data-meta="year">{report.year ?? notStated}</dd>
      <dt>{t('agency.layout')}</dt>
      <dd data-meta="layout">{t(`agency.layout.${report.layout}`)}</dd>
      <dt>{t('agency.published')}</dt>
      <dd data-meta="published">{report.published ?? notStated}</dd>
      {details.indexNo && (
        <>
          <dt>{t('agency.indexNo')}</dt>
          <dd>{details.indexNo}</dd>
        </>
      )}
    </dl>
  );
}

/** The row ReportTables names its cells after; the file stands in for the report id. */
function asShownReport(file: OkFile): ShownReport {
  const { report, details } = file.parsed;
  return {
    report_id: file.name,
    agency_name: report.agency ?? '',
    year: report.year,
    layout: report.layout,
    published: report.published,
    title: details.title,
    index_no: details.indexNo,
    source_file: file.name,
    source_url: null,
    source_format: details.format,
    status: 'ok',
    error: null,
    n_errors: 0,
    n_warnings: 0,
  };
}

function cellMap(parsed: ParseResult): Map<string, ShownCell> {
  return new Map(
    Object.entries(parsed.report.cells).map(([id, value]) => [
      id,
      { cell_id: id, value, raw_text: parsed.details.rawText[id] ?? null },
    ]),
  );
}
