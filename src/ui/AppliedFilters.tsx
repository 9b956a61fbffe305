/**
 * The shared filters a view applies, said at its top with a button that clears them: a year or
 * region chosen in another view never filters this one without saying so.
 */
import { useI18n } from '../i18n/useI18n';
import { appliedFilters } from '../url/filterSummary';
import { useUrlState } from '../url/useUrlState';

export function AppliedFilters() {
  const { t } = useI18n();
  const { state, setState } = useUrlState();
  const applied = appliedFilters(state, t);
  if (applied.length === 0) return null;
  return (
    <p className="applied-filters" role="note" data-testid="applied-filters">
      <span>{t('filter.applied', { filters: applied.map((f) => f.text).join(' · ') })}</span>
      <button
        type="button"
        onClick={() => setState({ years: [], region: null, agencies: [], level: null, type: null })}
      >
        {t('filter.reset')}
      </button>
    </p>
  );
}
