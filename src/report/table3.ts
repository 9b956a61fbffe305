/**
 * Table 3 (收到和处理政府信息公开申请情况). Survives mangled sources: every row of the region
 * that carries 7 value cells (6 applicant types + 总计) is collected in reading order, then
 * aligned to the template's rows. Rows whose label names a template row are anchors; rows whose
 * label was lost or garbled fill the template rows between two anchors in order, but only when
 * their number is exactly the number of rows between — otherwise nothing is guessed.
 */
import type { Segment } from './blocks';
import { isGroupSubtotal, isSubtotalColumn, labelKey, matchTable3Row } from './labels';
import { parseCellValue } from './normalize';
import { RULES } from './rules';
import { type RegionContent, trimValues } from './segments';
import { missingFinding, type TableResult } from './table-result';
import { type Layout, TABLE3_COLUMNS, t3Id, table3Rows } from './template';

const WIDTH = TABLE3_COLUMNS.length;

interface ValueRow {
  seg: Segment;
  values: string[];
  /** Index into the layout's rows named by the label, or null. */
  named: number | null;
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
    if (!hasValue && !id) continue; // header debris: a row of dashes with no label
    rows.push({ seg, values, named: id ? ids.indexOf(id) : null });
  }
  return rows;
}

export function mapTable3(region: RegionContent | null, layout: Layout): TableResult {
  const defs = table3Rows(layout);
  const ids = defs.map((r) => r.id);
  const rowCells = (i: number) => TABLE3_COLUMNS.map((c) => t3Id(ids[i], c.id));
  if (!region) {
    const all = ids.flatMap((_, i) => rowCells(i));
    return {
      raw: new Map(),
      findings: [missingFinding(all, '未找到表三（收到和处理政府信息公开申请情况）', 'Table 3 not found')],
    };
  }
  const raw = new Map<string, string>();
  const findings: TableResult['findings'] = [];
  const placed: (ValueRow | null)[] = ids.map(() => null);

  // Anchors must come in template order; a label naming an earlier row is a repeat.
  const kept: ValueRow[] = [];
  let last = -1;
  for (const row of collectRows(region, layout, ids)) {
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

  let gap: ValueRow[] = [];
  let prev = -1;
  const closeGap = (next: number) => {
    const slots = next - prev - 1;
    if (gap.length === slots)
      gap.forEach((r, k) => {
        placed[prev + 1 + k] = r;
      });
    else if (gap.length > 0) {
      findings.push(
        missingFinding(
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

  placed.forEach((row, i) => {
    if (row)
      TABLE3_COLUMNS.forEach((c, k) => {
        raw.set(t3Id(ids[i], c.id), row.values[k]);
      });
    else findings.push(missingFinding(rowCells(i), `表三未找到“${defs[i].zh}”行`, `Table 3: row ${ids[i]} not found`));
  });
  recoverStrayTotal(region, placed, ids, raw, findings);
  return { raw, findings };
}

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
