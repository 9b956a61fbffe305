/**
 * Where reports come in: drop files (one or a whole folder's worth), pick them with a file input,
 * or paste text. Everything is read in the page; nothing is uploaded.
 */
import { type DragEvent, useId, useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import type { ReportFileInput } from '../../report/read-batch';
import { droppedFiles, isReportFileName } from './droppedFiles';

export function InputPanel({ onInputs }: { onInputs: (inputs: ReportFileInput[]) => void }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const [text, setText] = useState('');
  const [pasteCount, setPasteCount] = useState(0);
  const pasteId = useId();

  const readFiles = (files: File[]) => {
    if (files.length === 0) return;
    void Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) }))).then(
      onInputs,
    );
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
        <FilePicker label={t('check.pick')} onFiles={readFiles} />
        <FilePicker label={t('check.pickFolder')} onFiles={readFiles} folder />
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

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/html,text/markdown';

/** A labelled file input for several files, or (`folder`) a whole folder's report files in path order. */
function FilePicker({
  label,
  onFiles,
  folder = false,
}: {
  label: string;
  onFiles: (files: File[]) => void;
  folder?: boolean;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="check-file-label">
        {label}
      </label>
      <input
        id={id}
        type="file"
        multiple={!folder}
        accept={folder ? undefined : ACCEPT}
        // webkitdirectory is not in React's attribute types.
        ref={folder ? (el) => el?.setAttribute('webkitdirectory', '') : undefined}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          const picked = folder
            ? files
                .filter((f) => isReportFileName(f.name))
                .sort((a, b) => a.webkitRelativePath.localeCompare(b.webkitRelativePath))
            : files;
          e.currentTarget.value = '';
          onFiles(picked);
        }}
      />
    </>
  );
}
