/**
 * The shared filters a view applies, said at its top with a button that clears them: a year or
 * region chosen in another view never filters this one without saying so.
 */
import { useSql } from '../db/hooks';
import { useI18n } from '../i18n/useI18n';
import { AGENCY_NAMES, type AgencyNamesRow } from '../queries/agencyNames';
import { appliedFilters, type FilterField } from '../url/filterSummary';
import type { UrlState } from '../url/state';
import { useUrlState } from '../url/useUrlState';

const CLEARED: Record<FilterField, Partial<UrlState>> = {
  years: { years: [] },
  region: { region: null },
  agencies: { agencies: [] },
  level: { level: null },
  type: { type: null },
};

/** `fields`: only the filters this view has no control of its own for (default: all of them). */
export function AppliedFilters({ fields }: { fields?: readonly FilterField[] }) {
  const { t } = useI18n();
  const { state, setState } = useUrlState();
  // Agencies are said by name (the URL holds their ids).
  const names = useSql<AgencyNamesRow>(AGENCY_NAMES);
  const nameOf = new Map((names.data?.rows ?? []).map((r) => [r.agency_id, r.name]));
  const applied = appliedFilters(state, t, (id) => nameOf.get(id) ?? id).filter(
    (f) => !fields || fields.includes(f.field),
  );
  if (applied.length === 0) return null;
  return (
    <p className="applied-filters" role="note" data-testid="applied-filters">
      <span>{t('filter.applied', { filters: applied.map((f) => f.text).join(' · ') })}</span>
      <button type="button" onClick={() => setState(Object.assign({}, ...applied.map((f) => CLEARED[f.field])))}>
        {t('filter.reset')}
      </button>
    </p>
  );
}
