/**
 * A search box for agencies (full names, short names, aliases): the matches are links to each
 * agency's profile. On the Overview and the agency profile.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useSql } from '../db/hooks';
import { useI18n } from '../i18n/useI18n';
import { AGENCY_NAMES, type AgencyNamesRow } from '../queries/agencyNames';
import { Link } from '../url/Link';
import { switchView } from '../url/state';
import { useUrlState } from '../url/useUrlState';
import { indexForSearch, searchAgencies } from './agencySearch';

export function AgencySearch() {
  const { t } = useI18n();
  const { state } = useUrlState();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const list = useSql<AgencyNamesRow>(AGENCY_NAMES);
  const index = useMemo(() => indexForSearch(list.data?.rows ?? []), [list.data]);
  const { matches, total } = useMemo(() => searchAgencies(index, deferred), [index, deferred]);
  const id = useId();
  return (
    <search className="agency-search">
      <label htmlFor={id}>{t('search.label')}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="note" role="status">
        {deferred.trim() === '' || list.data === undefined
          ? ''
          : total === 0
            ? t('search.none', { query: deferred.trim() })
            : [
                t('search.count', { count: total }),
                total > matches.length ? t('search.more', { count: total - matches.length }) : '',
              ]
                .filter(Boolean)
                .join(' ')}
      </p>
      {matches.length > 0 && (
        <ul className="agency-search-results">
          {matches.map((a) => (
            <li key={a.agency_id}>
              <Link to={{ ...switchView('agency', state), agencies: [a.agency_id], years: [] }}>{a.name}</Link>
              {a.place && <span className="note"> {a.place}</span>}
            </li>
          ))}
        </ul>
      )}
    </search>
  );
}
