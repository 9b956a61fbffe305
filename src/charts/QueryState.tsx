/**
 * What a chart or table shows instead of its data while the query runs or when it failed:
 * a status line or the query's own error message (as text), never an endless spinner.
 *
 * While the filters have changed and the new result is not in yet, TanStack Query hands back the
 * previous result (placeholder data): it stays on screen so the page does not jump, but dimmed,
 * marked busy and labelled "updating" — old numbers are never shown as if they were the new ones.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

export function QueryState<T>({
  result,
  children,
}: {
  result: UseQueryResult<T, Error>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (result.error) {
    // A DataUnavailableError (src/db/session.ts): the data was changed in this tab beyond what the view can use.
    const key = result.error.name === 'DataUnavailableError' ? 'query.dataUnavailable' : 'query.error';
    return (
      <p className="query-error" role="alert">
        {t(key, { message: result.error.message })}
      </p>
    );
  }
  if (result.data === undefined) return <p role="status">{t('query.loading')}</p>;
  const updating = result.isPlaceholderData;
  return (
    <div className={updating ? 'query-result updating' : 'query-result'} aria-busy={updating} data-updating={updating}>
      {updating && (
        <p className="updating-label" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('query.updating')}
        </p>
      )}
      <div className="query-data" inert={updating}>
        {children(result.data)}
      </div>
    </div>
  );
}
