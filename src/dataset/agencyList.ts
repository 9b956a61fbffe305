/**
 * The curated agency list (data/agencies.csv) and matching a report's agency to it: pure, for the
 * pipeline and the browser.
 */
import { tableSpec } from './dictionary';
import { parseCsv } from './readCsv';

export const LEVELS = ['national', 'provincial', 'municipal', 'county', 'township'] as const;

export interface AgencyRow {
  agency_id: string;
  name: string;
  short_name: string | null;
  aliases: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  division_code: string | null;
  level: string | null;
  agency_type: string | null;
  /** The government or zone the agency belongs to (another agency_id of the list). */
  parent_id: string | null;
  curated: boolean;
}

const COLUMNS = tableSpec('agencies')
  .columns.map((c) => c.name)
  .filter((n) => n !== 'curated');

/** Parse and validate agencies.csv; every problem names the file, the line and the field. */
export function parseAgencies(text: string, file: string): AgencyRow[] {
  const records = parseCsv(text, file);
  const seen = new Set<string>();
  const rows = records.map((r, i) => {
    const where = `${file}: line ${i + 2}`;
    for (const name of COLUMNS) if (!(name in r)) throw new Error(`${file}: missing column ${name}`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(r.agency_id))
      throw new Error(`${where}: agency_id "${r.agency_id}" is not a lower-case ascii slug`);
    if (seen.has(r.agency_id)) throw new Error(`${where}: agency_id "${r.agency_id}" appears twice`);
    seen.add(r.agency_id);
    if (!r.name.trim()) throw new Error(`${where}: name is empty`);
    if (r.division_code && !/^\d{6}$/.test(r.division_code))
      throw new Error(`${where}: division_code "${r.division_code}" is not 6 digits`);
    if (r.level && !(LEVELS as readonly string[]).includes(r.level))
      throw new Error(`${where}: level "${r.level}" is not one of ${LEVELS.join(', ')}`);
    const opt = (v: string) => (v.trim() === '' ? null : v.trim());
    return {
      agency_id: r.agency_id,
      name: r.name.trim(),
      short_name: opt(r.short_name),
      aliases: opt(r.aliases),
      province: opt(r.province),
      city: opt(r.city),
      county: opt(r.county),
      division_code: opt(r.division_code),
      level: opt(r.level),
      agency_type: opt(r.agency_type),
      parent_id: opt(r.parent_id),
      curated: true,
    };
  });
  rows.forEach((r, i) => {
    if (r.parent_id !== null && !seen.has(r.parent_id))
      throw new Error(`${file}: line ${i + 2}: parent_id "${r.parent_id}" is not an agency_id of the list`);
    const chain = new Set([r.agency_id]);
    for (let up = r.parent_id; up !== null; up = rows.find((p) => p.agency_id === up)?.parent_id ?? null) {
      if (chain.has(up)) throw new Error(`${file}: line ${i + 2}: parent_id of "${r.agency_id}" leads back to itself`);
      chain.add(up);
    }
  });
  return rows;
}

/** Names compare without any whitespace (PDF and web copies break names with spaces). */
export const agencyNameKey = (name: string) => name.replace(/\s+/g, '');

export interface AgencyIndex {
  byName: Map<string, AgencyRow>;
  /** Short names and aliases; a key shared by two agencies is left out (it could be either). */
  byAlias: Map<string, AgencyRow>;
}

export function indexAgencies(rows: readonly AgencyRow[]): AgencyIndex {
  const byName = new Map(rows.map((r) => [agencyNameKey(r.name), r]));
  const byAlias = new Map<string, AgencyRow>();
  const ambiguous = new Set<string>();
  for (const r of rows) {
    for (const alias of [r.short_name, ...(r.aliases?.split('|') ?? [])]) {
      if (!alias) continue;
      const key = agencyNameKey(alias);
      const other = byAlias.get(key);
      if (other && other !== r) ambiguous.add(key);
      byAlias.set(key, r);
    }
  }
  for (const key of ambiguous) byAlias.delete(key);
  return { byName, byAlias };
}

/**
 * The curated agency of a report: its own name first (against names, then aliases), then the other
 * names it uses. Names before aliases because a report may mention a former or parent agency's
 * name among its aliases.
 */
export function matchAgency(index: AgencyIndex, names: readonly string[]): AgencyRow | undefined {
  const keys = names.map(agencyNameKey).filter(Boolean);
  for (const key of keys) {
    const hit = index.byName.get(key) ?? index.byAlias.get(key);
    if (hit) return hit;
  }
  return undefined;
}
