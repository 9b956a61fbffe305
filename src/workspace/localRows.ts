/**
 * A report the user checked or kept → rows of the dataset tables (reports, cells, findings) for
 * this tab's DuckDB, built with the pipeline's own row builders. The report id is prefixed
 * `local-` and `source_notes` says the report is not part of the published dataset, so every view
 * and every SQL query can tell it apart.
 */

import {
  type CellRow,
  cellRows,
  countBySeverity,
  type FindingRow,
  findingRow,
  isoDate,
  type ReportRow,
} from '../dataset/rows';
import { LOCAL_PREFIX } from '../db/tabRows';
import type { Finding, ParseResult } from '../report/types';

export { LOCAL_PREFIX };
export const LOCAL_NOTE =
  '本标签页本地检查的年报，不属于公开数据集 (checked locally in this browser tab; not part of the published dataset)';
export const WORKSPACE_NOTE =
  "用户在本浏览器“我的年报”中加入的年报，不属于公开数据集 (one of the user's own reports kept in this browser; not part of the published dataset)";

/** Where a local report came from, beyond its file name; the defaults are a check-view report. */
export interface LocalProvenance {
  note?: string;
  sha256?: string | null;
  /** The name the user gave an agency the parser could not name. */
  agencyName?: string | null;
}

/** `local-<file stem>`, made unique against `taken` with -2, -3, …; only [A-Za-z0-9_.-] and CJK kept. */
export function localReportId(fileName: string, taken: ReadonlySet<string>): string {
  const stem =
    fileName
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N}_.-]+/gu, '_')
      .slice(0, 60) || 'report';
  const base = `${LOCAL_PREFIX}${stem}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export interface LocalRows {
  report: ReportRow;
  cells: CellRow[];
  findings: FindingRow[];
}

/** `extra` are findings beyond the parser's (comparison with earlier years). */
export function localRows(
  reportId: string,
  fileName: string,
  parsed: ParseResult,
  agencyId: string | null,
  extra: readonly Finding[],
  provenance: LocalProvenance = {},
): LocalRows {
  const { report, details } = parsed;
  const findings = [...report.findings, ...extra].map((f) => findingRow(reportId, f));
  const counts = countBySeverity(findings).get(reportId);
  let published: string | null = null;
  try {
    published = isoDate(report.published);
  } catch {
    // A date the parser could not normalise stays out of the DATE column (the text keeps it).
  }
  return {
    report: {
      report_id: reportId,
      agency_id: agencyId,
      agency_name: report.agency ?? provenance.agencyName ?? null,
      year: report.year,
      layout: report.layout,
      published,
      title: details.title,
      index_no: details.indexNo,
      source_file: fileName,
      source_url: null,
      source_format: details.format,
      source_notes: provenance.note ?? LOCAL_NOTE,
      sha256: provenance.sha256 ?? null,
      // A checked report follows the views' scope rule (by its agency's type).
      scope: null,
      scope_evidence: null,
      status: 'ok',
      error: null,
      n_errors: counts?.error ?? 0,
      n_warnings: counts?.warning ?? 0,
      n_info: counts?.info ?? 0,
    },
    cells: cellRows(reportId, parsed),
    findings,
  };
}
