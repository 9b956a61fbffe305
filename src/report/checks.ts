/**
 * The consistency checks (勾稽关系) of one report: pure, no I/O.
 *
 * `checkReport` evaluates every arithmetic identity of the layout (rules.ts) and the per-cell rules
 * (blank, negative, non-integer). How blank cells enter the arithmetic is fixed in docs/checks.md:
 * a blank total whose parts are stated fails "as not stated" (found: null); a blank part counts
 * as 0; an identity whose cells are all blank says nothing and is skipped.
 */
import { type Identity, identitiesOf, RULES, type RuleDef } from './rules';
import {
  type CellDef,
  cellDef,
  cellLabel,
  cellsOf,
  type Label,
  type Layout,
  type LayoutId,
  OUTCOME_GROUPS,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_FIELDS,
  TABLE4_GROUPS,
} from './template';
import type { Finding } from './types';

export type Cells = Record<string, number | null>;
type Lang = 'zh' | 'en';

/** Tolerance for comparing sums: counts are integers, but a parser may hand over 3.0000000001. */
const EPSILON = 1e-9;

/**
 * Every finding of one report: arithmetic identities in template order, then per-cell findings.
 * `unread` cells are ones the parser could not read (it reports their table or row itself): they
 * get no blank finding, and an identity holding one is not evaluated — its result would blame the
 * publisher for the parser's failure.
 */
export function checkReport(layout: LayoutId, cells: Cells, unread: ReadonlySet<string> = new Set()): Finding[] {
  if (layout === 'unknown') return [];
  const findings: Finding[] = [];
  for (const identity of IDENTITIES[layout]) {
    if (unread.size > 0 && [...identity.lhs, ...identity.rhs].some((id) => unread.has(id))) continue;
    const finding = checkIdentity(identity, cells);
    if (finding) findings.push(finding);
  }
  for (const def of cellsOf(layout)) if (!unread.has(def.id)) findings.push(...checkCell(def, cells[def.id]));
  return findings;
}

const IDENTITIES: Record<Layout, readonly Identity[]> = { '2021': identitiesOf('2021'), '2019': identitiesOf('2019') };

/** A cell's value; a cell missing from the record is treated like a blank one. */
const cellValue = (cells: Cells, id: string): number | null => cells[id] ?? null;

const sumOf = (cells: Cells, ids: string[]) => ids.reduce((acc, id) => acc + (cellValue(cells, id) ?? 0), 0);

/** One identity on one report: null when it holds or cannot be evaluated (every cell blank). */
export function checkIdentity(identity: Identity, cells: Cells): Finding | null {
  const all = [...identity.lhs, ...identity.rhs];
  if (all.every((id) => cellValue(cells, id) === null)) return null;
  // `found` is the side that holds the cell the identity is reported at.
  const atLeft = identity.lhs.includes(identity.at);
  const foundSide = atLeft ? identity.lhs : identity.rhs;
  const expectedSide = atLeft ? identity.rhs : identity.lhs;
  const expected = sumOf(cells, expectedSide);
  const totalNotStated = foundSide.length === 1 && cellValue(cells, foundSide[0]) === null;
  const found = totalNotStated ? null : sumOf(cells, foundSide);
  if (found !== null && Math.abs(found - expected) < EPSILON) return null;
  const cellIds = [identity.at, ...all.filter((id) => id !== identity.at)];
  return {
    rule: identity.rule.id,
    severity: identity.rule.severity,
    cells: cellIds,
    expected,
    found,
    message: identityMessage(identity, cells, foundSide, expectedSide, 'zh'),
    message_en: identityMessage(identity, cells, foundSide, expectedSide, 'en'),
  };
}

function checkCell(def: CellDef, value: number | null | undefined): Finding[] {
  if (value === undefined) return [];
  const finding = (rule: RuleDef, zh: string, en: string): Finding => ({
    rule: rule.id,
    severity: rule.severity,
    cells: [def.id],
    found: value,
    message: `${cellLabel(def.id, 'zh')}：${zh}`,
    message_en: `${cellLabel(def.id, 'en')}: ${en}`,
  });
  if (value === null) {
    return [
      finding(RULES.blankCell, '单元格为空（格式要求填写 0）', 'blank cell (the format asks for 0 to be written)'),
    ];
  }
  const out: Finding[] = [];
  // 本年增/减 of layout 2019 is a change and may be negative; everything else is a count or an amount.
  if (value < 0 && def.unit !== 'change') {
    out.push(finding(RULES.negativeValue, `数值 ${value} 为负`, `value ${value} is negative`));
  }
  if (def.unit === 'count' && !Number.isInteger(value)) {
    out.push(finding(RULES.nonInteger, `件数 ${value} 不是整数`, `count ${value} is not a whole number`));
  }
  return out;
}

// ---------------------------------------------------------------- messages

const TABLE_NAME: Record<number, Label> = {
  3: { zh: '表三', en: 'Table 3' },
  4: { zh: '表四', en: 'Table 4' },
};

/** Above this many parts a sum lists only its non-zero parts (table 3 has 20+ outcome rows). */
const MAX_LISTED_PARTS = 6;

/**
 * E.g. `表三“自然人”列：本年新收… 20 + 上年结转… 0 = 20，但（七）总计 26 + 结转下年度继续办理 0 = 26`.
 * The scope is what all cells of the identity share (a row, a column or a table-4 group); each
 * part is named by what varies.
 */
function identityMessage(identity: Identity, cells: Cells, foundSide: string[], expectedSide: string[], lang: Lang) {
  const defs = [...identity.lhs, ...identity.rhs].map((id) => cellDef(id)!);
  const first = defs[0];
  const sameRow = defs.every((d) => d.row === first.row);
  const scope = sameRow ? rowLabel(first, lang) : columnLabel(first, lang);
  const kind = first.table === 4 ? '' : sameRow ? (lang === 'zh' ? '行' : ' row') : lang === 'zh' ? '列' : ' column';
  const partName = (id: string) => {
    const d = cellDef(id)!;
    return sameRow ? columnLabel(d, lang) : rowLabel(d, lang);
  };
  const head =
    lang === 'zh'
      ? `${TABLE_NAME[first.table].zh}“${scope}”${kind}：`
      : `${TABLE_NAME[first.table].en}, ${scope}${kind}: `;
  const left = sideText(foundSide, cells, partName, lang);
  const right = sideText(expectedSide, cells, partName, lang);
  return lang === 'zh' ? `${head}${left}，但${right}` : `${head}${left}, but ${right}`;
}

/** `a 1 + b 2 = 3`, `总计 20`, or `总计未填写`; blank parts are shown as blank and counted as 0. */
function sideText(ids: string[], cells: Cells, partName: (id: string) => string, lang: Lang): string {
  const blank = lang === 'zh' ? '（空）' : ' (blank)';
  const show = (id: string) => {
    const v = cellValue(cells, id);
    return v === null ? `${partName(id)}${blank}` : `${partName(id)} ${v}`;
  };
  if (ids.length === 1) {
    const v = cellValue(cells, ids[0]);
    return v === null ? `${partName(ids[0])}${lang === 'zh' ? '未填写' : ' not stated'}` : show(ids[0]);
  }
  const listed = ids.length > MAX_LISTED_PARTS ? ids.filter((id) => (cellValue(cells, id) ?? 0) !== 0) : ids;
  const omitted = ids.length - listed.length;
  if (!listed.length) return lang === 'zh' ? `各项（均为 0 或空）之和 = 0` : `all parts (0 or blank) sum to 0`;
  const rest = omitted
    ? lang === 'zh'
      ? `（其余 ${omitted} 项为 0 或空）`
      : ` (other ${omitted} parts 0 or blank)`
    : '';
  return `${listed.map(show).join(' + ')}${rest} = ${sumOf(cells, ids)}`;
}

function rowLabel(def: CellDef, lang: Lang): string {
  if (def.table === 4) return TABLE4_GROUPS.find((g) => g.id === def.row)![lang];
  const row = TABLE3_ROWS.find((r) => r.id === def.row)!;
  // The template prints this row as （七）总计; without the number it reads like the 总计 column.
  if (row.id === 'total_handled' && lang === 'zh') return `（七）${row.zh}`;
  const group = OUTCOME_GROUPS.find((g) => g.id === row.group);
  // 不予公开·保护第三方合法权益 (the English row labels already name their group; 予以公开 and
  // 部分公开 are groups of one row).
  return lang === 'zh' && group && group.id !== row.id ? `${group.zh}·${row.zh}` : row[lang];
}

function columnLabel(def: CellDef, lang: Lang): string {
  const columns = def.table === 4 ? TABLE4_FIELDS : TABLE3_COLUMNS;
  return columns.find((c) => c.id === def.column)![lang];
}
