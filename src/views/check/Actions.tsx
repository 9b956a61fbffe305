/**
 * What to do with a checked report: add it to this tab's DuckDB (as `local-…` rows, so every view
 * and the SQL workbench include it), take it out again, and download its figures and 整改清单.
 */
import { useState } from 'react';
import { toCsv } from '../../charts/csv';
import { safeFilename, saveText } from '../../charts/download';
import { addReportRows, deleteReportRows } from '../../db/tabRows';
import { useI18n } from '../../i18n/useI18n';
import type { Finding } from '../../report/types';
import { fixListColumns, fixListLabels } from '../../ui/fixList';
import { Link } from '../../url/Link';
import { switchView } from '../../url/state';
import { useUrlState } from '../../url/useUrlState';
import { localReportId, localRows } from '../../workspace/localRows';
import type { CheckedFile } from './checkFile';
import { figureColumns, figureLines, figuresJson, fixListItems } from './downloads';
import { updateCheckState, useCheckState } from './store';

type OkFile = Extract<CheckedFile, { status: 'ok' }>;

export function Actions({
  file,
  extra,
  agencyId,
}: {
  file: OkFile;
  extra: readonly Finding[];
  agencyId: string | null;
}) {
  const { t, lang } = useI18n();
  const { state } = useUrlState();
  const { added } = useCheckState();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reportId = added.get(file.key) ?? null;
  const stem = file.name.replace(/\.[^.]*$/, '');

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work(); // bumps the data generation: every view recomputes its figures
    } catch (e) {
      setError(t('check.addError', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  const add = () =>
    run(async () => {
      const id = localReportId(file.name, new Set(added.values()));
      await addReportRows(localRows(id, file.name, file.parsed, agencyId, extra));
      updateCheckState((s) => ({ ...s, added: new Map(s.added).set(file.key, id) }));
    });
  const remove = (id: string) =>
    run(async () => {
      await deleteReportRows(id);
      updateCheckState((s) => {
        const next = new Map(s.added);
        next.delete(file.key);
        return { ...s, added: next };
      });
    });

  const downloadJson = () =>
    saveText(safeFilename(`${stem}.json`), figuresJson(file.parsed, extra), 'application/json');
  const downloadCsv = () => {
    const columns = figureColumns({
      cellId: t('quality.cellId'),
      table: t('check.csv.table'),
      cell: t('quality.cell'),
      value: t('check.csv.value'),
      raw: t('check.csv.raw'),
    });
    saveText(safeFilename(`${stem}.csv`), toCsv(columns, figureLines(file.parsed, lang)), 'text/csv;charset=utf-8');
  };
  const downloadFixList = () => {
    const columns = fixListColumns(lang, fixListLabels(t));
    const items = fixListItems(reportId ?? file.name, file.parsed, agencyId, extra);
    saveText(safeFilename(`${t('quality.fixListFile')}-${stem}.csv`), toCsv(columns, items), 'text/csv;charset=utf-8');
  };

  const sql = reportId ? `SELECT * FROM report_figures WHERE report_id = '${reportId.replaceAll("'", "''")}'` : null;
  return (
    <section aria-labelledby="check-actions-title" className="check-actions">
      <h3 id="check-actions-title">{t('check.actions')}</h3>
      <div className="check-buttons">
        {reportId ? (
          <button type="button" onClick={() => void remove(reportId)} disabled={busy}>
            {t('check.remove')}
          </button>
        ) : (
          <button type="button" onClick={() => void add()} disabled={busy}>
            {busy ? t('check.adding') : t('check.add')}
          </button>
        )}
        <button type="button" onClick={downloadJson}>
          {t('check.downloadJson')}
        </button>
        <button type="button" onClick={downloadCsv}>
          {t('check.downloadCsv')}
        </button>
        <button type="button" onClick={downloadFixList}>
          {t('check.downloadFixList')}
        </button>
      </div>
      <p role="status" className="note" data-testid="check-added">
        {reportId && sql && (
          <>
            {t('check.added', { id: reportId })}{' '}
            <Link to={{ ...switchView('sql', state), q: sql }}>{t('check.openSql')}</Link>
          </>
        )}
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
