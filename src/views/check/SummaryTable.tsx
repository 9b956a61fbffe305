/**
 * Several checked files at once: one line each (file, agency, year, layout, errors, warnings, how
 * much of it was read); a file opens its detail.
 */
import { parseErrorText } from '../../i18n/parseErrors';
import { useI18n } from '../../i18n/useI18n';
import { readCompleteness } from '../../report/completeness';
import type { Finding } from '../../report/types';
import type { CheckedFile } from './checkFile';
import { useComparison } from './useComparison';

type OkFile = Extract<CheckedFile, { status: 'ok' }>;

const count = (fs: readonly Finding[], severity: Finding['severity']) =>
  fs.filter((f) => f.severity === severity).length;

export function SummaryTable({
  files,
  selected,
  onSelect,
}: {
  files: CheckedFile[];
  selected: string | null;
  onSelect: (key: string) => void;
}) {
  const { t } = useI18n();
  const caption = t('check.summaryTitle', { count: files.length });
  return (
    <section className="table-wrap" tabIndex={0} aria-label={caption}>
      <table className="data-table" data-testid="check-summary">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('check.col.file')}</th>
            <th scope="col">{t('compare.col.agency')}</th>
            <th scope="col" className="num">
              {t('filter.year')}
            </th>
            <th scope="col">{t('agency.layout')}</th>
            <th scope="col" className="num">
              {t('severity.error')}
            </th>
            <th scope="col" className="num">
              {t('severity.warning')}
            </th>
            <th scope="col">{t('check.col.read')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr
              key={file.key}
              aria-current={file.key === selected ? 'true' : undefined}
              className={file.key === selected ? 'row-selected' : undefined}
            >
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelect(file.key)}>
                  {file.name}
                </button>
              </th>
              {file.status === 'ok' ? (
                <ReportCells file={file} />
              ) : (
                <td colSpan={6} className="error-text">
                  {t('check.failedShort', { reason: parseErrorText(t, file.failure).message })}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Counts include the comparison with earlier years once it is in (the same query the detail shows). */
function ReportCells({ file }: { file: OkFile }) {
  const { t } = useI18n();
  const { report } = file.parsed;
  const comparison = useComparison(file.key, file.parsed);
  const findings = [...report.findings, ...(comparison.data?.findings ?? [])];
  const read = readCompleteness(file.parsed);
  return (
    <>
      <td>{report.agency ?? t('common.notStated')}</td>
      <td className="num">{report.year ?? ''}</td>
      <td>{report.layout}</td>
      <td className="num">{count(findings, 'error')}</td>
      <td className="num">{count(findings, 'warning')}</td>
      <td data-level={read.level}>
        {t(`check.readShort.${read.level}`, { read: read.read, expected: read.expected })}
      </td>
    </>
  );
}
