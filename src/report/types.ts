import type { LayoutId } from './template';

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in a report: a broken consistency rule, a blank or unreadable cell, … */
export interface Finding {
  /** Stable rule id, e.g. `t3.row_sum` (see RULES in rules.ts). */
  rule: string;
  severity: Severity;
  /** Cell ids involved; the cell the finding is "at" comes first. */
  cells?: string[];
  expected?: number | null;
  found?: number | null;
  /** Plain message in Chinese. */
  message: string;
  /** The same message in English. */
  message_en?: string;
}

/** Exactly the JSON contract of `parse --json` (docs/report.schema.json). */
export interface ParsedReport {
  source: string;
  layout: LayoutId;
  agency: string | null;
  agency_aliases?: string[];
  year: number | null;
  published: string | null;
  /** Every cell of the layout, keyed by cell id; null where blank or a dash. */
  cells: Record<string, number | null>;
  findings: Finding[];
}

/** What the parser knows beyond the JSON contract: provenance for the dataset and the UI. */
export interface ParseDetails {
  /** The raw text of each cell as printed (before normalisation), keyed by cell id. */
  rawText: Record<string, string>;
  /** 索引号 where the page states one. */
  indexNo: string | null;
  /** The document's title where found. */
  title: string | null;
  /** What the reader recognised the input as. */
  format: 'text' | 'markdown' | 'html' | 'docx' | 'pdf';
  /** The character encoding the bytes were decoded with. */
  encoding: string;
}

export interface ParseResult {
  report: ParsedReport;
  details: ParseDetails;
}

/**
 * Why a file could not be read at all, as a stable code: the page renders its own zh/en message
 * for each (src/i18n/messages.ts, `check.error.*`); the CLI prints the English message.
 */
export type ParseErrorCode =
  | 'file.empty'
  | 'file.binary'
  | 'file.undecodable'
  | 'file.unreadable'
  | 'file.not_report'
  | 'file.doc'
  | 'file.xlsx'
  | 'file.zip'
  | 'file.timeout'
  | 'file.internal'
  | 'docx.damaged'
  | 'pdf.damaged'
  | 'pdf.encrypted'
  | 'pdf.no_text';

/** What the message names, where known: pages of a PDF, the time limit, the reader's own words. */
export interface ParseErrorParams {
  /** A PDF's page count. */
  pages?: number;
  /** The time limit that was hit, in seconds. */
  seconds?: number;
  /** Table and cell the error is at, where it is at one. */
  table?: string;
  cell?: string;
  /** The underlying library's own message (English, technical), shown as a detail. */
  detail?: string;
}

/** A file that could not be parsed at all (as opposed to a report with findings). */
export class ParseError extends Error {
  constructor(
    readonly source: string,
    message: string,
    readonly code: ParseErrorCode,
    readonly params: ParseErrorParams = {},
  ) {
    super(`${source}: ${message}`);
    this.name = 'ParseError';
  }
}
