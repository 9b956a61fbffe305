/**
 * The consistency rules (勾稽关系) of the template, as data.
 *
 * Every arithmetic rule is a set of linear identities `sum(lhs) = sum(rhs)` over cell ids,
 * generated from the template. The checks (checks.ts) evaluate them on one report; the pipeline
 * writes them into the dataset so that SQL can re-check them; the UI explains them.
 */
import {
  type Label,
  type Layout,
  TABLE3_APPLICANT_COLUMNS,
  TABLE3_COLUMNS,
  TABLE4_GROUPS,
  t3Id,
  t4Id,
  table3Rows,
} from './template';
import type { Severity } from './types';

export interface RuleDef {
  id: string;
  severity: Severity;
  /** A name of a few words: a chart's bar label, a select's option. */
  short: Label;
  /** One-line statement of the rule. */
  zh: string;
  en: string;
}

export const RULES = {
  t3RowSum: {
    id: 't3.row_sum',
    severity: 'error',
    short: { zh: '表三行合计', en: 'T3 row totals' },
    zh: '表三每一行的“总计”应等于六类申请人之和',
    en: "Table 3: each row's total equals the sum of the six applicant types",
  },
  t3Balance: {
    id: 't3.balance',
    severity: 'error',
    short: { zh: '表三收结平衡', en: 'T3 balance' },
    zh: '表三每一列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度',
    en: 'Table 3, per column: new + carried over = total handled + carried forward',
  },
  t3OutcomeTotal: {
    id: 't3.outcome_total',
    severity: 'error',
    short: { zh: '表三办理结果合计', en: 'T3 outcome totals' },
    zh: '表三每一列：（七）总计应等于各项办理结果之和',
    en: 'Table 3, per column: total handled equals the sum of all outcome rows',
  },
  t4GroupTotal: {
    id: 't4.group_total',
    severity: 'error',
    short: { zh: '表四分组合计', en: 'T4 group totals' },
    zh: '表四每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
    en: 'Table 4, per group: total = upheld + corrected + other + pending',
  },
  blankCell: {
    id: 'cell.blank',
    severity: 'warning',
    short: { zh: '空白单元格', en: 'Blank cells' },
    zh: '单元格为空（格式要求填写 0）',
    en: 'Blank cell (the format asks for 0 to be written)',
  },
  unreadableCell: {
    id: 'cell.unreadable',
    severity: 'error',
    short: { zh: '无法读取的数字', en: 'Unreadable numbers' },
    zh: '单元格内容无法读取为数字',
    en: 'Cell text cannot be read as a number',
  },
  negativeValue: {
    id: 'cell.negative',
    severity: 'error',
    short: { zh: '负数', en: 'Negative values' },
    zh: '数值不应为负',
    en: 'Value must not be negative',
  },
  nonInteger: {
    id: 'cell.non_integer',
    severity: 'error',
    short: { zh: '非整数件数', en: 'Fractional counts' },
    zh: '件数应为整数',
    en: 'Counts must be whole numbers',
  },
  missingTable: {
    id: 'table.missing',
    severity: 'error',
    short: { zh: '未读出的表', en: 'Tables not read' },
    zh: '未能找到或读取该表；其单元格不计为报告的空白',
    en: 'The table was not found or could not be read; its cells are not counted as blanks in the report',
  },
  missingRow: {
    id: 'row.missing',
    severity: 'error',
    short: { zh: '未读出的行', en: 'Rows not read' },
    zh: '未能在表中找到或读取该行（报告也可能没有印出该行）；其单元格不计为报告的空白',
    en: 'The row was not found or could not be read (the report may also not print it); its cells are not counted as blanks in the report',
  },
  absentRow: {
    id: 'row.absent',
    severity: 'info',
    short: { zh: '旧版格式无此行', en: 'Rows not in the form' },
    zh: '本报告的表格没有该行（沿用旧版格式），其单元格为空值',
    en: "The report's table has no such row (an older form of the template); its cells are null",
  },
  rowByOrder: {
    id: 'row.by_order',
    severity: 'info',
    short: { zh: '按次序归位的行', en: 'Rows placed by order' },
    zh: '行标签无法识别，按其在已识别行之间的次序归位',
    en: 'Rows whose labels could not be recognised were placed by their order between recognised rows',
  },
  rowByPosition: {
    id: 'row.by_position',
    severity: 'info',
    short: { zh: '按位置对应的行', en: 'Rows matched by position' },
    zh: '行标签与数值不在同一文字行（多行标签垂直居中），按其在页面上的位置对应（PDF）',
    en: 'Row labels not on the line of their values (centred multi-line labels) were matched to them by position on the page (PDF)',
  },
  labelVariant: {
    id: 'row.label_variant',
    severity: 'info',
    short: { zh: '措辞不同的行标签', en: 'Label variants' },
    zh: '行标签与模板措辞不同（如错别字），按最接近的模板行读取',
    en: "A row label differs from the template's wording (e.g. a typo) and was read as the closest template row",
  },
  duplicateRow: {
    id: 'table.duplicate_row',
    severity: 'warning',
    short: { zh: '重复的行', en: 'Repeated rows' },
    zh: '同一行出现多次，只采用第一次',
    en: 'A row appears more than once; the first one is used',
  },
  recoveredCell: {
    id: 'cell.recovered',
    severity: 'info',
    short: { zh: '归位的单元格', en: 'Cells put back' },
    zh: '单元格脱离所在行，按位置归位',
    en: 'A cell printed outside its row was put back by position',
  },
  carryOver: {
    id: 'cross.carry_over',
    severity: 'error',
    short: { zh: '跨年结转不符', en: 'Carry-over mismatch' },
    zh: '本年“上年结转”应等于同一机关上年报告的“结转下年度继续办理”',
    en: "This year's carried over should equal the same agency's carried forward last year",
  },
  duplicateReport: {
    id: 'cross.duplicate_report',
    severity: 'warning',
    short: { zh: '重复的年报', en: 'Duplicate reports' },
    zh: '同一机关同一年度有多份报告',
    en: 'More than one report for the same agency and year',
  },
  unknownAgency: {
    id: 'meta.unknown_agency',
    severity: 'warning',
    short: { zh: '名录外的机关', en: 'Unknown agencies' },
    zh: '发布机关不在机构名录中',
    en: 'Agency not in the curated agency list',
  },
  missingMeta: {
    id: 'meta.missing',
    severity: 'warning',
    short: { zh: '未识别机关或年度', en: 'Agency or year unknown' },
    zh: '未能识别发布机关或年度',
    en: 'Agency or year not recognised',
  },
} as const satisfies Record<string, RuleDef>;

export type RuleId = (typeof RULES)[keyof typeof RULES]['id'];
export const RULE_LIST: readonly RuleDef[] = Object.values(RULES);
export const ruleById = (id: string): RuleDef | undefined => RULE_LIST.find((r) => r.id === id);

/** One arithmetic identity: sum of `lhs` cells = sum of `rhs` cells. `at` is the cell it is reported at. */
export interface Identity {
  rule: RuleDef;
  /** The cell the identity is "at" (the total being checked). */
  at: string;
  lhs: string[];
  rhs: string[];
  /** What the identity says, for messages. */
  label: Label;
}

const OUTCOME_ROWS = (layout: Layout) => table3Rows(layout).filter((r) => r.group !== null);

/** Every arithmetic identity of a layout, in template order. */
export function identitiesOf(layout: Layout): Identity[] {
  const out: Identity[] = [];
  for (const row of table3Rows(layout)) {
    out.push({
      rule: RULES.t3RowSum,
      at: t3Id(row.id, 'total'),
      lhs: [t3Id(row.id, 'total')],
      rhs: TABLE3_APPLICANT_COLUMNS.map((c) => t3Id(row.id, c)),
      label: { zh: `${row.zh}：总计 = 各类申请人之和`, en: `${row.en}: total = sum of applicant types` },
    });
  }
  for (const col of TABLE3_COLUMNS) {
    out.push({
      rule: RULES.t3Balance,
      // Reported at 本年新收 (the gold notes list a balance break there, and (七)总计 already
      // carries the outcome-total rule): a break in both then shows up at two distinct cells.
      at: t3Id('new_received', col.id),
      lhs: [t3Id('new_received', col.id), t3Id('carried_over', col.id)],
      rhs: [t3Id('total_handled', col.id), t3Id('carried_forward', col.id)],
      label: {
        zh: `${col.zh}：本年新收 + 上年结转 = 总计 + 结转下年度`,
        en: `${col.en}: new + carried over = handled + carried forward`,
      },
    });
  }
  for (const col of TABLE3_COLUMNS) {
    out.push({
      rule: RULES.t3OutcomeTotal,
      at: t3Id('total_handled', col.id),
      lhs: [t3Id('total_handled', col.id)],
      rhs: OUTCOME_ROWS(layout).map((r) => t3Id(r.id, col.id)),
      label: { zh: `${col.zh}：（七）总计 = 各项办理结果之和`, en: `${col.en}: total handled = sum of outcomes` },
    });
  }
  for (const g of TABLE4_GROUPS) {
    out.push({
      rule: RULES.t4GroupTotal,
      at: t4Id(g.id, 'total'),
      lhs: [t4Id(g.id, 'total')],
      rhs: ['upheld', 'corrected', 'other', 'pending'].map((f) => t4Id(g.id, f)),
      label: {
        zh: `${g.zh}：总计 = 维持 + 纠正 + 其他 + 尚未审结`,
        en: `${g.en}: total = upheld + corrected + other + pending`,
      },
    });
  }
  return out;
}

/** What the data-quality view counts: one finding of the checks (its short definition, one tap away from its charts). */
export const FINDING_DEFINITION: Label = {
  zh: `一条发现：一份年报不符合一条勾稽规则（例如“${RULES.t3RowSum.zh}”），或解析时按位置推断、修复了某个单元格；每条发现注明年报、表格和单元格，并分为错误、警告、提示三级。`,
  en: `A finding: a report breaks one consistency rule (e.g. “${RULES.t3RowSum.en}”), or the parser placed or recovered a cell by inference; each names its report, table and cell, and is an error, a warning or a note.`,
};
