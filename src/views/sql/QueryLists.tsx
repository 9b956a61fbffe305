/** The example gallery and the recent-query history: choosing one fills the editor (it never runs by itself). */
import { useI18n } from '../../i18n/useI18n';
import { EXAMPLES } from './examples';
import type { HistoryEntry } from './queryHistory';

export function ExampleGallery({ onPick }: { onPick: (sql: string) => void }) {
  const { t, lang } = useI18n();
  return (
    <section className="sql-side-section" aria-labelledby="sql-examples-title">
      <h2 id="sql-examples-title">{t('sql.examples')}</h2>
      <ul className="sql-pick-list">
        {EXAMPLES.map((e) => (
          <li key={e.id}>
            <button type="button" data-example={e.id} onClick={() => onPick(e.sql)}>
              {e.title[lang]}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function QueryHistory({
  history,
  onPick,
  onClear,
}: {
  history: HistoryEntry[];
  onPick: (sql: string) => void;
  onClear: () => void;
}) {
  const { t, lang } = useI18n();
  return (
    <section className="sql-side-section" aria-labelledby="sql-history-title">
      <h2 id="sql-history-title">{t('sql.history')}</h2>
      {history.length === 0 ? (
        <p className="note">{t('sql.historyEmpty')}</p>
      ) : (
        <>
          <ul className="sql-pick-list sql-history">
            {history.map((h) => (
              <li key={h.sql}>
                <button type="button" onClick={() => onPick(h.sql)} title={h.sql}>
                  <code>{h.sql.length > 120 ? `${h.sql.slice(0, 120)}…` : h.sql}</code>
                  <time dateTime={h.at}>
                    {new Date(h.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
                      dateStyle: 'short',
                      timeStyle: 'short',
                    })}
                  </time>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={onClear}>
            {t('sql.clearHistory')}
          </button>
        </>
      )}
    </section>
  );
}
