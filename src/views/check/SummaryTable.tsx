/** Several checked files at once: one line each (file, agency, year, layout, errors, warnings); a file opens its detail. */
import { useI18n } from '../../i18n/useI18n';
import type { CheckedFile } from './checkFile';

function counts(file: CheckedFile) {
  if (file.status === 'failed') return null;
  const fs = file.parsed.report.findings;
  return { errors: fs.filter((f) => f.severity === 'error').length, warnings: fs.filter((f) => f.severity === 'warning').length };
}

export function SummaryTable({ files, selected, onSelect }: { files: CheckedFile[]; selected: string | null; onSelect: (key: string) => void }) {
  const { t } = useI18n();
  const caption = t('check.summaryTitle', { count: files.length });
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
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
          </tr>
        </thead>
        <tbody>
          {files.map((file) => {
            const c = counts(file);
            const report = file.status === 'ok' ? file.parsed.report : null;
            return (
              <tr key={file.key} aria-current={file.key === selected ? 'true' : undefined} className={file.key === selected ? 'row-selected' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(file.key)}>
                    {file.name}
                  </button>
                </th>
                {report && c ? (
                  <>
                    <td>{report.agency ?? t('common.notStated')}</td>
                    <td className="num">{report.year ?? ''}</td>
                    <td>{report.layout}</td>
                    <td className="num">{c.errors}</td>
                    <td className="num">{c.warnings}</td>
                  </>
                ) : (
                  <td colSpan={5} className="error-text">
                    {t('check.failedShort', { reason: file.status === 'failed' ? file.error : '' })}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
