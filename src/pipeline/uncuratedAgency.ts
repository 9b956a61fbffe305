/**
 * An agency that is not in the curated list (src/dataset/agencyList.ts), as the ingest records it.
 */
import { createHash } from 'node:crypto';
import { type AgencyRow, agencyNameKey } from '../dataset/agencyList';

/** A stable id for an agency that is not in agencies.csv, derived from its name. */
export function uncuratedAgency(name: string): AgencyRow {
  const id = `x-${createHash('sha256').update(agencyNameKey(name)).digest('hex').slice(0, 10)}`;
  return {
    agency_id: id,
    name,
    short_name: null,
    aliases: null,
    province: null,
    city: null,
    county: null,
    division_code: null,
    level: null,
    agency_type: null,
    parent_id: null,
    curated: false,
  };
}
