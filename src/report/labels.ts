/**
 * Matching printed labels to the template's rows and columns, by the variants template.ts lists.
 * Labels are compared as keys: NFKC, no whitespace, quotes, numbering or list punctuation.
 */
import { normalizeLabel } from './normalize';
import { type Layout, OUTCOME_GROUPS, TABLE2_COLUMNS, TABLE2_ROWS, TABLE4_GROUPS, table3Rows } from './template';

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
/**
 * Table-3 rows of a layout. A group's own name (`其他处理`) names a row only where the group is
 * that one row (layout 2019's (六)其他处理); in layout 2021 it heads three rows and names none.
 */
function table3Keys(layout: Layout): Keyed[] {
  const rows = table3Rows(layout);
  const groupKeys = OUTCOME_GROUPS.filter((g) => rows.filter((r) => r.group === g.id).length > 1).map((g) =>
    labelKey(g.zh),
  );
  return keyed(rows).map((r) => ({ id: r.id, keys: r.keys.filter((k) => !groupKeys.includes(k)) }));
}

const T3_ROWS: Record<Layout, Keyed[]> = { '2021': table3Keys('2021'), '2019': table3Keys('2019') };
const T4_GROUPS = keyed(TABLE4_GROUPS);

// Prefixes shorter than this (`其他`) match only exactly: `其他法律…` is not `其他`.
const MIN_PREFIX = 4;

function exactMatch(key: string, items: readonly Keyed[]): string | null {
  for (const it of items) if (it.keys.includes(key)) return it.id;
  return null;
}

/** The longest variant the key starts with (or, with `within`, holds anywhere). */
function longestMatch(key: string, items: readonly Keyed[], within = false): string | null {
  let best: { id: string; len: number } | null = null;
  for (const it of items) {
    for (const k of it.keys) {
      const found = within ? key.includes(k) : key.startsWith(k);
      if (k.length >= MIN_PREFIX && found && (!best || k.length > best.len)) best = { id: it.id, len: k.length };
    }
  }
  return best?.id ?? null;
}

/** Wording that continues: `行政许可（第二十条…）`. */
const prefixMatch = (key: string, items: readonly Keyed[]) => longestMatch(key, items);

function matchKey(label: string, items: readonly Keyed[]): string | null {
  const key = labelKey(label);
  return key === '' ? null : (exactMatch(key, items) ?? prefixMatch(key, items));
}

// Table-3 group words written in the same cell as the row: `三、本年度办理结果（一）予以公开`,
// `（三）不予公开 1.属于国家秘密`.
const OUTCOMES_PREFIX = /^本年度办理结果/;
const GROUP_PREFIX = new RegExp(`^(?:${OUTCOME_GROUPS.map((g) => g.zh).join('|')})\\d*`);

/**
 * A cell's key, then the same without each layer of group words before the row's own words
 * (`三、本年度办理结果(五)不予处理5.要求…` → `(五)不予处理5.要求…` → `要求…`), however numbered.
 */
function keyStages(label: string): string[] {
  const stages = [labelKey(label)];
  for (;;) {
    const last = stages[stages.length - 1];
    const next = labelKey(last.replace(OUTCOMES_PREFIX, '').replace(GROUP_PREFIX, ''));
    if (next === last || next === '') return stages;
    stages.push(next);
  }
}

/** One cell: exact wording first (with or without its group words), then wording that continues. */
function matchCell(label: string, items: readonly Keyed[]): string | null {
  const keys = keyStages(label);
  for (const k of keys) {
    const id = exactMatch(k, items);
    if (id) return id;
  }
  for (const k of keys.reverse()) {
    const id = prefixMatch(k, items);
    if (id) return id;
  }
  return null;
}

/** The row a segment's labels name: the innermost (last) label first, then all labels joined. */
function matchLabels(labels: readonly string[], items: readonly Keyed[]): string | null {
  for (let i = labels.length - 1; i >= 0; i--) {
    const id = matchCell(labels[i], items);
    if (id) return id;
  }
  return labels.length > 1 ? matchKey(labels.join(''), items) : null;
}

const SUBTOTAL_WORDS = new Set(['合计', '小计', '总计']);

/**
 * A 合计/小计 row closing an outcome group of several rows (`（三）不予公开 | 合计`): a sum some
 * sites add, not a template row — whereas `（七）总计` and a bare 合计 row are (七)总计.
 */
export function isGroupSubtotal(labels: readonly string[], layout: Layout): boolean {
  if (labels.length < 2 || !SUBTOTAL_WORDS.has(labelKey(labels[labels.length - 1]))) return false;
  const rows = table3Rows(layout);
  const multiRow = OUTCOME_GROUPS.filter((g) => rows.filter((r) => r.group === g.id).length > 1);
  return labels.slice(0, -1).some((l) => multiRow.some((g) => labelKey(l).includes(g.zh)));
}

/** A subtotal column of 法人或其他组织 in table 3's header (`小计`, or `合计` beside a `总计`). */
export function isSubtotalColumn(label: string, headerKeys: readonly string[]): boolean {
  const key = labelKey(label);
  return key === '小计' || (key === '合计' && headerKeys.includes('总计'));
}

/** Levenshtein distance, for typos in printed labels. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

// A typo may change at most a quarter of a label (`其他法律行政止公开` for `其他法律行政法规禁止公开`).
const TYPO_SHARE = 0.25;
const MIN_TYPO_KEY = 6;

/**
 * A table-3 row whose innermost label is a misspelling of exactly one template row's wording
 * (the closest, by a clear margin): the row and the template wording, for a finding.
 */
export function closeTable3Row(labels: readonly string[], layout: Layout): { id: string; wording: string } | null {
  if (labels.length === 0) return null;
  const key = keyStages(labels[labels.length - 1]).pop()!;
  if (key.length < MIN_TYPO_KEY) return null;
  const scored = T3_ROWS[layout]
    .flatMap((r) => r.keys.map((k) => ({ id: r.id, wording: k, d: editDistance(key, k) })))
    .filter(
      (c) => c.wording.length >= MIN_TYPO_KEY && c.d <= Math.floor(TYPO_SHARE * Math.max(key.length, c.wording.length)),
    )
    .sort((a, b) => a.d - b.d);
  if (scored.length === 0) return null;
  const rival = scored.find((c) => c.id !== scored[0].id);
  return rival && rival.d <= scored[0].d + 1 ? null : { id: scored[0].id, wording: scored[0].wording };
}

/**
 * A row labelled only with its outcome group's name (`（六）其他处理`) where the layout has
 * several rows in that group: the older template's single row. Returns the group's row that
 * carries that name (`其他处理` → other.other), or null.
 */
export function groupAsRow(labels: readonly string[], layout: Layout): string | null {
  if (labels.length === 0) return null;
  const key = labelKey(labels[labels.length - 1]);
  const rows = table3Rows(layout);
  for (const g of OUTCOME_GROUPS) {
    if (labelKey(g.zh) !== key) continue;
    const inGroup = rows.filter((r) => r.group === g.id);
    const own = inGroup.find((r) => r.variants.some((v) => labelKey(v) === key));
    if (inGroup.length > 1 && own) return own.id;
  }
  return null;
}

export const matchTable2Row = (labels: readonly string[]) => matchLabels(labels, T2_ROWS);
/**
 * A table-2 column header: exact or continued wording, else the longest wording it contains — sites
 * prefix a column's name (`上一年项目本年收费金额（单位：万元）` is the fee column).
 */
export const matchTable2Column = (label: string) =>
  matchKey(label, T2_COLUMNS) ?? longestMatch(labelKey(label), T2_COLUMNS, true);

/** The corner cell over table 2's row labels (`信息内容`): a row starting with it is a header row. */
export const isTable2Corner = (label: string) => labelKey(label) === '信息内容';
export const matchTable3Row = (labels: readonly string[], layout: Layout) => matchLabels(labels, T3_ROWS[layout]);

/** A table-4 group named anywhere in a label (`行政诉讼（复议后起诉）`, `复议后起诉`). */
export function findTable4Group(label: string): string | null {
  const key = labelKey(label);
  // Check the lawsuit groups first: `复议后起诉` contains `复议`.
  for (const g of [...T4_GROUPS].reverse()) if (g.keys.some((k) => key.includes(k))) return g.id;
  return null;
}
