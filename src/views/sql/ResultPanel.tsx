/** What a run produced: row count and time, the limit note, exports, and the table or chart. */
import { useState } from 'react';
import { saveBlob, saveText } from '../../charts/download';
import { useI18n } from '../../i18n/useI18n';
import { resultToCsv, resultToParquet, resultToTsv } from './exports';
import { ResultChart } from './ResultChart';
import { ResultGrid } from './ResultGrid';
import { DISPLAY_ROW_LIMIT, type QueryResult } from './result';

export function ResultPanel({ result, ms, statements }: { result: QueryResult; ms: number; statements: number }) {
  const { t, num } = useI18n();
  const [tab, setTab] = useState<'table' | 'chart'>('table');
  const [copyNote, setCopyNote] = useState('');
  const stamp = new Date().toISOString().slice(0, 10);

  if (result.columns.length === 0) return <p role="status">{t('sql.noColumns')}</p>;
  const copyTsv = () =>
    navigator.clipboard.writeText(resultToTsv(result)).then(
      () => setCopyNote(t('sql.copied', { rows: num(result.rows.length) })),
      () => setCopyNote(t('sql.copyFailed')),
    );

  return (
    <section className="sql-result" aria-label={t('sql.resultLabel')}>
      <div className="sql-result-bar">
        <p role="status" className="sql-result-status">
          {t('sql.rowsTime', { rows: num(result.rows.length), ms: num(ms) })}
          {statements > 1 && ` · ${t('sql.statements', { count: statements })}`}
        </p>
        <div className="sql-result-actions">
          <button
            type="button"
            onClick={() => saveText(`query-${stamp}.csv`, resultToCsv(result), 'text/csv;charset=utf-8')}
          >
            {t('sql.exportCsv')}
          </button>
          <button
            type="button"
            onClick={() =>
              saveBlob(
                `query-${stamp}.parquet`,
                new Blob([resultToParquet(result)], { type: 'application/vnd.apache.parquet' }),
              )
            }
          >
            {t('sql.exportParquet')}
          </button>
          <button type="button" onClick={() => void copyTsv()}>
            {t('sql.copyTsv')}
          </button>
        </div>
      </div>
      {copyNote && (
        <p className="note" role="status">
          {copyNote}
        </p>
      )}
      {result.rows.length > DISPLAY_ROW_LIMIT && (
        <p className="note">{t('sql.rowsLimited', { limit: num(DISPLAY_ROW_LIMIT), rows: num(result.rows.length) })}</p>
      )}
      <div className="sql-tabs" role="tablist" aria-label={t('sql.resultLabel')}>
        {(['table', 'chart'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`sql-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`sql-tabpanel-${id}`}
            onClick={() => setTab(id)}
          >
            {t(id === 'table' ? 'sql.tabTable' : 'sql.tabChart')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`sql-tabpanel-${tab}`} aria-labelledby={`sql-tab-${tab}`}>
        {tab === 'table' ? (
          <ResultGrid
            result={result}
            limit={DISPLAY_ROW_LIMIT}
            label={t('sql.resultLabel')}
            sortLabel={(column) => t('sql.sortBy', { column })}
          />
        ) : (
          <ResultChart result={result} />
        )}
      </div>
    </section>
  );
}
