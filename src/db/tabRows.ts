/**
 * Tab-local rows: data the user adds in this browser tab (a report checked in the page) goes
 * into the same tables as the published dataset, through bound parameters, and lives only as long
 * as the tab. Columns and types come from the data dictionary.
 */
import { type TableName, tableSpec } from '../dataset/dictionary';
import { type Transaction, transaction } from './client';
import { refreshViews } from './session';

/** Report ids of reports checked in this tab (not part of the published dataset) start with this. */
export const LOCAL_PREFIX = 'local-';

// Rows per INSERT: keeps each prepared statement's parameter list moderate.
const CHUNK = 100;

/** Appends `rows` to `table`; a column a row lacks is NULL. */
async function insertRows(tx: Transaction, table: TableName, rows: readonly object[]): Promise<void> {
  const columns = tableSpec(table).columns;
  const placeholders = `(${columns.map((c) => `CAST(? AS ${c.type})`).join(', ')})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK) as readonly Record<string, unknown>[];
    const sql = `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) VALUES ${chunk.map(() => placeholders).join(', ')}`;
    await tx.query(
      sql,
      chunk.flatMap((row) => columns.map((c) => row[c.name] ?? null)),
    );
  }
}

/**
 * Adds one report's rows to reports, cells and findings in one transaction (all or nothing), then
 * recomputes the views once and bumps the data generation, so every view shows the report.
 */
export async function addReportRows(
  rows: {
    report: object;
    cells: readonly object[];
    findings: readonly object[];
  },
  { refresh = true }: RefreshOption = {},
): Promise<void> {
  await transaction(async (tx) => {
    await insertRows(tx, 'reports', [rows.report]);
    await insertRows(tx, 'cells', rows.cells);
    await insertRows(tx, 'findings', rows.findings);
  });
  if (refresh) await refreshViews();
}

/** Removes one report's rows from reports, cells and findings in one transaction, then refreshes as addReportRows. */
export async function deleteReportRows(reportId: string, { refresh = true }: RefreshOption = {}): Promise<void> {
  await transaction(async (tx) => {
    for (const table of ['findings', 'cells', 'reports'] as const) {
      await tx.query(`DELETE FROM ${table} WHERE report_id = ?`, [reportId]);
    }
  });
  if (refresh) await refreshViews();
}

/** Many reports at once (the workspace): the caller recomputes the views once, at the end. */
export interface RefreshOption {
  refresh?: boolean;
}

/** Adds an agency a local report names that the dataset does not list (the caller refreshes the views). */
export const addAgencyRow = (row: object): Promise<void> => transaction((tx) => insertRows(tx, 'agencies', [row]));

export async function deleteAgencyRow(agencyId: string): Promise<void> {
  await transaction((tx) => tx.query('DELETE FROM agencies WHERE agency_id = ?', [agencyId]));
}
