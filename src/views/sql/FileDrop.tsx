/** Add a CSV or Parquet file as a table: a file picker, and a drop area for the same thing. */
import { type DragEvent, useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { loadUserFile } from './loadUserFile';

type DropState =
  | { phase: 'idle' }
  | { phase: 'loading'; file: string }
  | { phase: 'done'; table: string; rows: number }
  | { phase: 'error'; message: string };

export function FileDrop({
  existingTables,
  onLoaded,
}: {
  existingTables: string[];
  onLoaded: (table: string) => void;
}) {
  const { t } = useI18n();
  const [state, setState] = useState<DropState>({ phase: 'idle' });
  const [over, setOver] = useState(false);

  const add = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setState({ phase: 'loading', file: file.name });
    try {
      const loaded = await loadUserFile(file, existingTables);
      setState({ phase: 'done', ...loaded });
      onLoaded(loaded.table);
    } catch (error) {
      setState({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void add(e.dataTransfer.files);
  };

  return (
    <section
      className={`sql-side-section sql-drop${over ? ' sql-drop-over' : ''}`}
      aria-label={t('sql.dropZone')}
      data-testid="sql-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label className="sql-file-label">
        {t('sql.addFile')}
        <input type="file" accept=".csv,.tsv,.txt,.parquet" onChange={(e) => void add(e.currentTarget.files)} />
      </label>
      <p className="note">{t('sql.dropHint')}</p>
      <p role="status" className={state.phase === 'error' ? 'error-text' : 'note'}>
        {state.phase === 'loading' && t('sql.fileLoading', { file: state.file })}
        {state.phase === 'done' && t('sql.fileLoaded', { table: state.table, rows: state.rows })}
        {state.phase === 'error' && t('sql.fileError', { message: state.message })}
      </p>
    </section>
  );
}
