/**
 * A printable page for one kept report (A4, print CSS in workspace.css): the one-page 领导版 (key
 * figures with the change from the agency's previous year, its rank among the year's reports, the
 * findings that matter) or the full version (the official tables redrawn, every finding).
 */
import { useSql } from '../../db/hooks';
import { formatNumber } from '../../i18n/translate';
import { useI18n } from '../../i18n/useI18n';
import {
  cellDef,
  cellLabel,
  cellsOf,
  type LayoutId,
  TABLE3_COLUMNS,
  TABLE4_FIELDS,
  TABLE4_GROUPS,
  table3Rows,
} from '../../report/template';
import type { Finding } from '../../report/types';
import { agencyNameOf, type WorkspaceRecord, workspaceReportId } from '../../workspace/records';
import { SUMMARY_CELLS } from '../../workspace/workbook';

export type PrintKind = 'leader' | 'full';

/** How many findings the one-page version lists (errors first); the rest are counted. */
const LEADER_FINDINGS = 6;

const PREVIOUS_SQL = `SELECT c.cell_id, c.value FROM cells c JOIN reports r ON r.report_id = c.report_id
WHERE r.status = 'ok' AND r.year = ? AND NOT starts_with(r.report_id, ?)
  AND r.agency_id = coalesce(?, (SELECT agency_id FROM reports WHERE report_id = ?))`;

const RANK_SQL = `SELECT count(*) FILTER (WHERE new_received > ?) + 1 AS rank, count(new_received) AS peers
FROM report_figures WHERE year = ? AND report_id <> ?`;

const bySeverity = (a: Finding, b: Finding) =>
  ['error', 'warning', 'info'].indexOf(a.severity) - ['error', 'warning', 'info'].indexOf(b.severity);

export function PrintPage({
  record,
  kind,
  onClose,
}: {
  record: WorkspaceRecord;
  kind: PrintKind;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { report } = record.parsed;
  const year = report.year;
  const reportId = workspaceReportId(record);
  const previous = useSql<{ cell_id: string; value: number | null }>('workspace-print-previous', PREVIOUS_SQL, [
    (year ?? 0) - 1,
    reportId,
    record.agencyId,
    reportId,
  ]).data?.rows;
  const newReceived = report.cells['t3.new_received.total'] ?? null;
  const rank = useSql<{ rank: number; peers: number }>('workspace-print-rank', RANK_SQL, [
    newReceived ?? 0,
    year ?? 0,
    reportId,
  ]).data?.rows[0];
  const before = new Map((previous ?? []).map((r) => [r.cell_id, r.value]));
  const findings = [...report.findings].sort(bySeverity);
  const shown = kind === 'leader' ? findings.filter((f) => f.severity !== 'info').slice(0, LEADER_FINDINGS) : findings;
  const num = (v: number | null | undefined) => formatNumber(lang, v);
  const change = (now: number | null, then: number | null | undefined) =>
    now === null || then === null || then === undefined || then === 0
      ? '—'
      : `${now >= then ? '+' : ''}${formatNumber(lang, ((now - then) / then) * 100, 1)}%`;

  return (
    <div className="print-sheet">
      <p className="print-controls">
        <button type="button" onClick={() => window.print()}>
          {t('print.print')}
        </button>{' '}
        <button type="button" onClick={onClose}>
          {t('print.back')}
        </button>
      </p>
      <article className={`print-page print-${kind}`} data-testid="print-page">
        <h1>
          {t(kind === 'leader' ? 'print.leaderTitle' : 'print.fullTitle', {
            agency: agencyNameOf(record) ?? '',
            year: year ?? '',
          })}
        </h1>
        <p className="print-source">
          {t('print.source', {
            id: reportId,
            file: record.name,
            published: report.published ?? t('roster.noDate'),
          })}
        </p>
        <h2>{t('print.keyFigures')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('print.figure')}</th>
              <th scope="col">{t('print.thisYear', { year: year ?? '' })}</th>
              <th scope="col">{t('print.lastYear', { year: (year ?? 0) - 1 })}</th>
              <th scope="col">{t('print.change')}</th>
            </tr>
          </thead>
          <tbody>
            {SUMMARY_CELLS.map((id) => (
              <tr key={id}>
                <th scope="row">{cellLabel(id, lang)}</th>
                <td className="num">{num(report.cells[id] ?? null)}</td>
                <td className="num">{previous?.length ? num(before.get(id)) : t('print.noPrevious')}</td>
                <td className="num">{change(report.cells[id] ?? null, before.get(id))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rank && newReceived !== null && (
          <p data-testid="print-rank">
            {t('print.rank', { year: year ?? '', rank: rank.rank, peers: rank.peers + 1 })}
          </p>
        )}
        <h2>{kind === 'leader' ? t('print.findingsThatMatter') : t('print.allFindings')}</h2>
        {shown.length === 0 ? (
          <p>{t('print.noFindings')}</p>
        ) : (
          <ol className="print-findings">
            {shown.map((f, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id; the list never reorders
              <li key={i}>
                <strong>{t(`severity.${f.severity}`)}</strong> {lang === 'zh' ? f.message : (f.message_en ?? f.message)}
              </li>
            ))}
          </ol>
        )}
        {kind === 'leader' && findings.length > shown.length && (
          <p className="note">{t('print.moreInFull', { count: findings.length - shown.length })}</p>
        )}
        {kind === 'full' && <OfficialTables layout={report.layout} cells={report.cells} />}
        <p className="print-footer">{t('print.footer')}</p>
      </article>
    </div>
  );
}

/** Tables 2-4 of the template redrawn from the report's cells (blank = not stated). */
function OfficialTables({ layout, cells }: { layout: LayoutId; cells: Record<string, number | null> }) {
  const { t, lang } = useI18n();
  const value = (id: string) => (id in cells ? formatNumber(lang, cells[id], 4) : '');
  if (layout === 'unknown') return null;
  const t3Rows = table3Rows(layout);
  return (
    <>
      <h2>{t('print.table2')}</h2>
      <table>
        <tbody>
          {cellsOf(layout)
            .filter((c) => c.table === 2)
            .map((c) => (
              <tr key={c.id}>
                <th scope="row">{cellLabel(c.id, lang)}</th>
                <td className="num">{value(c.id)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <Grid title={t('print.table3')} rows={t3Rows} columns={TABLE3_COLUMNS} value={(r, c) => value(`t3.${r}.${c}`)} />
      <Grid
        title={t('print.table4')}
        rows={TABLE4_GROUPS}
        columns={TABLE4_FIELDS}
        value={(g, f) => (cellDef(`t4.${g}.${f}`) ? value(`t4.${g}.${f}`) : '')}
      />
    </>
  );
}

interface GridLabel {
  id: string;
  zh: string;
  en: string;
}

/** A template table as rows × columns. */
function Grid({
  title,
  rows,
  columns,
  value,
}: {
  title: string;
  rows: readonly GridLabel[];
  columns: readonly GridLabel[];
  value: (row: string, column: string) => string;
}) {
  const { lang } = useI18n();
  const pick = (l: GridLabel) => (lang === 'zh' ? l.zh : l.en);
  return (
    <>
      <h2>{title}</h2>
      <table className="print-grid">
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th key={c.id} scope="col">
                {pick(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{pick(r)}</th>
              {columns.map((c) => (
                <td key={c.id} className="num">
                  {value(r.id, c.id)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
