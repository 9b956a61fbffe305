/**
 * Keeps this tab's tables in line with the workspace: the counted kept reports are in reports,
 * cells and findings (as `local-…` rows, so every view and SQL include them), the dataset reports
 * they replace are moved aside into the schema workspace_hidden (and back when the user leaves
 * their reports out or removes the replacement), and an agency the dataset does not list gets a
 * `local-agency-…` row so profiles and names work. Changes run one at a time; the views are
 * recomputed once per change.
 */
import { query } from '../db/client';
import { refreshViews } from '../db/session';
import { addAgencyRow, addReportRows, deleteAgencyRow, deleteReportRows } from '../db/tabRows';
import { localRows, WORKSPACE_NOTE } from './localRows';
import {
  agencyNameOf,
  isCounted,
  localAgencyId,
  replacedIds,
  type WorkspaceRecord,
  workspaceReportId,
} from './records';

const TABLES = ['reports', 'cells', 'findings'] as const;
const HIDDEN = 'workspace_hidden';

/** What is in the tables now: report id → what its rows were built from; hidden dataset ids; local agencies. */
const applied = {
  reports: new Map<string, { signature: string; agencyId: string | null }>(),
  hidden: new Set<string>(),
  agencies: new Set<string>(),
};

/** Changes when a record's rows would change (the user named its agency): its rows are then rebuilt. */
const signature = (r: WorkspaceRecord) => JSON.stringify([r.agencyId, r.agencyName, r.parserVersion]);
let hiddenReady: Promise<void> | null = null;

function ensureHiddenTables(): Promise<void> {
  hiddenReady ??= (async () => {
    await query(`CREATE SCHEMA IF NOT EXISTS ${HIDDEN}`);
    for (const t of TABLES) await query(`CREATE TABLE IF NOT EXISTS ${HIDDEN}.${t} AS SELECT * FROM main.${t} LIMIT 0`);
  })();
  return hiddenReady;
}

async function move(reportId: string, from: string, to: string): Promise<void> {
  for (const t of TABLES) {
    await query(`INSERT INTO ${to}.${t} SELECT * FROM ${from}.${t} WHERE report_id = ?`, [reportId]);
    await query(`DELETE FROM ${from}.${t} WHERE report_id = ?`, [reportId]);
  }
}

/** Dataset reports (shown or moved aside) of an agency and year. */
export async function datasetReportsOf(agencyId: string, year: number): Promise<string[]> {
  await ensureHiddenTables();
  const { rows } = await query<{ report_id: string }>(
    `SELECT report_id FROM (SELECT report_id, agency_id, year, status FROM main.reports
      UNION ALL SELECT report_id, agency_id, year, status FROM ${HIDDEN}.reports)
     WHERE agency_id = ? AND year = ? AND status = 'ok' AND NOT starts_with(report_id, 'local-') ORDER BY report_id`,
    [agencyId, year],
  );
  return rows.map((r) => r.report_id);
}

/** A dataset report with the same bytes (reports.sha256), if any. */
export async function datasetReportWithHash(sha256: string): Promise<string | null> {
  const { rows } = await query<{ report_id: string }>(
    `SELECT report_id FROM main.reports WHERE sha256 = ? AND NOT starts_with(report_id, 'local-') LIMIT 1`,
    [sha256],
  );
  return rows[0]?.report_id ?? null;
}

export interface SyncFailure {
  recordId: string;
  message: string;
}

async function agencyFor(record: WorkspaceRecord): Promise<{ id: string; row: object | null }> {
  if (record.agencyId) return { id: record.agencyId, row: null };
  const name = agencyNameOf(record) ?? '';
  const id = await localAgencyId(name);
  return { id, row: { agency_id: id, name, curated: false } };
}

async function apply(records: readonly WorkspaceRecord[], include: boolean): Promise<SyncFailure[]> {
  await ensureHiddenTables();
  const wanted = new Map(include ? records.filter(isCounted).map((r) => [workspaceReportId(r), r] as const) : []);
  const hide = new Set(include ? replacedIds(records) : []);
  const failures: SyncFailure[] = [];
  let changed = false;
  for (const [reportId, was] of applied.reports) {
    const record = wanted.get(reportId);
    if (record && signature(record) === was.signature) continue;
    await deleteReportRows(reportId, { refresh: false });
    applied.reports.delete(reportId);
    changed = true;
  }
  for (const id of applied.hidden) {
    if (hide.has(id)) continue;
    await move(id, HIDDEN, 'main');
    applied.hidden.delete(id);
    changed = true;
  }
  for (const id of hide) {
    if (applied.hidden.has(id)) continue;
    await move(id, 'main', HIDDEN);
    applied.hidden.add(id);
    changed = true;
  }
  for (const [reportId, record] of wanted) {
    if (applied.reports.has(reportId)) continue;
    try {
      // The same file is already one of the loaded dataset's reports (e.g. a dataset exported from here).
      if (await datasetReportWithHash(record.id)) continue;
      const agency = await agencyFor(record);
      if (agency.row && !applied.agencies.has(agency.id)) {
        await addAgencyRow(agency.row);
        applied.agencies.add(agency.id);
      }
      const rows = localRows(reportId, record.name, record.parsed, agency.id, [], {
        note: WORKSPACE_NOTE,
        sha256: record.id,
        agencyName: record.agencyName,
      });
      await addReportRows(rows, { refresh: false });
      applied.reports.set(reportId, { signature: signature(record), agencyId: agency.row ? agency.id : null });
      changed = true;
    } catch (error) {
      failures.push({ recordId: record.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  const agenciesInUse = new Set([...applied.reports.values()].map((a) => a.agencyId));
  for (const id of applied.agencies) {
    if (agenciesInUse.has(id)) continue;
    await deleteAgencyRow(id);
    applied.agencies.delete(id);
    changed = true;
  }
  if (changed) await refreshViews();
  return failures;
}

let running: Promise<SyncFailure[]> = Promise.resolve([]);

/** Brings the tables in line with `records` (all counted ones when `include`, none otherwise). */
export function syncTables(records: readonly WorkspaceRecord[], include: boolean): Promise<SyncFailure[]> {
  running = running.catch(() => []).then(() => apply(records, include));
  return running;
}

/** How many kept reports are in the tables right now. */
export const appliedCount = (): number => applied.reports.size;
