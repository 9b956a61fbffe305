/**
 * The roster and the coverage of a year: load the list of agencies expected to report (CSV) or
 * start from the dataset's agencies; per year, who published on time, late, with no printed date,
 * who is missing, whose report fails checks; download it as CSV.
 */
import { useId, useMemo, useState } from 'react';
import { toCsv } from '../../charts/csv';
import { safeFilename, saveText } from '../../charts/download';
import { useSql } from '../../db/hooks';
import { useI18n } from '../../i18n/useI18n';
import { markOwn } from '../../workspace/mark';
import {
  type CoverageReport,
  type CoverageRow,
  coverage,
  coverageCounts,
  defaultDue,
  type RosterEntry,
} from '../../workspace/roster';
import { clearRoster, loadRosterCsv, setRoster, useRoster } from '../../workspace/rosterStore';

interface ReportNameRow {
  report_id: string;
  year: number;
  published: string | null;
  n_errors: number;
  name: string | null;
  short_name: string | null;
  aliases: string | null;
  own_name: string | null;
}

// Every parsed report in the tables: the dataset's and the user's counted ones (when included).
const REPORTS_SQL = `SELECT r.report_id, r.year, r.published, r.n_errors, a.name, a.short_name, a.aliases,
  r.agency_name AS own_name
FROM reports r LEFT JOIN agencies a ON a.agency_id = r.agency_id
WHERE r.status = 'ok' AND r.year IS NOT NULL
ORDER BY r.report_id`;

const DATASET_AGENCIES_SQL = `SELECT name, concat_ws('/', province, city, county) AS region, parent_id
FROM agencies WHERE curated ORDER BY name`;

const toCoverageReport = (r: ReportNameRow): CoverageReport => ({
  report_id: r.report_id,
  year: r.year,
  published: r.published,
  n_errors: r.n_errors,
  names: [r.name, r.short_name, r.own_name, ...(r.aliases?.split('|') ?? [])].filter((n): n is string => !!n),
});

export function Coverage() {
  const { t, lang } = useI18n();
  const roster = useRoster();
  const reports = useSql<ReportNameRow>('workspace-coverage-reports', REPORTS_SQL).data?.rows;
  const datasetAgencies = useSql<{ name: string; region: string; parent_id: string | null }>(
    'workspace-dataset-agencies',
    DATASET_AGENCIES_SQL,
  ).data?.rows;
  const years = useMemo(() => [...new Set((reports ?? []).map((r) => r.year))].sort((a, b) => b - a), [reports]);
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? years[0] ?? null;
  const fileId = useId();
  const yearId = useId();

  const fromDataset = () => {
    const entries: RosterEntry[] = (datasetAgencies ?? []).map((a) => ({
      name: a.name,
      region: a.region || null,
      parent: a.parent_id,
      ...defaultDue(a.name),
    }));
    void setRoster(entries);
  };
  const rows = useMemo(
    () => (year === null || !reports ? [] : coverage(roster.entries, reports.map(toCoverageReport), year)),
    [roster.entries, reports, year],
  );

  return (
    <section aria-labelledby="roster-title" className="workspace-roster">
      <h2 id="roster-title">{t('roster.title')}</h2>
      <p className="note">{t('roster.intro')}</p>
      <p>
        <label htmlFor={fileId} className="check-file-label">
          {t('roster.loadCsv')}
        </label>{' '}
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          data-testid="roster-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void file.text().then((text) => loadRosterCsv(text, file.name));
          }}
        />{' '}
        <button type="button" onClick={fromDataset} disabled={!datasetAgencies}>
          {t('roster.fromDataset')}
        </button>{' '}
        {roster.entries.length > 0 && (
          <button type="button" onClick={() => void clearRoster()}>
            {t('roster.clear')}
          </button>
        )}
      </p>
      {roster.storageError && (
        <p role="alert" className="error-text">
          {t(`workspace.storage.${roster.storageError}`)}
        </p>
      )}
      {roster.problems.length > 0 && (
        <div role="alert" data-testid="roster-problems">
          <p>{t('roster.problems', { count: roster.problems.length, kept: roster.entries.length })}</p>
          <ul className="workspace-problems">
            {roster.problems.map((p) => (
              <li key={p.line}>{t('roster.problemLine', { line: p.line, message: lang === 'zh' ? p.zh : p.en })}</li>
            ))}
          </ul>
        </div>
      )}
      {roster.entries.length > 0 && year !== null && (
        <>
          <p>
            <label htmlFor={yearId}>{t('roster.year')}</label>{' '}
            <select id={yearId} value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </p>
          <CoverageTable rows={rows} year={year} />
        </>
      )}
    </section>
  );
}

function CoverageTable({ rows, year }: { rows: readonly CoverageRow[]; year: number }) {
  const { t } = useI18n();
  const counts = coverageCounts(rows);
  const statusLabel = (r: CoverageRow) => t(`roster.status.${r.status}`, { days: r.daysLate ?? 0 });
  const download = () => {
    const csv = toCsv<CoverageRow>(
      [
        { label: t('roster.col.agency'), value: (r) => r.entry.name },
        { label: t('roster.col.region'), value: (r) => r.entry.region },
        { label: t('roster.col.parent'), value: (r) => r.entry.parent },
        { label: t('roster.col.due'), value: (r) => r.dueDate },
        { label: t('roster.col.status'), value: statusLabel },
        { label: t('roster.col.published'), value: (r) => r.report?.published },
        { label: t('roster.col.daysLate'), value: (r) => r.daysLate },
        { label: t('roster.col.errors'), value: (r) => r.report?.n_errors },
        { label: t('roster.col.report'), value: (r) => r.report?.report_id },
      ],
      rows,
    );
    saveText(safeFilename(`${t('roster.file')}-${year}.csv`), csv, 'text/csv;charset=utf-8');
  };
  return (
    <>
      <p data-testid="coverage-summary">
        {t('roster.summary', {
          year,
          total: rows.length,
          onTime: counts.onTime,
          late: counts.late,
          dateUnknown: counts.dateUnknown,
          missing: counts.missing,
          failed: counts.failedChecks,
        })}{' '}
        <button type="button" onClick={download}>
          {t('roster.download')}
        </button>
      </p>
      <div className="table-scroll">
        <table data-testid="coverage-table">
          <caption className="visually-hidden">{t('roster.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roster.col.agency')}</th>
              <th scope="col">{t('roster.col.due')}</th>
              <th scope="col">{t('roster.col.status')}</th>
              <th scope="col">{t('roster.col.published')}</th>
              <th scope="col">{t('roster.col.errors')}</th>
              <th scope="col">{t('roster.col.report')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.entry.name} data-status={r.status}>
                <th scope="row">{r.entry.name}</th>
                <td>
                  {r.dueDate}
                  {r.entry.dueSource !== 'csv' && (
                    <span className="note"> {t(`roster.dueRule.${r.entry.dueSource}`)}</span>
                  )}
                </td>
                <td>{statusLabel(r)}</td>
                <td>{r.report ? (r.report.published ?? t('roster.noDate')) : ''}</td>
                <td>
                  {r.report
                    ? r.failedChecks
                      ? t('roster.errors', { count: r.report.n_errors })
                      : t('roster.noErrors')
                    : ''}
                </td>
                <td>{r.report ? <code>{markOwn(r.report.report_id, r.report.report_id)}</code> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
