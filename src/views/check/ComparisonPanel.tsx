/** What the comparison with the dataset found: the agency, the year compared with, or why none. */
import type { UseQueryResult } from '@tanstack/react-query';
import { useI18n } from '../../i18n/useI18n';
import { Link } from '../../url/Link';
import { switchView } from '../../url/state';
import { useUrlState } from '../../url/useUrlState';
import type { Comparison } from './useComparison';

export function ComparisonPanel({ result }: { result: UseQueryResult<Comparison, Error> }) {
  const { t } = useI18n();
  const { state } = useUrlState();
  let body: React.ReactNode;
  if (result.isPending) body = <p role="status">{t('check.historyLoading')}</p>;
  else if (result.isError)
    body = (
      <p role="alert" className="error-text">
        {t('check.historyError', { message: result.error.message })}
      </p>
    );
  else {
    const { agency, previous, datasetReports, findings } = result.data;
    body = agency ? (
      <>
        <p>
          {t('check.historyAgency', { name: agency.name, id: agency.agency_id, count: datasetReports })}{' '}
          <Link to={{ ...switchView('agency', state), agencies: [agency.agency_id], years: [] }}>
            {t('check.openAgency')}
          </Link>
        </p>
        <p>
          {previous
            ? t('check.historyPrevious', { year: previous.year ?? '', id: previous.reportId })
            : t('check.historyNoPrevious')}
        </p>
        {findings.length === 0 && <p>{t('check.historyNone')}</p>}
      </>
    ) : (
      <p>{t('check.historyNoAgency')}</p>
    );
  }
  return (
    <section aria-labelledby="check-history-title" data-testid="check-history">
      <h3 id="check-history-title">{t('check.history')}</h3>
      {body}
    </section>
  );
}
