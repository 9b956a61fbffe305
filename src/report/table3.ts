/**
 * Table 3 (收到和处理政府信息公开申请情况). Survives mangled sources: every row of the region
 * that carries 7 value cells (6 applicant types + 总计) is collected in reading order, then
 * aligned to the template's rows. Rows whose label names a template row are anchors; rows whose
 * label was lost or garbled fill the template rows between two anchors in order, but only when
 * their number is exactly the number of rows between (an info finding names them) — otherwise
 * they are a row.missing finding. A label one typo away from a template row names it (with a
 * finding), and a 2021 table printing the 2019 single （六）其他处理 row has it read as other.other,
 * its sub-rows reported absent from the report's table.
 */
import type { Segment } from './blocks';
import { closeTable3Row, groupAsRow, isGroupSubtotal, isSubtotalColumn, labelKey, matchTable3Row } from './labels';
import { parseCellValue } from './normalize';
import { RULES } from './rules';
import { type RegionContent, trimValues } from './segments';
import { missingFinding, missingRowFinding, type TableResult } from './table-result';
import { type Layout, OUTCOME_GROUPS, TABLE3_COLUMNS, t3Id, table3Rows } from './template';

const WIDTH = TABLE3_COLUMNS.length;

interface ValueRow {
  seg: Segment;
  values: string[];
  /** Index into the layout's rows named by the label, or null. */
  named: number | null;
  /** How the label named it, where not by the template's wording: a typo, or an older template's group row. */
  by?: { typo: string } | { group: true };
}

/**
 * Where a header names a subtotal column inside 法人或其他组织 (`…其他 | 小计 | 总计`), the index
 * of that column among the value cells: first in the group when it comes before 商业企业, else
 * after 其他. Null when the header names none.
 */
function subtotalColumn(region: RegionContent): number | null {
  const headers = region.segments.filter(
    (s) => s.values.length === 0 || s.labels.some((l) => labelKey(l) === '自然人'),
  );
  const keys = headers.flatMap((s) => s.labels.map(labelKey));
  for (const seg of headers) {
    const at = seg.labels.findIndex((l) => isSubtotalColumn(l, keys));
    if (at < 0) continue;
    const commercial = seg.labels.findIndex((l) => labelKey(l) === '商业企业');
    return commercial > at ? 1 : WIDTH - 1;
  }
  return null;
}

/** Whether any value row of the region names a row of `rowId`'s outcome group by its own label. */
function namesGroupRows(region: RegionContent, layout: Layout, rowId: string): boolean {
  const rows = table3Rows(layout);
  const group = rows.find((r) => r.id === rowId)!.group;
  const siblings = new Set(rows.filter((r) => r.group === group).map((r) => r.id));
  return region.segments.some((s) => {
    if (!s.values.some((v) => parseCellValue(v).kind !== 'blank')) return false; // a header row (`…其他`)
    const id = matchTable3Row(s.labels, layout);
    return id !== null && siblings.has(id);
  });
}

function collectRows(region: RegionContent, layout: Layout, ids: string[]): ValueRow[] {
  const rows: ValueRow[] = [];
  const subtotal = subtotalColumn(region);
  for (const seg of region.segments) {
    let values = trimValues(seg.values, subtotal === null ? WIDTH : WIDTH + 1);
    // The subtotal column is dropped by its header's position, so no value shifts.
    if (subtotal !== null && values.length === WIDTH + 1) values = values.filter((_, k) => k !== subtotal);
    if (values.length !== WIDTH) continue;
    if (isGroupSubtotal(seg.labels, layout)) continue;
    const id = matchTable3Row(seg.labels, layout);
    const hasValue = values.some((v) => parseCellValue(v).kind !== 'blank');
    if (id) {
      rows.push({ seg, values, named: ids.indexOf(id) });
      continue;
    }
    if (!hasValue) continue; // header debris, or a rowspan label between rows
    const group = groupAsRow(seg.labels, layout);
    const close = group ? null : closeTable3Row(seg.labels, layout);
    if (group && !namesGroupRows(region, layout, group))
      rows.push({ seg, values, named: ids.indexOf(group), by: { group: true } });
    else if (close)
      rows.push({ seg, values, named: ids.indexOf(close.id), by: { typo: seg.labels[seg.labels.length - 1] } });
    else rows.push({ seg, values, named: null });
  }
  return rows;
}

export function mapTable3(region: RegionContent | null, layout: Layout): TableResult {
  const defs = table3Rows(layout);
  const ids = defs.map((r) => r.id);
  const rowCells = (i: number) => TABLE3_COLUMNS.map((c) => t3Id(ids[i], c.id));
  const all = () => ids.flatMap((_, i) => rowCells(i));
  if (!region) {
    return {
      raw: new Map(),
      findings: [missingFinding(all(), '未找到表三（收到和处理政府信息公开申请情况）', 'Table 3 not found')],
    };
  }
  const raw = new Map<string, string>();
  const findings: TableResult['findings'] = [];
  const placed: (ValueRow | null)[] = ids.map(() => null);

  // Anchors must come in template order; a label naming an earlier row is a repeat, a typo
  // naming one out of order is no anchor.
  const kept: ValueRow[] = [];
  let last = -1;
  for (const found of collectRows(region, layout, ids)) {
    const row =
      found.by && found.named !== null && found.named <= last ? { ...found, named: null, by: undefined } : found;
    if (row.named !== null && row.named <= last) {
      findings.push({
        rule: RULES.duplicateRow.id,
        severity: RULES.duplicateRow.severity,
        cells: rowCells(row.named),
        message: `表三“${defs[row.named].zh}”行重复出现或次序颠倒，只采用第一次`,
        message_en: `Table 3 row ${ids[row.named]} repeats or is out of order; the first one is used`,
      });
      continue;
    }
    if (row.named !== null) last = row.named;
    kept.push(row);
  }
  // No row named and not one value row per template row: nothing of the table can be placed.
  if (!kept.some((r) => r.named !== null) && kept.length !== ids.length) {
    return {
      raw,
      findings: [
        missingFinding(
          all(),
          `表三未能读取：找到了表题，但没有一行能按标签对应到模板（${kept.length} 行数值）`,
          `Table 3 could not be read: its heading is there, but no row's label matches the template (${kept.length} value rows)`,
        ),
      ],
    };
  }

  let gap: ValueRow[] = [];
  let prev = -1;
  const byOrder: number[] = [];
  const closeGap = (next: number) => {
    const slots = next - prev - 1;
    if (gap.length === slots)
      gap.forEach((r, k) => {
        placed[prev + 1 + k] = r;
        byOrder.push(prev + 1 + k);
      });
    else if (gap.length > 0) {
      findings.push(
        missingRowFinding(
          Array.from({ length: slots }, (_, k) => rowCells(prev + 1 + k)).flat(),
          `表三有 ${gap.length} 行数值无法对应到模板行（此处应有 ${slots} 行）`,
          `Table 3: ${gap.length} value rows cannot be matched to template rows (${slots} expected here)`,
        ),
      );
    }
    gap = [];
  };
  for (const row of kept) {
    if (row.named === null) {
      gap.push(row);
      continue;
    }
    closeGap(row.named);
    placed[row.named] = row;
    prev = row.named;
  }
  closeGap(ids.length);

  // An older template's single group row (（六）其他处理 in a 2021 table): the group's other rows
  // are not in this report's table, which is no reading failure.
  const groupRow = placed.findIndex((r) => r?.by !== undefined && 'group' in r.by);
  const absent =
    groupRow < 0 ? [] : defs.flatMap((d, i) => (d.group === defs[groupRow].group && !placed[i] ? [i] : []));
  placed.forEach((row, i) => {
    if (row)
      TABLE3_COLUMNS.forEach((c, k) => {
        raw.set(t3Id(ids[i], c.id), row.values[k]);
      });
    else if (!absent.includes(i))
      findings.push(missingRowFinding(rowCells(i), `表三未找到“${defs[i].zh}”行`, `Table 3: row ${ids[i]} not found`));
  });
  if (absent.length > 0) {
    const group = defs[groupRow];
    findings.push({
      rule: RULES.absentRow.id,
      severity: RULES.absentRow.severity,
      cells: absent.flatMap(rowCells),
      message: `表三只有一行“${OUTCOME_ZH[group.group!]}”（2019 年版格式），其数值记为“${group.zh}”；本表没有${absent.map((i) => `“${defs[i].zh}”`).join('、')}行，其单元格为空值`,
      message_en: `Table 3 has a single “${OUTCOME_EN[group.group!]}” row (the 2019 form), read as row ${ids[groupRow]}; this report's table has no rows ${absent.map((i) => ids[i]).join(', ')}, their cells are null`,
    });
  }
  for (const [i, row] of placed.entries()) {
    if (row?.by && 'typo' in row.by)
      findings.push({
        rule: RULES.labelVariant.id,
        severity: RULES.labelVariant.severity,
        cells: rowCells(i),
        message: `表三行标签“${row.by.typo}”与模板“${defs[i].zh}”不同（疑为错别字），按该行读取`,
        message_en: `Table 3: the row label “${row.by.typo}” differs from the template's “${defs[i].zh}” (a typo?) and was read as row ${ids[i]}`,
      });
  }
  if (byOrder.length > 0)
    findings.push({
      rule: RULES.rowByOrder.id,
      severity: RULES.rowByOrder.severity,
      cells: byOrder.flatMap(rowCells),
      message: `表三 ${byOrder.length} 行的标签无法识别，按其在已识别行之间的次序读作：${byOrder.map((i) => `“${defs[i].zh}”`).join('、')}`,
      message_en: `Table 3: ${byOrder.length} rows with unrecognised labels were placed by their order between recognised rows as: ${byOrder.map((i) => ids[i]).join(', ')}`,
    });
  recoverStrayTotal(region, placed, ids, raw, findings);
  return { raw, findings };
}

const OUTCOME_ZH = Object.fromEntries(OUTCOME_GROUPS.map((g) => [g.id, g.zh]));
const OUTCOME_EN = Object.fromEntries(OUTCOME_GROUPS.map((g) => [g.id, g.en]));

function numberOf(raw: string): number | null {
  const v = parseCellValue(raw);
  return v.kind === 'number' ? v.value : null;
}

/**
 * A PDF converter can pull one 总计 value out of its row, leaving it as a lone number elsewhere in
 * the table (003.md). When exactly one placed row lacks only its 总计 and exactly one lone number
 * floats in the table, and that number is the row's sum, it is that cell.
 */
function recoverStrayTotal(
  region: RegionContent,
  placed: (ValueRow | null)[],
  ids: string[],
  raw: Map<string, string>,
  findings: TableResult['findings'],
): void {
  if (region.strays.length !== 1) return;
  const lacking = placed
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => {
      if (!row) return false;
      return (
        parseCellValue(row.values[WIDTH - 1]).kind === 'blank' &&
        row.values.slice(0, WIDTH - 1).every((v) => numberOf(v) !== null)
      );
    });
  if (lacking.length !== 1) return;
  const { row, i } = lacking[0];
  const sum = row!.values.slice(0, WIDTH - 1).reduce((s, v) => s + (numberOf(v) ?? 0), 0);
  const stray = region.strays[0];
  if (numberOf(stray.raw) !== sum) return;
  const id = t3Id(ids[i], 'total');
  raw.set(id, stray.raw);
  findings.push({
    rule: RULES.recoveredCell.id,
    severity: RULES.recoveredCell.severity,
    cells: [id],
    message: `表三该行“总计”为空，表中游离的数值 ${stray.raw} 等于该行之和，归为该格`,
    message_en: `Table 3: this row's total is empty; the stray value ${stray.raw} elsewhere in the table equals the row sum and is taken as that cell`,
  });
}
