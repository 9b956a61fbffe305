/**
 * The workspace's model (pure): one record per report the user kept, identified by the SHA-256 of
 * its bytes (the same file twice is one report; the dataset's reports.sha256 is the same hash),
 * and the rules for which records count in the tables.
 */
import { LOCAL_PREFIX } from '../db/tabRows';
import type { ParseResult } from '../report/types';

/**
 * What the user decided for a report of an agency and year that already has one:
 * `counted` (no other report; or the user kept both as separate reports is not offered),
 * `pending` (not decided yet: not counted), `replace` (counted instead of the others),
 * `second` (kept as a second version: listed, not counted).
 */
export type Choice = 'counted' | 'pending' | 'replace' | 'second';

export interface WorkspaceRecord {
  /** SHA-256 (hex) of the source bytes; pasted text as UTF-8. */
  id: string;
  name: string;
  size: number;
  addedAt: string;
  parserVersion: string;
  parsed: ParseResult;
  /** The dataset's agency this report belongs to; null when none matched. */
  agencyId: string | null;
  /** The name the user gave when the parser found none (or they corrected the agency). */
  agencyName: string | null;
  choice: Choice;
  /** Reports of the same agency and year this one competes with (dataset ids, or `ws:<id>` for a kept report). */
  conflicts: string[];
}

/** Bumped when the parser's output changes, so kept reports are parsed again from their stored bytes. */
export const PARSER_VERSION = '1';

export async function contentHash(source: Uint8Array | string): Promise<string> {
  const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The report id of a kept report in the tables: `local-<file stem>-<hash prefix>` (stable across reloads). */
export function workspaceReportId(record: Pick<WorkspaceRecord, 'id' | 'name'>): string {
  const stem =
    record.name
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N}_.-]+/gu, '_')
      .slice(0, 40) || 'report';
  return `${LOCAL_PREFIX}${stem}-${record.id.slice(0, 8)}`;
}

/** The agency's name as shown everywhere: the parser's, else the user's; null means the user must name it. */
export const agencyNameOf = (r: WorkspaceRecord): string | null => r.parsed.report.agency ?? r.agencyName;

/** The agency row id for a kept report whose agency is not in the dataset (one per name). */
export async function localAgencyId(name: string): Promise<string> {
  return `${LOCAL_PREFIX}agency-${(await contentHash(name.replace(/\s+/g, ''))).slice(0, 10)}`;
}

/** Counted in the tables (and so in every view): decided, and named. */
export const isCounted = (r: WorkspaceRecord): boolean =>
  (r.choice === 'counted' || r.choice === 'replace') && agencyNameOf(r) !== null;

/** Dataset report ids a counted `replace` takes the place of. */
export const replacedIds = (records: readonly WorkspaceRecord[]): string[] => [
  ...new Set(
    records.filter((r) => isCounted(r) && r.choice === 'replace').flatMap((r) => r.conflicts.filter(isDatasetId)),
  ),
];

export const WS_CONFLICT = 'ws:';
const isDatasetId = (id: string) => !id.startsWith(WS_CONFLICT);

/** A stored value is a record this version understands (a damaged or foreign entry is skipped, not deleted). */
export function isRecord(value: unknown): value is WorkspaceRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<WorkspaceRecord>;
  return (
    typeof r.id === 'string' &&
    typeof r.name === 'string' &&
    typeof r.parserVersion === 'string' &&
    typeof r.parsed?.report === 'object' &&
    ['counted', 'pending', 'replace', 'second'].includes(r.choice as string) &&
    Array.isArray(r.conflicts)
  );
}

/**
 * The choice for a new report: `counted` unless another report (of the dataset, or a counted kept
 * one) covers the same agency and year.
 */
export const initialChoice = (conflicts: readonly string[]): Choice => (conflicts.length > 0 ? 'pending' : 'counted');

/**
 * After the user replaced with `chosen`: the kept reports it competes with become second versions,
 * so exactly one report of the agency and year counts.
 */
export function applyReplace(records: readonly WorkspaceRecord[], chosen: WorkspaceRecord): WorkspaceRecord[] {
  const rivals = new Set(chosen.conflicts.filter((c) => c.startsWith(WS_CONFLICT)).map((c) => c.slice(3)));
  return records.map((r) => {
    if (r.id === chosen.id) return { ...r, choice: 'replace' };
    if (rivals.has(r.id) && isCounted(r)) return { ...r, choice: 'second' };
    return r;
  });
}
