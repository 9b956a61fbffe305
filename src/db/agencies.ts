/**
 * Which of the loaded dataset's agencies a report belongs to: by name, then by short name or
 * alias, whitespace ignored as in the pipeline. Names are always bound parameters.
 */
import { query } from './client';

export interface AgencyMatch {
  agency_id: string;
  name: string;
  curated: boolean;
}

const BY_NAME = `SELECT agency_id, name, curated FROM agencies
WHERE regexp_replace(name, '\\s+', '', 'g') = ? ORDER BY curated DESC, agency_id`;

// An alias shared by two agencies could be either: only a unique hit counts.
const BY_ALIAS = `SELECT agency_id, name, curated FROM agencies
WHERE list_contains(
  list_transform(string_split(coalesce(short_name, '') || '|' || coalesce(aliases, ''), '|'), x -> regexp_replace(x, '\\s+', '', 'g')),
  ?)`;

/** The dataset's agency for a report's own name and the other names it uses; null when none matches. */
export async function matchLoadedAgency(names: readonly string[]): Promise<AgencyMatch | null> {
  const keys = names.map((n) => n.replace(/\s+/g, '')).filter(Boolean);
  for (const key of keys) {
    const { rows } = await query<AgencyMatch>(BY_NAME, [key]);
    if (rows.length > 0) return rows[0];
  }
  for (const key of keys) {
    const { rows } = await query<AgencyMatch>(BY_ALIAS, [key]);
    if (rows.length === 1) return rows[0];
  }
  return null;
}
