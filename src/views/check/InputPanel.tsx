/**
 * Where reports come in: drop files (one or a whole folder's worth), pick them with a file input,
 * or paste text. Everything is read in the page; nothing is uploaded.
 */
import { useId, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { droppedFiles, isReportFileName } from './droppedFiles';

export interface ReportInput {
  name: string;
  data: Uint8Array | string;
}

export function InputPanel({ onInputs }: { onInputs: (inputs: ReportInput[]) => void }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const [text, setText] = useState('');
  const [pasteCount, setPasteCount] = useState(0);
  const fileId = useId();
  const pasteId = useId();

  const folderId = useId();

  const readFiles = async (files: File[]) => {
    if (files.length === 0) return;
    onInputs(await Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) }))));
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void droppedFiles(e.dataTransfer).then(readFiles);
  };
  const checkPasted = () => {
    const n = pasteCount + 1;
    setPasteCount(n);
    onInputs([{ name: t('check.pastedName', { n }), data: text }]);
  };

  return (
    <div className="check-inputs">
      <section
        className={`check-drop${over ? ' check-drop-over' : ''}`}
        aria-label={t('check.dropZone')}
        data-testid="check-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>{t('check.dropHint')}</p>
        <label htmlFor={fileId} className="check-file-label">
          {t('check.pick')}
        </label>
        <input
          id={fileId}
          type="file"
          multiple
          accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/html,text/markdown"
          onChange={(e) => {
            void readFiles([...(e.currentTarget.files ?? [])]);
            e.currentTarget.value = '';
          }}
        />
        <label htmlFor={folderId} className="check-file-label">
          {t('check.pickFolder')}
        </label>
        <input
          id={folderId}
          type="file"
          // A whole folder (webkitdirectory is not in React's attribute types).
          ref={(el) => el?.setAttribute('webkitdirectory', '')}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])].filter((f) => isReportFileName(f.name));
            void readFiles(files.sort((a, b) => a.webkitRelativePath.localeCompare(b.webkitRelativePath)));
            e.currentTarget.value = '';
          }}
        />
        <p className="note">{t('check.formats')}</p>
      </section>
      <section className="check-paste">
        <label htmlFor={pasteId}>{t('check.pasteLabel')}</label>
        <textarea id={pasteId} rows={6} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        <button type="button" onClick={checkPasted} disabled={text.trim() === ''}>
          {t('check.pasteButton')}
        </button>
      </section>
    </div>
  );
}
