/**
 * Table 4 (行政复议、行政诉讼): 15 values in group order (review, suit_direct, suit_after_review)
 * × (upheld, corrected, other, pending, total) — on one row, in three 5-value rows (each group
 * named by its heading or label, else in order), or spread over lines.
 */
import type { Segment } from './blocks';
import { findTable4Group } from './labels';
import { parseCellValue } from './normalize';
import { RULES } from './rules';
import { type RegionContent, trimValues } from './segments';
import { missingFinding, type TableResult } from './table-result';
import { TABLE4_FIELDS, TABLE4_GROUPS, t4Id } from './template';

const PER_GROUP = TABLE4_FIELDS.length;
const ALL = TABLE4_GROUPS.length * PER_GROUP;

function allIds(): string[] {
  return TABLE4_GROUPS.flatMap((g) => TABLE4_FIELDS.map((f) => t4Id(g.id, f.id)));
}

function nonEmpty(values: string[]): boolean {
  return values.some((v) => parseCellValue(v).kind !== 'blank');
}

/** The group a 5-value row belongs to: named in its own labels, else in a heading since the previous row. */
function groupOf(row: Segment, region: RegionContent, after: number): string | null {
  const own = row.labels.map(findTable4Group).find((g) => g !== null);
  if (own) return own;
  const headings = region.notes.filter((n) => n.at > after && n.at < row.at).map((n) => findTable4Group(n.text));
  return headings.reverse().find((g) => g !== null) ?? null;
}

export function mapTable4(region: RegionContent | null): TableResult {
  const ids = allIds();
  const fail = (zh: string, en: string): TableResult => ({ raw: new Map(), findings: [missingFinding(ids, zh, en)] });
  if (!region) return fail('未找到表四（行政复议、行政诉讼情况）', 'Table 4 not found');
  const rows = region.segments
    .map((s) => ({ ...s, values: trimValues(s.values, ALL) }))
    .filter((s) => nonEmpty(s.values) || s.values.length === ALL);

  const full = rows.filter((r) => r.values.length === ALL);
  if (full.length > 0) {
    const findings: TableResult['findings'] =
      full.length === 1
        ? []
        : [
            {
              rule: RULES.duplicateRow.id,
              severity: RULES.duplicateRow.severity,
              cells: ids,
              message: `表四的数值行出现 ${full.length} 次，只采用第一次`,
              message_en: `Table 4's value row appears ${full.length} times; the first one is used`,
            },
          ];
    return { raw: new Map(ids.map((id, i) => [id, full[0].values[i]])), findings };
  }

  const groups = rows.filter((r) => trimValues(r.values, PER_GROUP).length === PER_GROUP);
  if (groups.length === TABLE4_GROUPS.length) {
    const named = groups.map((r, k) => groupOf(r, region, groups[k - 1]?.at ?? -1));
    const byName = named.every((g) => g !== null) && new Set(named).size === groups.length;
    const order = byName ? named : TABLE4_GROUPS.map((g) => g.id);
    const raw = new Map<string, string>();
    groups.forEach((r, k) => {
      TABLE4_FIELDS.forEach((f, i) => {
        raw.set(t4Id(order[k]!, f.id), r.values[i]);
      });
    });
    const findings: TableResult['findings'] = byName
      ? []
      : [
          {
            rule: RULES.rowByOrder.id,
            severity: RULES.rowByOrder.severity,
            cells: ids,
            message: `表四的三组数值未都标明所属，按次序读作${TABLE4_GROUPS.map((g) => `“${g.zh}”`).join('、')}`,
            message_en: `Table 4: its three value rows do not all name their group; read in order as ${TABLE4_GROUPS.map((g) => g.id).join(', ')}`,
          },
        ];
    return { raw, findings };
  }

  const spread = rows.flatMap((r) => r.values);
  if (spread.length === ALL) return { raw: new Map(ids.map((id, i) => [id, spread[i]])), findings: [] };
  return fail(
    `表四应有 15 个数值，找到 ${spread.length} 个，无法对应`,
    `Table 4 should have 15 values; found ${spread.length}, which cannot be mapped`,
  );
}
