/**
 * The shared filters of a state said in words ("2023 · 山东省/临沂市 · 1 个机构") and as a file-name
 * part: the Overview's folded filter line, the line a view shows for the filters it applies, and
 * what a downloaded chart or CSV says it holds all come from here.
 */
import type { MessageKey } from '../i18n/messages';
import type { Vars } from '../i18n/translate';
import type { UrlState } from './state';

type Translate = (key: MessageKey, vars?: Vars) => string;

/** The shared filters a state applies, each with its text; empty when nothing is filtered. */
export type FilterField = 'years' | 'region' | 'agencies' | 'level' | 'type';

export interface AppliedFilter {
  field: FilterField;
  text: string;
}

/** Consecutive years as a range (2019–2022), others listed. */
export function yearsText(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const consecutive = sorted.every((y, i) => i === 0 || y === sorted[i - 1] + 1);
  return consecutive && sorted.length > 2 ? `${sorted[0]}–${sorted.at(-1)}` : sorted.join(', ');
}

export function appliedFilters(
  state: Pick<UrlState, FilterField>,
  t: Translate,
  agencyName: (id: string) => string = (id) => id,
): AppliedFilter[] {
  const out: AppliedFilter[] = [];
  if (state.years.length) out.push({ field: 'years', text: yearsText(state.years) });
  if (state.region) out.push({ field: 'region', text: state.region });
  if (state.agencies.length === 1) out.push({ field: 'agencies', text: agencyName(state.agencies[0]) });
  else if (state.agencies.length > 1)
    out.push({ field: 'agencies', text: t('filter.agencyCount', { count: state.agencies.length }) });
  if (state.level) out.push({ field: 'level', text: t(`level.${state.level}`) });
  if (state.type) out.push({ field: 'type', text: state.type });
  return out;
}

/** One line for every shared filter, defaults said too ("全部年度 · 全部地区 · 全部机构"). */
export function filterSummary(
  state: Pick<UrlState, FilterField>,
  t: Translate,
  agencyName?: (id: string) => string,
): string {
  const applied = new Map(appliedFilters(state, t, agencyName).map((f) => [f.field, f.text]));
  const parts = [
    applied.get('years') ?? t('filter.allYears'),
    applied.get('region') ?? t('filter.allRegions'),
    applied.get('agencies') ?? t('filter.allAgencies'),
    applied.get('level'),
    applied.get('type'),
  ];
  return parts.filter(Boolean).join(' · ');
}

/** The filters as a file-name part: `2022-2023_山东省-临沂市_agency-id` (empty when nothing is filtered). */
export function filterSlug(state: Pick<UrlState, FilterField>): string {
  return [
    state.years.join('-'),
    state.region?.replaceAll('/', '-') ?? '',
    state.agencies.length > 3 ? `${state.agencies.length}-agencies` : state.agencies.join('-'),
    state.level ?? '',
    state.type ?? '',
  ]
    .filter(Boolean)
    .join('_');
}
