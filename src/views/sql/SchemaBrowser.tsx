/** Every table and view with its columns, types and dictionary descriptions; click a name to insert it. */
import { useI18n } from '../../i18n/useI18n';
import type { SchemaTable } from './schema';

export function SchemaBrowser({ tables, onInsert }: { tables: SchemaTable[]; onInsert: (name: string) => void }) {
  const { t, lang } = useI18n();
  return (
    <section className="sql-side-section" aria-labelledby="sql-schema-title">
      <h2 id="sql-schema-title">{t('sql.schema')}</h2>
      <p className="note">{t('sql.schemaHint')}</p>
      <ul className="sql-schema">
        {tables.map((table) => (
          <li key={table.name}>
            <details>
              <summary>
                <span className="sql-schema-name">{table.name}</span>{' '}
                <span className="sql-schema-kind">
                  {table.description ? t(table.kind === 'view' ? 'sql.kindView' : 'sql.kindTable') : t('sql.userTable')}
                </span>
              </summary>
              {table.description && <p className="note">{table.description[lang]}</p>}
              <button
                type="button"
                className="sql-insert"
                onClick={() => onInsert(table.name)}
                aria-label={t('sql.insert', { name: table.name })}
              >
                {table.name}
              </button>
              <ul className="sql-columns">
                {table.columns.map((c) => (
                  <li key={c.name}>
                    <button
                      type="button"
                      className="sql-insert"
                      onClick={() => onInsert(c.name)}
                      aria-label={t('sql.insert', { name: c.name })}
                    >
                      {c.name}
                    </button>{' '}
                    <span className="sql-type">{c.type}</span>
                    {c.description && <span className="sql-col-desc">{c.description[lang]}</span>}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
