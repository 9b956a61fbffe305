/**
 * The roster (pure): the agencies a supervisor expects a report from, read from a CSV
 * (name, region, parent, due date) with every bad row named and the rest kept, and the coverage
 * of a year: who published, who is missing, who was late, whose report fails checks.
 *
 * Default due dates follow 《中华人民共和国政府信息公开条例》(2019) 第四十九条 (docs/roster.md):
 * departments of people's governments at county level and above by 1月31日, the governments
 * themselves by 3月31日, of the year after the report's year.
 */
import { splitCsv } from '../dataset/readCsv';

export type DueSource = 'csv' | 'government' | 'department';

export interface RosterEntry {
  name: string;
  region: string | null;
  parent: string | null;
  /** Month and day the year's report is due by, in the following year: `MM-DD`. */
  due: string;
  dueSource: DueSource;
}

export interface RosterProblem {
  /** Line of the CSV (1 = the header). */
  line: number;
  zh: string;
  en: string;
}

/** 第四十九条: a people's government (name ending 人民政府) by 3月31日, its departments by 1月31日. */
export function defaultDue(name: string): { due: string; dueSource: DueSource } {
  return /人民政府$/.test(name.trim())
    ? { due: '03-31', dueSource: 'government' }
    : { due: '01-31', dueSource: 'department' };
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `1-31`, `01-31`, `1月31日` or a full date `2025-01-31` (its month and day) → `01-31`; null when not a date. */
export function parseDue(text: string): string | null {
  const t = text.trim();
  const m = /^(?:\d{4}[-/.])?(\d{1,2})[-/.](\d{1,2})$/.exec(t) ?? /^(?:\d{4}年)?(\d{1,2})月(\d{1,2})日?$/.exec(t);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) return null;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const COLUMNS = {
  name: ['name', '名称', '机关', '机关名称', '单位'],
  region: ['region', '地区', '区域'],
  parent: ['parent', '上级', '上级机关'],
  due: ['due', 'due_date', 'due date', '截止日期', '报送期限', '公布期限'],
} as const;

const norm = (s: string) => s.replace(/\s+/g, '');

/** Reads a roster CSV: good rows kept, each bad one named with its line and the reason. */
export function parseRoster(text: string): { entries: RosterEntry[]; problems: RosterProblem[] } {
  const [header = [], ...rows] = splitCsv(text.replace(/^\uFEFF/, ''));
  const heads = header.map((h) => h.trim().toLowerCase());
  const col = (names: readonly string[]) => heads.findIndex((h) => names.includes(h));
  const at = {
    name: col(COLUMNS.name),
    region: col(COLUMNS.region),
    parent: col(COLUMNS.parent),
    due: col(COLUMNS.due),
  };
  if (at.name < 0) {
    return {
      entries: [],
      problems: [{ line: 1, zh: '表头中没有“name/名称”列', en: 'The header has no “name” column' }],
    };
  }
  const entries: RosterEntry[] = [];
  const problems: RosterProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((fields, i) => {
    const line = i + 2;
    const field = (j: number) => (j >= 0 ? (fields[j] ?? '').trim() : '');
    if (fields.length > header.length) {
      problems.push({
        line,
        zh: `有 ${fields.length} 列，表头只有 ${header.length} 列`,
        en: `${fields.length} fields, the header has ${header.length}`,
      });
      return;
    }
    const name = field(at.name);
    if (!name) {
      problems.push({ line, zh: '机关名称为空', en: 'The agency name is empty' });
      return;
    }
    if (seen.has(norm(name))) {
      problems.push({ line, zh: `${name} 重复出现，只保留第一行`, en: `${name} appears again; the first row is kept` });
      return;
    }
    const dueText = field(at.due);
    const due = dueText ? parseDue(dueText) : null;
    if (dueText && !due) {
      problems.push({
        line,
        zh: `截止日期“${dueText}”无法识别（应为 1月31日 或 01-31）`,
        en: `Due date “${dueText}” not understood (use 01-31 or 1月31日)`,
      });
      return;
    }
    seen.add(norm(name));
    entries.push({
      name,
      region: field(at.region) || null,
      parent: field(at.parent) || null,
      ...(due ? { due, dueSource: 'csv' as const } : defaultDue(name)),
    });
  });
  return { entries, problems };
}

/** A report of the loaded data (dataset and the user's counted reports) as coverage needs it. */
export interface CoverageReport {
  report_id: string;
  names: string[];
  year: number;
  published: string | null;
  n_errors: number;
}

export type CoverageStatus = 'onTime' | 'late' | 'dateUnknown' | 'missing';

export interface CoverageRow {
  entry: RosterEntry;
  status: CoverageStatus;
  report: CoverageReport | null;
  /** `YYYY-MM-DD`: the due date for this year's report. */
  dueDate: string;
  daysLate: number | null;
  failedChecks: boolean;
}

const DAY_MS = 86_400_000;

/** Each roster agency's report of `year` (matched by name, short name or alias, spaces ignored) and its status. */
export function coverage(
  entries: readonly RosterEntry[],
  reports: readonly CoverageReport[],
  year: number,
): CoverageRow[] {
  const byName = new Map<string, CoverageReport>();
  for (const r of reports) {
    if (r.year !== year) continue;
    for (const n of r.names) if (!byName.has(norm(n))) byName.set(norm(n), r);
  }
  return entries.map((entry) => {
    const dueDate = `${year + 1}-${entry.due}`;
    const report = byName.get(norm(entry.name)) ?? null;
    if (!report) return { entry, status: 'missing', report, dueDate, daysLate: null, failedChecks: false };
    const failedChecks = report.n_errors > 0;
    if (!report.published) return { entry, status: 'dateUnknown', report, dueDate, daysLate: null, failedChecks };
    const daysLate = Math.round((Date.parse(report.published) - Date.parse(dueDate)) / DAY_MS);
    return { entry, status: daysLate > 0 ? 'late' : 'onTime', report, dueDate, daysLate, failedChecks };
  });
}

/** Counts per status, plus reports failing checks. */
export function coverageCounts(rows: readonly CoverageRow[]): Record<CoverageStatus | 'failedChecks', number> {
  const counts = { onTime: 0, late: 0, dateUnknown: 0, missing: 0, failedChecks: 0 };
  for (const r of rows) {
    counts[r.status]++;
    if (r.failedChecks) counts.failedChecks++;
  }
  return counts;
}
