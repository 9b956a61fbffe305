/**
 * Matching printed labels to the template's rows and columns, by the variants template.ts lists.
 * Labels are compared as keys: NFKC, no whitespace, quotes, numbering or list punctuation.
 */
import { normalizeLabel } from './normalize';
import {
  TABLE2_COLUMNS,
  TABLE2_ROWS,
  TABLE4_GROUPS,
  table3Rows,
  type Layout,
} from './template';

export function labelKey(s: string): string {
  return normalizeLabel(s).replace(/[,、;。.]/g, '');
}

interface Keyed {
  id: string;
  keys: string[];
}

const keyed = (items: readonly { id: string; variants: readonly string[] }[]): Keyed[] =>
  items.map((it) => ({ id: it.id, keys: it.variants.map(labelKey) }));

const T2_ROWS = keyed(TABLE2_ROWS);
const T2_COLUMNS = keyed(TABLE2_COLUMNS);
const T3_ROWS: Record<Layout, Keyed[]> = { '2021': keyed(table3Rows('2021')), '2019': keyed(table3Rows('2019')) };
const T4_GROUPS = keyed(TABLE4_GROUPS);

// Prefixes shorter than this (`其他`) match only exactly: `其他法律…` is not `其他`.
const MIN_PREFIX = 4;

/** Exact key match first; else the longest variant the label starts with (wording that continues). */
function matchKey(label: string, items: readonly Keyed[]): string | null {
  const key = labelKey(label);
  if (key === '') return null;
  for (const it of items) if (it.keys.includes(key)) return it.id;
  let best: { id: string; len: number } | null = null;
  for (const it of items) {
    for (const k of it.keys) {
      if (k.length >= MIN_PREFIX && key.startsWith(k) && (!best || k.length > best.len)) best = { id: it.id, len: k.length };
    }
  }
  return best?.id ?? null;
}

/** The row a segment's labels name: the innermost (last) label first, then all labels joined. */
function matchLabels(labels: readonly string[], items: readonly Keyed[]): string | null {
  for (let i = labels.length - 1; i >= 0; i--) {
    const id = matchKey(labels[i], items);
    if (id) return id;
  }
  return labels.length > 1 ? matchKey(labels.join(''), items) : null;
}

export const matchTable2Row = (labels: readonly string[]) => matchLabels(labels, T2_ROWS);
export const matchTable2Column = (label: string) => matchKey(label, T2_COLUMNS);
export const matchTable3Row = (labels: readonly string[], layout: Layout) => matchLabels(labels, T3_ROWS[layout]);

/** A table-4 group named anywhere in a label (`行政诉讼（复议后起诉）`, `复议后起诉`). */
export function findTable4Group(label: string): string | null {
  const key = labelKey(label);
  // Check the lawsuit groups first: `复议后起诉` contains `复议`.
  for (const g of [...T4_GROUPS].reverse()) if (g.keys.some((k) => key.includes(k))) return g.id;
  return null;
}
