/**
 * Year, region and agency filters and the Overview's two switches (which set totals add, which
 * reports trends compare); their values live in the URL (year=, region=, agency=, basis=, trend=). Folded
 * into one summary line that opens them (a phone's first screen is for the figures), open at once
 * on a wide screen.
 */
import { useEffect, useState } from 'react';
import { useManifest, usePrefetchSql, useSql } from '../../db/hooks';
import { partitionYears } from '../../db/partitions';
import { usePrerenderedChunkLoader } from '../../db/prerenderedChunks';
import { useI18n } from '../../i18n/useI18n';
import { type AgencyOption, overviewQueries } from '../../queries/overview';
import { AgencySearch } from '../../ui/AgencySearch';
import { Choice } from '../../url/Choice';
import { filterSummary } from '../../url/filterSummary';
import type { UrlState } from '../../url/state';
import { useUrlState } from '../../url/useUrlState';
import { regionOptions } from './shape';

function inRegion(a: AgencyOption, region: string | null): boolean {
  if (!region) return true;
  const path = [a.province, a.city, a.county].filter(Boolean).join('/');
  return path === region || path.startsWith(`${region}/`);
}

const wideScreen = () => typeof window !== 'undefined' && window.matchMedia?.('(min-width: 641px)').matches;

export function Filters() {
  const { t } = useI18n();
  // Closed in the prerendered HTML (it cannot know the screen); opened after hydration on a wide screen.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (wideScreen()) setOpen(true);
  }, []);
  const { state, setState } = useUrlState();
  const queries = overviewQueries(state);
  const years = useSql<{ year: number }>(queries.years);
  const agencies = useSql<AgencyOption>(queries.agencies);
  const agencyRows = agencies.data?.rows ?? [];
  // A partitioned dataset has loaded only the chosen province-years: the other choices come from its manifest.
  const manifest = useManifest();
  const partitions = manifest?.partitions ?? [];
  const provinces = [...new Set(partitions.map((p) => p.province))].map((province) => ({
    province,
    city: null,
    county: null,
  }));
  const regions = regionOptions([...agencyRows, ...provinces]);
  const yearChoices =
    manifest && partitions.length ? partitionYears(manifest) : (years.data?.rows ?? []).map((r) => r.year);
  const chosenAgency = state.agencies.length === 1 ? state.agencies[0] : '';

  // The new filter's queries start before the page renders it (usePrefetchSql).
  const prefetch = usePrefetchSql();
  const change = (patch: Partial<UrlState>) => {
    const next = { ...state, ...patch };
    prefetch(Object.values(overviewQueries(next)), next);
    setState(patch);
  };
  // With one year ticked, the region's answer is in its chunk of single years: fetched before the
  // change renders (else its queries would start the engine). Other changes wait for nothing.
  const loadRegion = usePrerenderedChunkLoader('region');
  const chooseRegion = (region: string | null) => {
    const apply = () => change({ region, agencies: [] });
    if (region !== null && state.years.length === 1) void loadRegion(region).then(apply);
    else apply();
  };
  const toggleYear = (year: number, on: boolean) =>
    change({ years: on ? [...state.years, year].sort((a, b) => a - b) : state.years.filter((y) => y !== year) });

  const names = new Map(agencyRows.map((a) => [a.agency_id, a.agency_name]));
  // The Overview's own switches are said in the line too when they differ from their defaults.
  const switches = [
    state.basis === 'departments' &&
      t('filter.choiceItem', { legend: t('basis.legend'), value: t('basis.departments') }),
    state.trend === 'all' && t('filter.choiceItem', { legend: t('trend.legend'), value: t('trend.all') }),
  ];
  const summary = [filterSummary(state, t, (id) => names.get(id) ?? id), ...switches].filter(Boolean).join(' · ');

  return (
    <details className="filters-fold" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="filters-fold-label">{t('filter.legend')}</span>
        <span className="filters-fold-summary" data-testid="filter-summary">
          {summary}
        </span>
        <span className="filters-fold-change" aria-hidden="true">
          {t('filter.change')}
        </span>
      </summary>
      <fieldset className="filters">
        <legend className="visually-hidden">{t('filter.legend')}</legend>
        <fieldset className="filter-years">
          <legend>{t('filter.year')}</legend>
          {yearChoices.map((year) => (
            <label key={year} className="check">
              <input
                type="checkbox"
                checked={state.years.includes(year)}
                onChange={(e) => toggleYear(year, e.target.checked)}
              />
              {year}
            </label>
          ))}
          {state.years.length === 0 && <span className="note">{t('filter.allYears')}</span>}
        </fieldset>
        <label>
          {t('filter.region')}
          <select value={state.region ?? ''} onChange={(e) => chooseRegion(e.target.value || null)}>
            {partitions.length === 0 && <option value="">{t('filter.allRegions')}</option>}
            {regions.map((r) => (
              <option key={r.value} value={r.value}>
                {`${'\u3000'.repeat(r.depth)}${r.name}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.agency')}
          <select value={chosenAgency} onChange={(e) => change({ agencies: e.target.value ? [e.target.value] : [] })}>
            <option value="">{t('filter.allAgencies')}</option>
            {agencyRows
              .filter((a) => inRegion(a, state.region) || a.agency_id === chosenAgency)
              .map((a) => (
                <option key={a.agency_id} value={a.agency_id}>
                  {a.agency_name}
                </option>
              ))}
          </select>
        </label>
        <Choice
          field="basis"
          legend={t('basis.legend')}
          options={[
            { value: 'whole', label: t('basis.whole') },
            { value: 'departments', label: t('basis.departments') },
          ]}
        />
        <Choice
          field="trend"
          legend={t('trend.legend')}
          options={[
            { value: 'same', label: t('trend.same') },
            { value: 'all', label: t('trend.all') },
          ]}
        />
        <button
          type="button"
          onClick={() => change({ years: [], region: null, agencies: [], level: null, type: null })}
        >
          {t('filter.reset')}
        </button>
      </fieldset>
      <AgencySearch />
    </details>
  );
}
