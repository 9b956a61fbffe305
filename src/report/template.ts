/**
 * The national annual-report template, defined once.
 *
 * Tables 2, 3 and 4 of both layouts (国办公开办函〔2021〕30号 and 〔2019〕60号), every row and
 * column with its stable id (docs/report-format.md), Chinese and English labels,
 * accepted label variants and unit. The parser, the checks, the pipeline, the SQL and the UI all
 * read this module; nothing else spells a field id.
 */

export type Layout = '2021' | '2019';
export type LayoutId = Layout | 'unknown';
export const LAYOUTS: readonly Layout[] = ['2021', '2019'];

export type TableNo = 2 | 3 | 4;
export type Unit = 'count' | 'wan_yuan' | 'printed' | 'change';

export interface Label {
  zh: string;
  en: string;
}

// ---------------------------------------------------------------- table 2

export interface Table2Row extends Label {
  id: string;
  /** Label variants as they appear in reports (normalised matching happens in the parser). */
  variants: string[];
  /** 第二十条第（N）项 of the 条例 the row reports under. */
  article: string;
}

export interface Table2Column extends Label {
  id: string;
  variants: string[];
}

export interface Table2Cell {
  /** Cell id without the `t2.` prefix, e.g. `licensing.decisions`. */
  id: string;
  row: string;
  column: string;
  unit: Unit;
  layouts: Layout[];
}

export const TABLE2_ROWS: readonly Table2Row[] = [
  { id: 'regulations', zh: '规章', en: 'Regulations (规章)', variants: ['规章'], article: '（一）' },
  {
    id: 'normative_docs',
    zh: '行政规范性文件',
    en: 'Normative documents',
    variants: ['行政规范性文件', '规范性文件'],
    article: '（一）',
  },
  { id: 'licensing', zh: '行政许可', en: 'Administrative licensing', variants: ['行政许可'], article: '（五）' },
  {
    id: 'other_services',
    zh: '其他对外管理服务事项',
    en: 'Other external management services',
    variants: ['其他对外管理服务事项', '其他对外管理服务'],
    article: '（五）',
  },
  { id: 'penalty', zh: '行政处罚', en: 'Administrative penalties', variants: ['行政处罚'], article: '（六）' },
  { id: 'enforcement', zh: '行政强制', en: 'Administrative enforcement', variants: ['行政强制'], article: '（六）' },
  {
    id: 'fees',
    zh: '行政事业性收费',
    en: 'Administrative fees',
    variants: ['行政事业性收费'],
    article: '（八）',
  },
  {
    id: 'procurement',
    zh: '政府集中采购',
    en: 'Centralised government procurement',
    variants: ['政府集中采购'],
    article: '（九）',
  },
];

export const TABLE2_COLUMNS: readonly Table2Column[] = [
  { id: 'issued', zh: '本年制发件数', en: 'Issued this year', variants: ['本年制发件数', '本年新制发件数'] },
  { id: 'repealed', zh: '本年废止件数', en: 'Repealed this year', variants: ['本年废止件数'] },
  { id: 'in_force', zh: '现行有效件数', en: 'In force', variants: ['现行有效件数'] },
  {
    id: 'decisions',
    zh: '本年处理决定数量',
    en: 'Decisions this year',
    variants: ['本年处理决定数量', '处理决定数量', '本年处理决定数'],
  },
  {
    id: 'amount_wan_yuan',
    zh: '本年收费金额（单位：万元）',
    en: 'Fees collected (10k yuan)',
    variants: ['本年收费金额（单位：万元）', '本年收费金额', '收费金额'],
  },
  { id: 'made_2019', zh: '本年新制作数量', en: 'Made this year (2019 layout)', variants: ['本年新制作数量'] },
  {
    id: 'published_2019',
    zh: '本年新公开数量',
    en: 'Published this year (2019 layout)',
    variants: ['本年新公开数量'],
  },
  {
    id: 'total_public_2019',
    zh: '对外公开总数量',
    en: 'Total public (2019 layout)',
    variants: ['对外公开总数量'],
  },
  {
    id: 'items_prev_2019',
    zh: '上一年项目数量',
    en: 'Items last year (2019 layout)',
    variants: ['上一年项目数量'],
  },
  {
    id: 'items_change_2019',
    zh: '本年增/减',
    en: 'Change this year (2019 layout)',
    variants: ['本年增/减', '本年增减'],
  },
  { id: 'projects_2019', zh: '采购项目数量', en: 'Procurement projects (2019 layout)', variants: ['采购项目数量'] },
  {
    id: 'amount_2019',
    zh: '采购总金额',
    en: 'Procurement amount, as printed (2019 layout)',
    variants: ['采购总金额'],
  },
];

const L21: Layout[] = ['2021'];
const L19: Layout[] = ['2019'];
const BOTH: Layout[] = ['2021', '2019'];

/** Table-2 cells in table order, per layout. */
export const TABLE2_CELLS: readonly Table2Cell[] = [
  { id: 'regulations.issued', row: 'regulations', column: 'issued', unit: 'count', layouts: L21 },
  { id: 'regulations.repealed', row: 'regulations', column: 'repealed', unit: 'count', layouts: L21 },
  { id: 'regulations.in_force', row: 'regulations', column: 'in_force', unit: 'count', layouts: L21 },
  { id: 'regulations.made_2019', row: 'regulations', column: 'made_2019', unit: 'count', layouts: L19 },
  { id: 'regulations.published_2019', row: 'regulations', column: 'published_2019', unit: 'count', layouts: L19 },
  {
    id: 'regulations.total_public_2019',
    row: 'regulations',
    column: 'total_public_2019',
    unit: 'count',
    layouts: L19,
  },
  { id: 'normative_docs.issued', row: 'normative_docs', column: 'issued', unit: 'count', layouts: L21 },
  { id: 'normative_docs.repealed', row: 'normative_docs', column: 'repealed', unit: 'count', layouts: L21 },
  { id: 'normative_docs.in_force', row: 'normative_docs', column: 'in_force', unit: 'count', layouts: L21 },
  { id: 'normative_docs.made_2019', row: 'normative_docs', column: 'made_2019', unit: 'count', layouts: L19 },
  {
    id: 'normative_docs.published_2019',
    row: 'normative_docs',
    column: 'published_2019',
    unit: 'count',
    layouts: L19,
  },
  {
    id: 'normative_docs.total_public_2019',
    row: 'normative_docs',
    column: 'total_public_2019',
    unit: 'count',
    layouts: L19,
  },
  { id: 'licensing.items_prev_2019', row: 'licensing', column: 'items_prev_2019', unit: 'count', layouts: L19 },
  { id: 'licensing.items_change_2019', row: 'licensing', column: 'items_change_2019', unit: 'change', layouts: L19 },
  { id: 'licensing.decisions', row: 'licensing', column: 'decisions', unit: 'count', layouts: BOTH },
  {
    id: 'other_services.items_prev_2019',
    row: 'other_services',
    column: 'items_prev_2019',
    unit: 'count',
    layouts: L19,
  },
  {
    id: 'other_services.items_change_2019',
    row: 'other_services',
    column: 'items_change_2019',
    unit: 'change',
    layouts: L19,
  },
  { id: 'other_services.decisions', row: 'other_services', column: 'decisions', unit: 'count', layouts: L19 },
  { id: 'penalty.items_prev_2019', row: 'penalty', column: 'items_prev_2019', unit: 'count', layouts: L19 },
  { id: 'penalty.items_change_2019', row: 'penalty', column: 'items_change_2019', unit: 'change', layouts: L19 },
  { id: 'penalty.decisions', row: 'penalty', column: 'decisions', unit: 'count', layouts: BOTH },
  { id: 'enforcement.items_prev_2019', row: 'enforcement', column: 'items_prev_2019', unit: 'count', layouts: L19 },
  {
    id: 'enforcement.items_change_2019',
    row: 'enforcement',
    column: 'items_change_2019',
    unit: 'change',
    layouts: L19,
  },
  { id: 'enforcement.decisions', row: 'enforcement', column: 'decisions', unit: 'count', layouts: BOTH },
  { id: 'fees.items_prev_2019', row: 'fees', column: 'items_prev_2019', unit: 'count', layouts: L19 },
  { id: 'fees.items_change_2019', row: 'fees', column: 'items_change_2019', unit: 'change', layouts: L19 },
  { id: 'fees.amount_wan_yuan', row: 'fees', column: 'amount_wan_yuan', unit: 'wan_yuan', layouts: L21 },
  { id: 'procurement.projects_2019', row: 'procurement', column: 'projects_2019', unit: 'count', layouts: L19 },
  { id: 'procurement.amount_2019', row: 'procurement', column: 'amount_2019', unit: 'printed', layouts: L19 },
];

// ---------------------------------------------------------------- table 3

export interface Table3Column extends Label {
  id: string;
  variants: string[];
}

/** Applicant types (申请人情况); `total` is the 总计 column, never a part of a sum. */
export const TABLE3_COLUMNS: readonly Table3Column[] = [
  { id: 'natural_person', zh: '自然人', en: 'Natural persons', variants: ['自然人'] },
  { id: 'commercial', zh: '商业企业', en: 'Businesses', variants: ['商业企业'] },
  { id: 'research', zh: '科研机构', en: 'Research institutions', variants: ['科研机构'] },
  { id: 'social_welfare', zh: '社会公益组织', en: 'Public-interest organisations', variants: ['社会公益组织'] },
  { id: 'legal_service', zh: '法律服务机构', en: 'Legal service providers', variants: ['法律服务机构'] },
  { id: 'other_org', zh: '其他', en: 'Other organisations', variants: ['其他'] },
  { id: 'total', zh: '总计', en: 'Total', variants: ['总计', '合计'] },
];
export const TABLE3_APPLICANT_COLUMNS = TABLE3_COLUMNS.filter((c) => c.id !== 'total').map((c) => c.id);

/** The outcome groups of 三、本年度办理结果, in table order. */
export type OutcomeGroup = 'granted' | 'partial' | 'denied' | 'unavailable' | 'rejected' | 'other';

export interface Table3Row extends Label {
  id: string;
  /** Outcome group for rows of 三、本年度办理结果; null for the others. */
  group: OutcomeGroup | null;
  /** Label variants; the first is the template's own wording without its numbering. */
  variants: string[];
  layouts: Layout[];
}

export const OUTCOME_GROUPS: readonly (Label & { id: OutcomeGroup })[] = [
  { id: 'granted', zh: '予以公开', en: 'Granted' },
  { id: 'partial', zh: '部分公开', en: 'Partly granted' },
  { id: 'denied', zh: '不予公开', en: 'Refused' },
  { id: 'unavailable', zh: '无法提供', en: 'Cannot be provided' },
  { id: 'rejected', zh: '不予处理', en: 'Not processed' },
  { id: 'other', zh: '其他处理', en: 'Otherwise handled' },
];

export const TABLE3_ROWS: readonly Table3Row[] = [
  {
    id: 'new_received',
    group: null,
    zh: '本年新收政府信息公开申请数量',
    en: 'New applications received',
    variants: ['本年新收政府信息公开申请数量', '本年新收'],
    layouts: BOTH,
  },
  {
    id: 'carried_over',
    group: null,
    zh: '上年结转政府信息公开申请数量',
    en: 'Carried over from last year',
    variants: ['上年结转政府信息公开申请数量', '上年结转'],
    layouts: BOTH,
  },
  { id: 'granted', group: 'granted', zh: '予以公开', en: 'Granted', variants: ['予以公开'], layouts: BOTH },
  {
    id: 'partial',
    group: 'partial',
    zh: '部分公开',
    en: 'Partly granted',
    variants: ['部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开'],
    layouts: BOTH,
  },
  {
    id: 'denied.state_secret',
    group: 'denied',
    zh: '属于国家秘密',
    en: 'Refused: state secret',
    variants: ['属于国家秘密'],
    layouts: BOTH,
  },
  {
    id: 'denied.law_prohibited',
    group: 'denied',
    zh: '其他法律行政法规禁止公开',
    en: 'Refused: prohibited by other laws',
    variants: ['其他法律行政法规禁止公开'],
    layouts: BOTH,
  },
  {
    id: 'denied.three_safeties',
    group: 'denied',
    zh: '危及“三安全一稳定”',
    en: 'Refused: endangers security or stability',
    variants: ['危及“三安全一稳定”', '危及三安全一稳定'],
    layouts: BOTH,
  },
  {
    id: 'denied.third_party',
    group: 'denied',
    zh: '保护第三方合法权益',
    en: 'Refused: third-party rights',
    variants: ['保护第三方合法权益'],
    layouts: BOTH,
  },
  {
    id: 'denied.internal_affairs',
    group: 'denied',
    zh: '属于三类内部事务信息',
    en: 'Refused: internal affairs',
    variants: ['属于三类内部事务信息'],
    layouts: BOTH,
  },
  {
    id: 'denied.process_info',
    group: 'denied',
    zh: '属于四类过程性信息',
    en: 'Refused: process information',
    variants: ['属于四类过程性信息'],
    layouts: BOTH,
  },
  {
    id: 'denied.enforcement_file',
    group: 'denied',
    zh: '属于行政执法案卷',
    en: 'Refused: enforcement case file',
    variants: ['属于行政执法案卷'],
    layouts: BOTH,
  },
  {
    id: 'denied.admin_query',
    group: 'denied',
    zh: '属于行政查询事项',
    en: 'Refused: administrative query',
    variants: ['属于行政查询事项'],
    layouts: BOTH,
  },
  {
    id: 'unavailable.not_held',
    group: 'unavailable',
    zh: '本机关不掌握相关政府信息',
    en: 'Unavailable: not held',
    variants: ['本机关不掌握相关政府信息'],
    layouts: BOTH,
  },
  {
    id: 'unavailable.needs_creation',
    group: 'unavailable',
    zh: '没有现成信息需要另行制作',
    en: 'Unavailable: would need to be created',
    variants: ['没有现成信息需要另行制作'],
    layouts: BOTH,
  },
  {
    id: 'unavailable.unclear',
    group: 'unavailable',
    zh: '补正后申请内容仍不明确',
    en: 'Unavailable: still unclear after correction',
    variants: ['补正后申请内容仍不明确'],
    layouts: BOTH,
  },
  {
    id: 'rejected.petition',
    group: 'rejected',
    zh: '信访举报投诉类申请',
    en: 'Not processed: petition or complaint',
    variants: ['信访举报投诉类申请'],
    layouts: BOTH,
  },
  {
    id: 'rejected.duplicate',
    group: 'rejected',
    zh: '重复申请',
    en: 'Not processed: duplicate',
    variants: ['重复申请'],
    layouts: BOTH,
  },
  {
    id: 'rejected.publication',
    group: 'rejected',
    zh: '要求提供公开出版物',
    en: 'Not processed: asks for a publication',
    variants: ['要求提供公开出版物'],
    layouts: BOTH,
  },
  {
    id: 'rejected.mass_repeated',
    group: 'rejected',
    zh: '无正当理由大量反复申请',
    en: 'Not processed: mass repeated applications',
    variants: ['无正当理由大量反复申请'],
    layouts: BOTH,
  },
  {
    id: 'rejected.reconfirm',
    group: 'rejected',
    zh: '要求行政机关确认或重新出具已获取信息',
    en: 'Not processed: re-confirmation of information held',
    variants: ['要求行政机关确认或重新出具已获取信息'],
    layouts: BOTH,
  },
  {
    id: 'other.no_correction',
    group: 'other',
    zh: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    en: 'Other: applicant did not correct in time',
    variants: ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人无正当理由逾期不补正'],
    layouts: L21,
  },
  {
    id: 'other.no_fee',
    group: 'other',
    zh: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    en: 'Other: applicant did not pay the fee',
    variants: [
      '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '申请人逾期未按收费通知要求缴纳费用',
    ],
    layouts: L21,
  },
  {
    id: 'other.other',
    group: 'other',
    zh: '其他',
    en: 'Other: other',
    // Layout 2019 has one (六)其他处理 row; layout 2021 labels this row 3.其他.
    variants: ['其他', '其他处理'],
    layouts: BOTH,
  },
  {
    id: 'total_handled',
    group: null,
    zh: '总计',
    en: 'Total handled',
    variants: ['总计', '合计'],
    layouts: BOTH,
  },
  {
    id: 'carried_forward',
    group: null,
    zh: '结转下年度继续办理',
    en: 'Carried forward to next year',
    variants: ['结转下年度继续办理', '结转下年度'],
    layouts: BOTH,
  },
];

// ---------------------------------------------------------------- table 4

export const TABLE4_GROUPS: readonly (Label & { id: string; variants: string[] })[] = [
  { id: 'review', zh: '行政复议', en: 'Administrative review', variants: ['行政复议'] },
  {
    id: 'suit_direct',
    zh: '行政诉讼（未经复议直接起诉）',
    en: 'Lawsuit, filed directly',
    variants: ['未经复议直接起诉'],
  },
  {
    id: 'suit_after_review',
    zh: '行政诉讼（复议后起诉）',
    en: 'Lawsuit, after review',
    variants: ['复议后起诉'],
  },
];

export const TABLE4_FIELDS: readonly (Label & { id: string; variants: string[] })[] = [
  { id: 'upheld', zh: '结果维持', en: 'Upheld', variants: ['结果维持', '维持'] },
  { id: 'corrected', zh: '结果纠正', en: 'Corrected', variants: ['结果纠正', '纠正'] },
  { id: 'other', zh: '其他结果', en: 'Other result', variants: ['其他结果'] },
  { id: 'pending', zh: '尚未审结', en: 'Pending', variants: ['尚未审结'] },
  { id: 'total', zh: '总计', en: 'Total', variants: ['总计', '合计'] },
];

// ---------------------------------------------------------------- cell ids

export const t2Id = (cell: string) => `t2.${cell}`;
export const t3Id = (row: string, column: string) => `t3.${row}.${column}`;
export const t4Id = (group: string, field: string) => `t4.${group}.${field}`;

export interface CellDef {
  /** Full cell id, e.g. `t3.denied.third_party.total`. */
  id: string;
  table: TableNo;
  row: string;
  column: string;
  unit: Unit;
}

function buildCells(layout: Layout): CellDef[] {
  const cells: CellDef[] = [];
  for (const c of TABLE2_CELLS) {
    if (c.layouts.includes(layout))
      cells.push({ id: t2Id(c.id), table: 2, row: c.row, column: c.column, unit: c.unit });
  }
  for (const r of TABLE3_ROWS) {
    if (!r.layouts.includes(layout)) continue;
    for (const c of TABLE3_COLUMNS)
      cells.push({ id: t3Id(r.id, c.id), table: 3, row: r.id, column: c.id, unit: 'count' });
  }
  for (const g of TABLE4_GROUPS) {
    for (const f of TABLE4_FIELDS)
      cells.push({ id: t4Id(g.id, f.id), table: 4, row: g.id, column: f.id, unit: 'count' });
  }
  return cells;
}

const CELLS_BY_LAYOUT: Record<Layout, readonly CellDef[]> = { '2021': buildCells('2021'), '2019': buildCells('2019') };

/** Every cell of a layout, in template order (200 for 2021, 198 for 2019, none for unknown). */
export function cellsOf(layout: LayoutId): readonly CellDef[] {
  return layout === 'unknown' ? [] : CELLS_BY_LAYOUT[layout];
}

const CELL_INDEX = new Map<string, CellDef>(
  [...CELLS_BY_LAYOUT['2021'], ...CELLS_BY_LAYOUT['2019']].map((c) => [c.id, c]),
);

/** The definition of a cell id (from either layout), or undefined for an unknown id. */
export function cellDef(id: string): CellDef | undefined {
  return CELL_INDEX.get(id);
}

export function table3Rows(layout: Layout): readonly Table3Row[] {
  return TABLE3_ROWS.filter((r) => r.layouts.includes(layout));
}

/** Human label of a cell, e.g. 表三 (三)不予公开 4.保护第三方合法权益 · 总计. */
export function cellLabel(id: string, lang: 'zh' | 'en' = 'zh'): string {
  const def = cellDef(id);
  if (!def) return id;
  const pick = (l: Label) => (lang === 'zh' ? l.zh : l.en);
  const sep = lang === 'zh' ? ' · ' : ' · ';
  if (def.table === 2) {
    const row = TABLE2_ROWS.find((r) => r.id === def.row)!;
    const col = TABLE2_COLUMNS.find((c) => c.id === def.column)!;
    return `${lang === 'zh' ? '表二' : 'Table 2'} ${pick(row)}${sep}${pick(col)}`;
  }
  if (def.table === 3) {
    const row = TABLE3_ROWS.find((r) => r.id === def.row)!;
    const col = TABLE3_COLUMNS.find((c) => c.id === def.column)!;
    return `${lang === 'zh' ? '表三' : 'Table 3'} ${pick(row)}${sep}${pick(col)}`;
  }
  const g = TABLE4_GROUPS.find((x) => x.id === def.row)!;
  const f = TABLE4_FIELDS.find((x) => x.id === def.column)!;
  return `${lang === 'zh' ? '表四' : 'Table 4'} ${pick(g)}${sep}${pick(f)}`;
}
