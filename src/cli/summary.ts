/**
 * The readable per-file summary of `npm run parse` (without --json): metadata, tables 2-4 as
 * aligned text with blank cells left blank, then the findings.
 */
import {
  type Layout,
  OUTCOME_GROUPS,
  TABLE2_CELLS,
  TABLE2_COLUMNS,
  TABLE2_ROWS,
  TABLE3_COLUMNS,
  TABLE4_FIELDS,
  TABLE4_GROUPS,
  type Table3Row,
  t2Id,
  t3Id,
  t4Id,
  table3Rows,
} from '../report/template';
import type { ParseResult } from '../report/types';

/** Terminal width of a string: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

const pad = (s: string, w: number, right = false) =>
  right ? ' '.repeat(w - width(s)) + s : s + ' '.repeat(w - width(s));

/** Rows of text cells → aligned lines; the first column left-aligned, numbers right-aligned. */
export function alignTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  return rows.map((r) =>
    r
      .map((cell, c) => pad(cell, widths[c], c > 0))
      .join('  ')
      .trimEnd(),
  );
}

const show = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** One line per table-2 row: its label, then each of its columns as `column value` (blank left blank). */
function table2(layout: Layout, cells: Record<string, number | null>): string[] {
  const rows: string[][] = [];
  for (const row of TABLE2_ROWS) {
    const defs = TABLE2_CELLS.filter((c) => c.row === row.id && c.layouts.includes(layout));
    if (defs.length === 0) continue;
    rows.push([
      row.zh,
      ...defs.flatMap((d) => [TABLE2_COLUMNS.find((c) => c.id === d.column)!.zh, show(cells[t2Id(d.id)])]),
    ]);
  }
  const width = Math.max(...rows.map((r) => r.length));
  return alignTable(rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')])).map((l) => `  ${l}`);
}

/** `不予公开·属于国家秘密`, `（七）总计`: the row's own label is ambiguous without its group. */
function rowName(r: Table3Row): string {
  if (r.id === 'total_handled') return `（七）${r.zh}`;
  const group = OUTCOME_GROUPS.find((g) => g.id === r.group && g.id !== r.id);
  const name = group ? `${group.zh}·${r.zh}` : r.zh;
  return name.length > 16 ? `${name.slice(0, 15)}…` : name;
}

function table3(layout: Layout, cells: Record<string, number | null>): string[] {
  const header = ['', ...TABLE3_COLUMNS.map((c) => c.zh)];
  const body = table3Rows(layout).map((r) => [rowName(r), ...TABLE3_COLUMNS.map((c) => show(cells[t3Id(r.id, c.id)]))]);
  return alignTable([header, ...body]).map((l) => `  ${l}`);
}

function table4(cells: Record<string, number | null>): string[] {
  const header = ['', ...TABLE4_FIELDS.map((f) => f.zh)];
  const body = TABLE4_GROUPS.map((g) => [g.zh, ...TABLE4_FIELDS.map((f) => show(cells[t4Id(g.id, f.id)]))]);
  return alignTable([header, ...body]).map((l) => `  ${l}`);
}

export function formatSummary({ report, details }: ParseResult): string {
  const lines = [
    `== ${report.source}`,
    `机关 agency: ${report.agency ?? '（未识别）'}${report.agency_aliases ? `（亦作 ${report.agency_aliases.join('、')}）` : ''}`,
    `年度 year: ${report.year ?? '（未识别）'} · 发布 published: ${report.published ?? '（未注明）'} · 格式 layout: ${report.layout}`,
    `标题 title: ${details.title ?? '（未识别）'} · 索引号: ${details.indexNo ?? '—'} · ${details.format}, ${details.encoding}`,
  ];
  if (report.layout !== 'unknown') {
    lines.push('表二 主动公开政府信息情况', ...table2(report.layout, report.cells));
    lines.push('表三 收到和处理政府信息公开申请情况', ...table3(report.layout, report.cells));
    lines.push('表四 行政复议、行政诉讼情况', ...table4(report.cells));
  }
  lines.push(`发现 findings: ${report.findings.length}`);
  for (const f of report.findings) lines.push(`  [${f.severity}] ${f.rule}: ${f.message}`);
  return lines.join('\n');
}
