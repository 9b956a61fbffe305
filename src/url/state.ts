/**
 * The app's state in the query string: parsing with validation, and canonical serialisation.
 *
 * Routing is by query string (`?view=compare&year=2023&lang=en`), not by path or hash, so the
 * static build works from any folder. Pure functions: the hook in useUrlState.ts wires them to
 * the History API. Every value that reaches SQL still goes through a bound parameter; the
 * validation here is about giving the user a clear notice, not about safety.
 */
import { BASES, type Basis } from '../measures/coverage';
import type { Severity } from '../report/types';

export const VIEWS = ['overview', 'compare', 'agency', 'quality', 'check', 'workspace', 'sql', 'about'] as const;
export type ViewId = (typeof VIEWS)[number];

/** The views whose first state the build answers (the Overview, the agency picker and profiles, About): they start no engine. */
export const VIEWS_FROM_THE_BUILD: readonly ViewId[] = ['overview', 'agency', 'about'];

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const LEVELS = ['national', 'provincial', 'municipal', 'county', 'township'] as const;
export type Level = (typeof LEVELS)[number];

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Which reports Compare ranks: departments (own scope) or governments and zones (jurisdiction scope). */
export const PEERS = ['departments', 'governments'] as const;
export type Peers = (typeof PEERS)[number];

/** Trends over the agencies that reported in every chosen year, or over every report. */
export const TRENDS = ['same', 'all'] as const;
export type Trend = (typeof TRENDS)[number];

export interface UrlState {
  view: ViewId;
  lang: Lang;
  /** Covered years; empty = all years. `year=2022,2023`. */
  years: number[];
  /** agency_id values; empty = all agencies. `agency=a,b`. */
  agencies: string[];
  /** A place as `province[/city[/county]]`, e.g. `山东省/临沂市`; null = everywhere. */
  region: string | null;
  level: Level | null;
  /** agencies.agency_type, e.g. 行政审批. */
  type: string | null;
  /** Which non-overlapping set of reports totals add (src/measures/coverage.ts). `basis=departments`. */
  basis: Basis;
  /** Compare: which reports are ranked side by side. `peers=governments`. */
  peers: Peers;
  /** Trends: the same agencies every year, or every report. `trend=all`. */
  trend: Trend;
  /** A measure id chosen by a view (compare: the column charted). */
  metric: string | null;
  /** A column id, `-` prefix for descending. */
  sort: string | null;
  /** A cell id to focus, e.g. `t3.granted.total`. */
  cell: string | null;
  /** A finding rule id, e.g. `t3.balance`. */
  rule: string | null;
  severity: Severity | null;
  /** SQL text for the workbench (fills the editor, never runs by itself). */
  q: string | null;
  /**
   * Another dataset folder on this site, e.g. `synthetic/national` (a benchmark dataset); null =
   * the published one in data/. Read once when the page starts.
   */
  dataset: string | null;
  /** A chart of the view to show and scroll to (its ChartPanel id), e.g. from a shared link. */
  chart: string | null;
  /** `embed=1`: that one chart alone, no header or navigation (for an iframe). */
  embed: boolean;
  /** Whether the user's own kept reports (我的年报) are in the data every view shows. `mine=off` leaves them out. */
  mine: 'on' | 'off';
}

export type UrlParam = keyof UrlState;

export const DEFAULT_URL_STATE: UrlState = {
  view: 'overview',
  lang: 'zh',
  years: [],
  agencies: [],
  region: null,
  level: null,
  type: null,
  basis: 'whole',
  peers: 'departments',
  trend: 'same',
  metric: null,
  sort: null,
  cell: null,
  rule: null,
  severity: null,
  q: null,
  dataset: null,
  chart: null,
  embed: false,
  mine: 'on',
};

/** Why a query-string entry was ignored. */
export interface UrlNotice {
  param: string;
  value: string;
  reason: 'unknown_param' | 'invalid_value';
}

/** The query-string key of each state field (the rest use their own name). */
const KEY: Record<UrlParam, string> = {
  view: 'view',
  lang: 'lang',
  years: 'year',
  agencies: 'agency',
  region: 'region',
  level: 'level',
  type: 'type',
  basis: 'basis',
  peers: 'peers',
  trend: 'trend',
  metric: 'metric',
  sort: 'sort',
  cell: 'cell',
  rule: 'rule',
  severity: 'severity',
  q: 'q',
  dataset: 'dataset',
  chart: 'chart',
  embed: 'embed',
  mine: 'mine',
};

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
/** Ids (agency, metric, rule, cell, sort): ascii letters, digits and `_ . -`. */
const ID = /^[A-Za-z0-9_.-]{1,80}$/;
/** Free names (region, type): anything printable and short. */
const NAME = /^[^\u0000-\u001f<>]{1,60}$/;
const MAX_SQL = 20_000;

function oneOf<T extends string>(values: readonly T[]) {
  return (raw: string): T | undefined => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined);
}

function matching(pattern: RegExp) {
  return (raw: string): string | undefined => (pattern.test(raw) ? raw : undefined);
}

function parseYears(raw: string): number[] | undefined {
  const parts = raw.split(',');
  const years = parts.map((p) => (/^\d{4}$/.test(p) ? Number(p) : NaN));
  if (years.some((y) => !(y >= MIN_YEAR && y <= MAX_YEAR))) return undefined;
  return [...new Set(years)].sort((a, b) => a - b);
}

function parseIdList(raw: string): string[] | undefined {
  const ids = raw.split(',');
  return ids.every((id) => ID.test(id)) ? [...new Set(ids)] : undefined;
}

function parseRegion(raw: string): string | undefined {
  const parts = raw.split('/');
  return parts.length <= 3 && parts.every((p) => NAME.test(p) && p.trim() === p) ? raw : undefined;
}

/** Each field's parser: the validated value, or undefined when the raw text is not acceptable. */
const PARSERS: { [K in UrlParam]: (raw: string) => UrlState[K] | undefined } = {
  view: oneOf(VIEWS),
  lang: oneOf(LANGS),
  years: parseYears,
  agencies: parseIdList,
  region: parseRegion,
  level: oneOf(LEVELS),
  type: matching(NAME),
  basis: oneOf(BASES),
  peers: oneOf(PEERS),
  trend: oneOf(TRENDS),
  metric: matching(ID),
  sort: matching(/^-?[A-Za-z0-9_.]{1,80}$/),
  cell: matching(ID),
  rule: matching(ID),
  severity: oneOf(SEVERITIES),
  q: (raw) => (raw.length <= MAX_SQL ? raw : undefined),
  // A relative folder of plain segments: no scheme, host, `..` or leading slash can get through.
  dataset: matching(/^[A-Za-z0-9_-]{1,40}(?:\/[A-Za-z0-9_-]{1,40}){0,3}$/),
  chart: matching(ID),
  embed: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
  mine: oneOf(['on', 'off'] as const),
};

const FIELD_BY_KEY = new Map<string, UrlParam>((Object.keys(KEY) as UrlParam[]).map((field) => [KEY[field], field]));

/** Reads a query string (`?a=b&…` or `a=b&…`) into a valid state plus notices for what was ignored. */
export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  const state: UrlState = { ...DEFAULT_URL_STATE };
  const notices: UrlNotice[] = [];
  for (const [key, raw] of new URLSearchParams(search)) {
    const field = FIELD_BY_KEY.get(key);
    if (!field) {
      notices.push({ param: key, value: raw, reason: 'unknown_param' });
      continue;
    }
    if (raw === '') continue;
    const value = PARSERS[field](raw);
    if (value === undefined) notices.push({ param: key, value: raw, reason: 'invalid_value' });
    else (state as unknown as Record<string, unknown>)[field] = value;
  }
  return { state, notices };
}

function isDefault(field: UrlParam, value: UrlState[UrlParam]): boolean {
  const def = DEFAULT_URL_STATE[field];
  return Array.isArray(value) ? value.length === 0 : value === def;
}

/** The canonical query string of a state, defaults left out (`?` alone for the default state). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const field of Object.keys(KEY) as UrlParam[]) {
    const value = state[field];
    if (value === null || isDefault(field, value)) continue;
    params.set(KEY[field], Array.isArray(value) ? value.join(',') : value === true ? '1' : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '?';
}

/** Filters that stay when the user moves to another view; the rest belong to one view. */
const SHARED: readonly UrlParam[] = [
  'lang',
  'years',
  'agencies',
  'region',
  'level',
  'type',
  'basis',
  'trend',
  'dataset',
  'mine',
];

/** The state after switching to `view`: shared filters kept, view-specific ones reset. */
export function switchView(view: ViewId, from: UrlState): UrlState {
  const next: UrlState = { ...DEFAULT_URL_STATE, view };
  for (const field of SHARED) (next as unknown as Record<string, unknown>)[field] = from[field];
  return next;
}
