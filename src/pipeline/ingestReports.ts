/**
 * Report folder → the four dataset tables as Parquet files in an output folder.
 *
 * One unreadable report never stops the batch: it becomes a `reports` row with status 'failed'
 * and its error, and is listed in the summary. Reports are processed in file-name order and their
 * cells appended in template order, so the output is sorted and byte-for-byte reproducible.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { type AgencyRow, indexAgencies, matchAgency } from '../dataset/agencyList';
import type { TableName } from '../dataset/dictionary';
import { cellRows, countBySeverity, type FindingRow, findingRow, isoDate, type ReportRow } from '../dataset/rows';
import { checkAcrossReports, type ReportForCrossCheck } from '../report/crossChecks';
import { RULES } from '../report/rules';
import type { ParseResult } from '../report/types';
import { ParquetTablesWriter } from './parquetWriter';
import {
  type Coverage,
  listReportFiles,
  readCoverage,
  readSourceManifest,
  reportIdOf,
  type SourceInfo,
} from './sources';
import { uncuratedAgency } from './uncuratedAgency';

/** The parser; it may be asynchronous (Word and PDF readers are). */
export type ParseFn = (bytes: Uint8Array, source: string) => ParseResult | Promise<ParseResult>;

export interface IngestOptions {
  /** Folder of report files, optionally with manifest.csv. */
  dir: string;
  /** Existing empty folder the Parquet files are written to. */
  outDir: string;
  agencies: readonly AgencyRow[];
  parse: ParseFn;
}

export interface IngestSummary {
  /** Row count of each table written. */
  rows: Record<TableName, number>;
  /** Files that could not be ingested, with the reason. */
  failed: { file: string; reason: string }[];
  /** Report rows, in report-id order (for datapackage sources and the README). */
  reports: ReportRow[];
}

/** Rows are sorted by these keys when written; cells are appended already in order. */
const ORDER_BY: Partial<Record<TableName, string[]>> = {
  reports: ['report_id'],
  agencies: ['agency_id'],
  findings: ['report_id'],
};

export async function ingestReports(options: IngestOptions): Promise<IngestSummary> {
  const writer = new ParquetTablesWriter();
  try {
    return await ingestWith(writer, options);
  } finally {
    writer.discard();
  }
}

async function ingestWith(writer: ParquetTablesWriter, options: IngestOptions): Promise<IngestSummary> {
  const manifest = readSourceManifest(options.dir);
  const coverage = readCoverage(options.dir);
  const index = indexAgencies(options.agencies);
  const agencies = new Map(options.agencies.map((a) => [a.agency_id, a]));
  const reports: ReportRow[] = [];
  const findings: FindingRow[] = [];
  const forCrossCheck: ReportForCrossCheck[] = [];
  const failed: IngestSummary['failed'] = [];
  const usedIds = new Set<string>();
  let cellCount = 0;

  const files = listReportFiles(options.dir, manifest);
  // Parses run ahead of the consumer (in parallel when `parse` is a worker pool); results are
  // consumed in file order, so the output does not depend on which parse finished first.
  const inFlight: Promise<ReadAndParse>[] = [];
  const start = (i: number) => {
    if (i < files.length) inFlight[i] = readAndParse(options.dir, files[i], options.parse);
  };
  for (let i = 0; i < READ_AHEAD; i++) start(i);

  for (const [i, file] of files.entries()) {
    const attempt = await inFlight[i];
    delete inFlight[i];
    start(i + READ_AHEAD);
    // Two files with one stem (000.txt, 000.html) keep distinct ids: the later one uses its file name.
    const reportId = usedIds.has(reportIdOf(file)) ? file : reportIdOf(file);
    usedIds.add(reportId);
    const info = manifest.get(file);
    const bytes = attempt.bytes;
    try {
      if ('error' in attempt) throw attempt.error;
      const parsed = attempt.parsed;
      const cells = cellRows(reportId, parsed);
      const { report, details } = parsed;
      const published = isoDate(report.published);
      const name = report.agency ?? info?.agency ?? null;
      let agency = name === null ? undefined : matchAgency(index, [name, ...(report.agency_aliases ?? [])]);
      const own = report.findings.map((f) => findingRow(reportId, f));
      if (name !== null && !agency) {
        const generated = uncuratedAgency(name);
        agency = agencies.get(generated.agency_id) ?? generated;
        agencies.set(agency.agency_id, agency);
        own.push(unknownAgencyFinding(reportId, name));
      }

      writer.append('cells', cells);
      cellCount += cells.length;
      findings.push(...own);
      forCrossCheck.push({
        reportId,
        agencyId: agency?.agency_id ?? '',
        year: report.year,
        layout: report.layout,
        cells: report.cells,
      });
      reports.push({
        ...sourceColumns(reportId, file, info, bytes, coverage.get(file)),
        agency_id: agency?.agency_id ?? null,
        agency_name: name,
        year: report.year,
        layout: report.layout,
        published,
        title: details.title,
        index_no: details.indexNo,
        // The manifest's word for the format (curated) before the parser's guess.
        source_format: info?.format ?? details.format,
        status: 'ok',
        error: null,
      });
    } catch (error) {
      const reason = reasonOf(error, file);
      failed.push({ file, reason });
      // What the manifest says about the file still tells whose report could not be read.
      const listed = info?.agency ?? null;
      reports.push({
        ...sourceColumns(reportId, file, info, bytes, coverage.get(file)),
        agency_id: (listed && matchAgency(index, [listed])?.agency_id) ?? null,
        agency_name: listed,
        year: null,
        layout: 'unknown',
        published: null,
        title: null,
        index_no: null,
        source_format: info?.format ?? (extname(file).slice(1) || null),
        status: 'failed',
        error: reason,
      });
    }
  }

  for (const f of checkAcrossReports(forCrossCheck)) findings.push(findingRow(f.reportId, f));
  const counts = countBySeverity(findings);
  for (const r of reports) {
    const c = counts.get(r.report_id);
    Object.assign(r, { n_errors: c?.error ?? 0, n_warnings: c?.warning ?? 0, n_info: c?.info ?? 0 });
  }

  writer.append('reports', reports);
  writer.append('agencies', agencies.values());
  writer.append('findings', findings);
  await writer.write(options.outDir, ORDER_BY);
  return {
    rows: { reports: reports.length, agencies: agencies.size, cells: cellCount, findings: findings.length },
    failed,
    reports,
  };
}

/** How many reports are read and parsed ahead of the one being written. */
const READ_AHEAD = 16;

type ReadAndParse = { bytes: Buffer | null } & ({ parsed: ParseResult } | { error: unknown });

async function readAndParse(dir: string, file: string, parse: ParseFn): Promise<ReadAndParse> {
  let bytes: Buffer | null = null;
  try {
    bytes = readFileSync(join(dir, file));
    return { bytes, parsed: await parse(new Uint8Array(bytes), file) };
  } catch (error) {
    return { bytes, error };
  }
}

/** The reports columns every row has, parsed or not. */
function sourceColumns(
  reportId: string,
  file: string,
  info: SourceInfo | undefined,
  bytes: Buffer | null,
  coverage: Coverage | undefined,
) {
  return {
    scope: coverage?.scope ?? null,
    scope_evidence: coverage?.evidence ?? null,
    report_id: reportId,
    source_file: file,
    source_url: info?.url ?? null,
    source_notes: info?.notes ?? null,
    sha256: bytes ? createHash('sha256').update(bytes).digest('hex') : null,
    n_errors: 0,
    n_warnings: 0,
    n_info: 0,
  };
}

/** The error's message without a leading `file: ` (a ParseError already names its source). */
function reasonOf(error: unknown, file: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'listed in manifest.csv but not found';
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

function unknownAgencyFinding(reportId: string, name: string): FindingRow {
  return findingRow(reportId, {
    rule: RULES.unknownAgency.id,
    severity: RULES.unknownAgency.severity,
    message: `发布机关“${name}”不在机构名录（data/agencies.csv）中`,
    message_en: `Agency "${name}" is not in the curated agency list (data/agencies.csv)`,
  });
}
