/**
 * One Excel workbook for leaders (exceljs, loaded only when asked for): a summary sheet with one
 * row per report (key figures, counts of findings) and one 整改清单 sheet per agency listing what
 * its reports got wrong, each finding with its rule and cells.
 */
import type { Workbook } from 'exceljs';
import { cellLabel } from '../report/template';
import type { Finding, Severity } from '../report/types';
import type { Lang } from '../url/state';

export interface WorkbookReport {
  reportId: string;
  agency: string;
  year: number | null;
  published: string | null;
  cells: Record<string, number | null>;
  findings: readonly Finding[];
}

/** The figures of the summary sheet (template cells; a blank cell stays blank, never 0). */
export const SUMMARY_CELLS = [
  't3.new_received.total',
  't3.total_handled.total',
  't3.granted.total',
  't3.carried_forward.total',
  't2.licensing.decisions',
  't4.review.total',
  't4.suit_direct.total',
] as const;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const TEXT = {
  zh: {
    summary: '汇总',
    fixList: '整改清单',
    agency: '机关',
    year: '年度',
    report: '年报编号',
    published: '发布日期',
    error: '错误',
    warning: '警告',
    info: '提示',
    severity: '严重程度',
    rule: '规则',
    message: '问题',
    cells: '单元格',
    expected: '应为',
    found: '实为',
    none: '未发现问题',
  },
  en: {
    summary: 'Summary',
    fixList: 'Fix list',
    agency: 'Agency',
    year: 'Year',
    report: 'Report id',
    published: 'Published',
    error: 'Errors',
    warning: 'Warnings',
    info: 'Notes',
    severity: 'Severity',
    rule: 'Rule',
    message: 'Problem',
    cells: 'Cells',
    expected: 'Expected',
    found: 'Found',
    none: 'No problems found',
  },
} as const;

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique (case-insensitive). */
export function sheetName(base: string, taken: Set<string>): string {
  const clean = base.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
  let name = clean;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${clean.slice(0, 31 - `(${n})`.length)}(${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** Fills `book` (an exceljs Workbook) with the summary and one fix-list sheet per agency. */
export function fillWorkbook(book: Workbook, reports: readonly WorkbookReport[], lang: Lang): void {
  const tx = TEXT[lang];
  const taken = new Set<string>();
  const summary = book.addWorksheet(sheetName(tx.summary, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
  summary.addRow([
    tx.agency,
    tx.year,
    tx.report,
    tx.published,
    ...SUMMARY_CELLS.map((c) => cellLabel(c, lang)),
    tx.error,
    tx.warning,
    tx.info,
  ]).font = { bold: true };
  const sorted = [...reports].sort(
    (a, b) =>
      a.agency.localeCompare(b.agency, 'zh') || (a.year ?? 0) - (b.year ?? 0) || a.reportId.localeCompare(b.reportId),
  );
  for (const r of sorted) {
    summary.addRow([
      r.agency,
      r.year,
      r.reportId,
      r.published,
      ...SUMMARY_CELLS.map((c) => r.cells[c] ?? null),
      ...SEVERITIES.map((s) => r.findings.filter((f) => f.severity === s).length),
    ]);
  }
  summary.columns.forEach((col, i) => {
    col.width = i === 0 ? 32 : i === 2 ? 24 : 12;
  });

  const byAgency = new Map<string, WorkbookReport[]>();
  for (const r of sorted) byAgency.set(r.agency, [...(byAgency.get(r.agency) ?? []), r]);
  for (const [agency, agencyReports] of byAgency) {
    const sheet = book.addWorksheet(sheetName(`${tx.fixList}-${agency}`, taken));
    sheet.addRow([agency]).font = { bold: true, size: 14 };
    sheet.addRow([tx.year, tx.report, tx.severity, tx.rule, tx.message, tx.cells, tx.expected, tx.found]).font = {
      bold: true,
    };
    for (const r of agencyReports) {
      const findings = [...r.findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
      if (findings.length === 0) sheet.addRow([r.year, r.reportId, '', '', tx.none]);
      for (const f of findings) {
        sheet.addRow([
          r.year,
          r.reportId,
          tx[f.severity],
          f.rule,
          lang === 'zh' ? f.message : (f.message_en ?? f.message),
          (f.cells ?? []).map((c) => `${cellLabel(c, lang)} (${c})`).join('; '),
          f.expected ?? null,
          f.found ?? null,
        ]);
      }
    }
    sheet.columns.forEach((col, i) => {
      col.width = [8, 24, 10, 22, 60, 40, 10, 10][i];
    });
    sheet.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
  }
}

/** The workbook as .xlsx bytes; exceljs is loaded here, on first use. */
export async function workbookBytes(reports: readonly WorkbookReport[], lang: Lang): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Disclosure Atlas';
  fillWorkbook(book, reports, lang);
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
