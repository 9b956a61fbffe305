/**
 * SQL 查询 — the SQL workbench (?view=sql&q=<sql>): ad-hoc DuckDB SQL over the whole dataset in
 * the browser. A `q` in the URL only fills the editor: a shared link never runs anything by itself.
 * Lazy-loaded (CodeMirror, TanStack Table and the Parquet writer stay out of the first page).
 */
import { useEffect, useRef, useState } from 'react';
import { useDataset } from '../../db/hooks';
import { useI18n } from '../../i18n/useI18n';
import { useUrlState } from '../../url/useUrlState';
import { positionInText } from './errorPosition';
import { EXAMPLES } from './examples';
import { FileDrop } from './FileDrop';
import { ExampleGallery, QueryHistory } from './QueryLists';
import { ResultPanel } from './ResultPanel';
import { SchemaBrowser } from './SchemaBrowser';
import { SqlEditor, type SqlEditorHandle } from './SqlEditor';
import { useSchema } from './useSchema';
import { useWorkbench } from './useWorkbench';
import './sql.css';

export default function SqlView() {
  const { t, lang } = useI18n();
  const { state: url, setState: setUrl } = useUrlState();
  const dataset = useDataset();
  const schema = useSchema();
  const workbench = useWorkbench(schema.refresh);
  const editor = useRef<SqlEditorHandle>(null);
  const [initial] = useState(() => ({
    text: url.q ?? workbench.history[0]?.sql ?? EXAMPLES[0].sql,
    fromLink: url.q !== null,
  }));
  const [text, setText] = useState(initial.text);
  /** The editor's whole text when the last run started: error offsets refer to it. */
  const [ranText, setRanText] = useState('');
  const [fromLink, setFromLink] = useState(initial.fromLink);
  const [linkNote, setLinkNote] = useState('');

  // A link followed while the workbench is open (back/forward, another permalink) fills the editor too.
  const lastUrlQ = useRef(url.q);
  useEffect(() => {
    if (url.q === lastUrlQ.current) return;
    lastUrlQ.current = url.q;
    if (url.q !== null && url.q !== editor.current?.getText()) {
      editor.current?.setText(url.q);
      setFromLink(true);
    }
  }, [url.q]);

  const ready = dataset.phase === 'ready';
  const run = (sql: string, from: number) => {
    if (!ready) return;
    setFromLink(false);
    setRanText(editor.current?.getText() ?? text);
    workbench.run(sql, from);
  };
  const fill = (sql: string) => {
    editor.current?.setText(sql);
    editor.current?.focus();
  };
  const copyLink = () => {
    const q = editor.current?.getText() ?? text;
    lastUrlQ.current = q;
    setUrl({ q }, { replace: true });
    navigator.clipboard.writeText(window.location.href).then(
      () => setLinkNote(t('sql.linkCopied')),
      () => setLinkNote(window.location.href),
    );
  };

  const runState = workbench.state;
  const error = runState.phase === 'error' ? runState : null;
  const errorPos = error?.offset != null ? positionInText(ranText, error.offset) : null;

  return (
    <section className="view sql-view" aria-labelledby="sql-title">
      <h1 id="sql-title">{t('sql.title')}</h1>
      <p className="lead">{t('sql.intro')}</p>
      <div className="sql-layout">
        <div className="sql-main">
          {fromLink && (
            <p className="banner banner-notice" role="status">
              {t('sql.fromLink')}
            </p>
          )}
          <SqlEditor
            ref={editor}
            initialText={initial.text}
            tables={schema.tables}
            lang={lang}
            functions={schema.functions}
            errorAt={error?.offset ?? null}
            label={t('sql.editorLabel')}
            placeholderText={t('sql.placeholder')}
            onRun={run}
            onChange={setText}
          />
          <div className="sql-toolbar">
            <button
              type="button"
              className="sql-run"
              disabled={!ready}
              aria-keyshortcuts="Control+Enter Meta+Enter"
              onClick={() => run(editor.current?.getText() ?? text, 0)}
            >
              {t('sql.run')} <kbd>{t('sql.runShortcut')}</kbd>
            </button>
            <button type="button" onClick={workbench.cancel} disabled={runState.phase !== 'running'}>
              {t('sql.cancel')}
            </button>
            <button type="button" onClick={copyLink}>
              {t('sql.copyLink')}
            </button>
            <span role="status" className="note">
              {!ready
                ? t('sql.waitingData')
                : runState.phase === 'running'
                  ? t('sql.running')
                  : runState.phase === 'cancelled'
                    ? t('sql.cancelled')
                    : ''}
            </span>
          </div>
          {linkNote && (
            <p className="note sql-link-note" role="status">
              {linkNote}
            </p>
          )}
          {error && (
            <div className="banner banner-error sql-error" role="alert">
              <strong>{t('sql.errorTitle')}</strong>
              {errorPos && <p>{t('sql.errorAt', { line: errorPos.line, column: errorPos.column })}</p>}
              <pre>{error.message}</pre>
            </div>
          )}
          {runState.phase === 'done' && runState.viewsError && (
            <p className="banner banner-error" role="alert" data-testid="sql-views-failed">
              {t('sql.viewsFailed', { message: runState.viewsError })}
            </p>
          )}
          {runState.phase === 'done' && (
            <ResultPanel result={runState.result} ms={runState.ms} statements={runState.statements} />
          )}
        </div>
        <aside className="sql-side">
          <ExampleGallery onPick={fill} />
          <SchemaBrowser tables={schema.tables} onInsert={(name) => editor.current?.insert(name)} />
          <FileDrop existingTables={schema.tables.map((s) => s.name)} onLoaded={schema.refresh} />
          <QueryHistory history={workbench.history} onPick={fill} onClear={workbench.clearHistory} />
        </aside>
      </div>
    </section>
  );
}
