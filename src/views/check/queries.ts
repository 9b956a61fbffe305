/**
 * The dataset side of a check: which agency a report belongs to (by name, then short name or
 * alias, whitespace ignored as in the pipeline), and that agency's reports with their cells.
 * Names and ids are always bound parameters.
 */
import { query } from '../../db/client';
import type { ReportForCrossCheck } from '../../report/crossChecks';
import type { LayoutId } from '../../report/template';
import { LOCAL_PREFIX } from './localRows';

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
export async function matchAgency(names: readonly string[]): Promise<AgencyMatch | null> {
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

const AGENCY_REPORTS = `SELECT r.report_id, r.year, r.layout, c.cell_id, c.value
FROM reports r LEFT JOIN cells c ON c.report_id = r.report_id
WHERE r.agency_id = ? AND r.status = 'ok' AND NOT starts_with(r.report_id, ?)
ORDER BY r.report_id`;

interface ReportCellRow {
  report_id: string;
  year: number | null;
  layout: LayoutId;
  cell_id: string | null;
  value: number | null;
}

/** Every published (not tab-local) parsed report of the agency, with its cells. */
export async function agencyReports(agencyId: string): Promise<ReportForCrossCheck[]> {
  const { rows } = await query<ReportCellRow>(AGENCY_REPORTS, [agencyId, LOCAL_PREFIX]);
  const byId = new Map<string, ReportForCrossCheck>();
  for (const row of rows) {
    let report = byId.get(row.report_id);
    if (!report) {
      report = { reportId: row.report_id, agencyId, year: row.year, layout: row.layout, cells: {} };
      byId.set(row.report_id, report);
    }
    if (row.cell_id) report.cells[row.cell_id] = row.value;
  }
  return [...byId.values()];
}
