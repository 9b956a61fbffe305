/**
 * The dataset side of a check: which agency a report belongs to (db/agencies.ts), and that
 * agency's reports with their cells. Ids are always bound parameters.
 */
import { query } from '../../db/client';
import { LOCAL_PREFIX } from '../../db/tabRows';
import type { ReportForCrossCheck } from '../../report/crossChecks';
import type { LayoutId } from '../../report/template';

export { type AgencyMatch, matchLoadedAgency } from '../../db/agencies';

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
