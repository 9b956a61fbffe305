/**
 * Table 2 (主动公开政府信息情况): rows by label, columns by the header row when it names them,
 * else in the template's column order for that row.
 */
import { isTable2Corner, matchTable2Column, matchTable2Row } from './labels';
import { RULES } from './rules';
import { type RegionContent, trimValues } from './segments';
import { missingFinding, missingRowFinding, type TableResult } from './table-result';
import { type Layout, TABLE2_CELLS, TABLE2_COLUMNS, TABLE2_ROWS, t2Id } from './template';

const columnZh = (id: string) => TABLE2_COLUMNS.find((c) => c.id === id)?.zh ?? id;

function columnsOf(row: string, layout: Layout): string[] {
  return TABLE2_CELLS.filter((c) => c.row === row && c.layouts.includes(layout)).map((c) => c.column);
}

/** A printed column header and the template column it names (null: none, e.g. `2019年项目数量`). */
interface HeaderCell {
  label: string;
  column: string | null;
}

/**
 * The columns a header row names. After the corner cell `信息内容`, a row without values is all
 * header, so columns the template lacks keep their place (as null) and no value is shifted into
 * their neighbour's column; elsewhere only the cells naming a template column count.
 */
function headerOf(labels: readonly string[], hasValues: boolean): HeaderCell[] | null {
  const cells = labels.map((label) => ({ label, column: matchTable2Column(label) }));
  const corner = labels.findIndex(isTable2Corner);
  if (!hasValues && corner >= 0 && corner < labels.length - 1) return cells.slice(corner + 1);
  const named = cells.filter((c) => c.column !== null);
  return named.length > 0 ? named : null;
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
  let header: HeaderCell[] = [];
  for (const seg of region.segments) {
    header = headerOf(seg.labels, seg.values.length > 0) ?? header;
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
    // A misprinted header cell (`本年废止件`) in the place of a template column is that column.
    const rowHeader =
      header.length === columns.length && header.every((h, i) => h.column === null || h.column === columns[i])
        ? header.map((h, i) => ({ label: h.label, column: columns[i] }))
        : header;
    // A header as long as the row places its values by the columns it names, in its own order. It
    // may name columns this layout lacks (a 2019 table 2 in a 2021 report, Fujian's `2019年项目数量`):
    // only the template's are placed. A column of the row it does not name is not in this table.
    if (rowHeader.length === values.length) {
      const placed = rowHeader.map((h, i) => ({ ...h, value: values[i] }));
      const kept = placed.filter((h) => h.column !== null && columns.includes(h.column));
      kept.forEach((h) => {
        raw.set(t2Id(`${row}.${h.column}`), h.value);
      });
      const dropped = placed.filter((h) => !kept.includes(h));
      const left = columns.filter((c) => !kept.some((h) => h.column === c));
      const droppedZh = dropped.map((h) => `“${h.label}”列的 ${h.value}`).join('、');
      const droppedEn = dropped.map((h) => `"${h.label}" ${h.value}`).join(', ');
      if (left.length > 0) {
        findings.push(
          missingRowFinding(
            left.map((c) => t2Id(`${row}.${c}`)),
            `表二“${rowZh}”行的表头为（${rowHeader.map((h) => h.label).join('、')}）：${dropped.length > 0 ? `${droppedZh}不是 ${layout} 年版模板的列，未采用；` : ''}本表没有模板的列：${left.map(columnZh).join('、')}（为空值，不是填报的空白）`,
            `Table 2 row ${row} is headed (${rowHeader.map((h) => h.label).join(', ')}): ${dropped.length > 0 ? `${droppedEn} is not a column of the ${layout} template and is not used; ` : ''}this table has no column ${left.join(', ')} (null, not a blank left by the publisher)`,
          ),
        );
      }
      continue;
    }
    if (values.length !== columns.length) {
      findings.push(
        missingRowFinding(
          columns.map((c) => t2Id(`${row}.${c}`)),
          `表二“${rowZh}”行有 ${values.length} 个数值，应为 ${columns.length} 个，无法对应到列`,
          `Table 2 row ${row} has ${values.length} values where ${columns.length} are expected; not mapped`,
        ),
      );
      continue;
    }
    columns.forEach((c, i) => {
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
