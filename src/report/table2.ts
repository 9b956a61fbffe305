/**
 * Table 2 (主动公开政府信息情况): rows by label, columns by the header row when it names them,
 * else in the template's column order for that row.
 */
import { matchTable2Column, matchTable2Row } from './labels';
import { RULES } from './rules';
import { type RegionContent, trimValues } from './segments';
import { missingFinding, missingRowFinding, type TableResult } from './table-result';
import { type Layout, TABLE2_CELLS, TABLE2_COLUMNS, TABLE2_ROWS, t2Id } from './template';

const columnZh = (id: string) => TABLE2_COLUMNS.find((c) => c.id === id)?.zh ?? id;

function columnsOf(row: string, layout: Layout): string[] {
  return TABLE2_CELLS.filter((c) => c.row === row && c.layouts.includes(layout)).map((c) => c.column);
}

export function mapTable2(region: RegionContent | null, layout: Layout): TableResult {
  if (!region) {
    const all = TABLE2_CELLS.filter((c) => c.layouts.includes(layout)).map((c) => t2Id(c.id));
    return {
      raw: new Map(),
      findings: [missingFinding(all, '未找到表二（主动公开政府信息情况）', 'Table 2 not found')],
    };
  }
  const raw = new Map<string, string>();
  const findings: TableResult['findings'] = [];
  const seen = new Set<string>();
  const floating = [...region.strays];
  let header: string[] = [];
  for (const seg of region.segments) {
    const named = seg.labels.map(matchTable2Column).filter((c): c is string => c !== null);
    if (named.length > 0) header = named;
    const row = matchTable2Row(seg.labels);
    if (!row || seg.values.length === 0) continue;
    const columns = columnsOf(row, layout);
    if (columns.length === 0) continue;
    const rowZh = TABLE2_ROWS.find((r) => r.id === row)!.zh;
    if (seen.has(row)) {
      findings.push({
        rule: RULES.duplicateRow.id,
        severity: RULES.duplicateRow.severity,
        cells: columns.map((c) => t2Id(`${row}.${c}`)),
        message: `表二“${rowZh}”行出现多次，只采用第一次`,
        message_en: `Table 2 row ${row} appears more than once; the first one is used`,
      });
      continue;
    }
    seen.add(row);
    // A one-value row read from lines is not a floating cell.
    const own = floating.findIndex((f) => f.at === seg.at);
    if (own >= 0) floating.splice(own, 1);
    let values = trimValues(seg.values, columns.length);
    // A PDF converter drops a multi-line cell (`22（其中修订16件）`) out of its row, leaving the
    // number floating above: a 3-column row short of one cell takes it as its middle cell.
    if (
      values.length === columns.length - 1 &&
      columns.length === 3 &&
      floating.length > 0 &&
      floating[0].at < seg.at
    ) {
      const f = floating.shift()!;
      values = [values[0], f.raw, values[1]];
      const id = t2Id(`${row}.${columns[1]}`);
      findings.push({
        rule: RULES.recoveredCell.id,
        severity: RULES.recoveredCell.severity,
        cells: [id],
        message: `表二“${rowZh}”行少一格，取其上方游离的数值 ${f.raw} 作为第二列`,
        message_en: `Table 2 row ${row} is one cell short; the stray value ${f.raw} above it is taken as its middle cell`,
      });
    }
    // A header naming another layout's columns (a 2019 table 2 in a 2021 report) places only
    // the columns this layout shares; the template's order would shift its values.
    if (header.length === values.length && header.some((c) => !columns.includes(c))) {
      const shared = header.map((c, i) => [c, values[i]] as const).filter(([c]) => columns.includes(c));
      shared.forEach(([c, v]) => {
        raw.set(t2Id(`${row}.${c}`), v);
      });
      const left = columns.filter((c) => !shared.some(([s]) => s === c));
      if (left.length > 0) {
        findings.push(
          missingRowFinding(
            left.map((c) => t2Id(`${row}.${c}`)),
            `表二“${rowZh}”行的列（${header.map(columnZh).join('、')}）不是 ${layout} 年版模板的列，未读取：${left.map(columnZh).join('、')}`,
            `Table 2 row ${row} has the columns of another template (${header.join(', ')}); not read: ${left.join(', ')}`,
          ),
        );
      }
      continue;
    }
    const order = header.length === values.length && header.every((c) => columns.includes(c)) ? header : columns;
    if (values.length !== order.length) {
      findings.push(
        missingRowFinding(
          columns.map((c) => t2Id(`${row}.${c}`)),
          `表二“${rowZh}”行有 ${values.length} 个数值，应为 ${order.length} 个，无法对应到列`,
          `Table 2 row ${row} has ${values.length} values where ${order.length} are expected; not mapped`,
        ),
      );
      continue;
    }
    order.forEach((c, i) => {
      raw.set(t2Id(`${row}.${c}`), values[i]);
    });
  }
  for (const r of TABLE2_ROWS) {
    const columns = columnsOf(r.id, layout);
    if (columns.length === 0 || seen.has(r.id)) continue;
    findings.push(
      missingRowFinding(
        columns.map((c) => t2Id(`${r.id}.${c}`)),
        `表二未找到“${r.zh}”行`,
        `Table 2: row ${r.id} not found`,
      ),
    );
  }
  return { raw, findings };
}
