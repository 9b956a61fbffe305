/**
 * What a chart or table shows instead of its data while the query runs or when it failed:
 * a status line or the query's own error message (as text), never an endless spinner.
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
  return <>{children(result.data)}</>;
}
