/**
 * Every agency with its names and place: the list the agency search looks in, and where other
 * parts of a page look up an agency's name. The build answers it too (src/pipeline/prerender.ts),
 * so the search works before, or without, the engine.
 */
import type { NamedQuery } from '../db/filters';

export interface AgencyNamesRow {
  agency_id: string;
  name: string;
  short_name: string | null;
  /** Other names, `|`-separated (agencies.aliases). */
  aliases: string | null;
  /** Province / city / county. */
  place: string | null;
}

export const AGENCY_NAMES: NamedQuery = {
  name: 'shared.agencyList',
  sql: `SELECT agency_id, name, short_name, aliases,
  concat_ws(' / ', province, city, county) AS place
FROM agencies ORDER BY name`,
  params: [],
};
