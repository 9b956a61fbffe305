/**
 * Finding an agency by any of its names: the full name, the short name or an alias, in any part,
 * ignoring spaces, case and full-width forms. Pure, so a test can time it at a province's scale.
 */

export interface SearchableAgency {
  agency_id: string;
  name: string;
  short_name: string | null;
  /** Other names, `|`-separated (agencies.aliases). */
  aliases: string | null;
}

export interface AgencySearchIndex<A extends SearchableAgency> {
  agencies: readonly A[];
  /** Each agency's names folded into one string, in the order of `agencies`. */
  keys: readonly string[];
}

/** Folds full-width ASCII to half-width, lowercases and drops whitespace. */
export function foldName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export function indexForSearch<A extends SearchableAgency>(agencies: readonly A[]): AgencySearchIndex<A> {
  return {
    agencies,
    keys: agencies.map((a) => foldName([a.name, a.short_name ?? '', a.aliases ?? ''].join('\u0001'))),
  };
}

/**
 * The agencies whose names contain the query: those whose full name starts with it first, then
 * the shortest names (the most specific match), at most `limit`; `total` counts every match.
 */
export function searchAgencies<A extends SearchableAgency>(
  index: AgencySearchIndex<A>,
  query: string,
  limit = 10,
): { matches: A[]; total: number } {
  const q = foldName(query);
  if (!q) return { matches: [], total: 0 };
  const hits: { agency: A; rank: number }[] = [];
  index.keys.forEach((key, i) => {
    const at = key.indexOf(q);
    if (at < 0) return;
    const agency = index.agencies[i];
    hits.push({ agency, rank: (at === 0 ? 0 : 1_000) + agency.name.length });
  });
  hits.sort((a, b) => a.rank - b.rank || a.agency.name.localeCompare(b.agency.name, 'zh'));
  return { matches: hits.slice(0, limit).map((h) => h.agency), total: hits.length };
}
