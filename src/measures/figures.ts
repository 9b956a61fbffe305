/**
 * The figures of one report that every measure is built from, each defined once over template
 * cell ids: a column of the views (report_figures, t2_figures, t3_by_applicant). A figure of
 * several cells (a group of table-3 rows, both lawsuit groups) is the sum of the cells the report
 * states: a blank cell is skipped, and the figure is NULL only when every one of its cells is blank.
 */
import { cellDef, cellsOf, LAYOUTS, type Label, type Layout, TABLE3_ROWS } from '../report/template';

export type FigureUnit = 'items' | 'wanYuan';

export interface Figure {
  /** Column name in the views, e.g. `licensing_decisions`. */
  id: string;
  label: Label;
  table: 2 | 3 | 4;
  /**
   * Table 3: the rows summed, in every applicant column of t3_by_applicant (`cells` are those of
   * the 总计 column). A table-3 figure without rows is one cell of one applicant column.
   */
  rows?: readonly string[];
  /** Cell ids summed for one report (table 3: its 总计 column). */
  cells: readonly string[];
  unit: FigureUnit;
  /** Template layouts that have the figure (at least one of its cells). */
  layouts: readonly Layout[];
  /** How the formula reads, e.g. `Σ t3.denied.*.total`. */
  formula: string;
}

/** A cell id checked against the template when the module loads: a typo fails every test at once. */
function cell(id: string): string {
  if (!cellDef(id)) throw new Error(`measures: unknown cell id ${id}`);
  return id;
}

/** Layouts with at least one of the cells (a group such as 其他处理 has fewer rows in the 2019 template). */
function layoutsOf(cells: readonly string[]): Layout[] {
  return LAYOUTS.filter((layout) => cells.some((id) => cellsOf(layout).some((c) => c.id === id)));
}

function t2(id: string, cellId: string, label: Label, unit: FigureUnit = 'items'): Figure {
  const cells = [cell(cellId)];
  return { id, label, table: 2, cells, unit, layouts: layoutsOf(cells), formula: cellId };
}

/** Table-3 rows: `prefix` takes every row of a group (denied.* …), `rows` names them. */
function t3(id: string, label: Label, rows: readonly string[], formula?: string): Figure {
  const cells = rows.map((r) => cell(`t3.${r}.total`));
  return { id, label, table: 3, rows, cells, unit: 'items', layouts: layoutsOf(cells), formula: formula ?? cells[0] };
}
const group = (prefix: string) => TABLE3_ROWS.filter((r) => r.id.startsWith(`${prefix}.`)).map((r) => r.id);
const t3Group = (id: string, prefix: string, label: Label) => t3(id, label, group(prefix), `Σ t3.${prefix}.*.total`);

function t4(id: string, label: Label, cells: readonly string[]): Figure {
  const checked = cells.map(cell);
  return {
    id,
    label,
    table: 4,
    cells: checked,
    unit: 'items',
    layouts: layoutsOf(checked),
    formula: checked.length === 1 ? checked[0] : checked.join(' + '),
  };
}

export const FIGURES = [
  t2('licensing_decisions', 't2.licensing.decisions', { zh: '行政许可决定数', en: 'Licensing decisions' }),
  t2('penalty_decisions', 't2.penalty.decisions', { zh: '行政处罚决定数', en: 'Penalty decisions' }),
  t2('enforcement_decisions', 't2.enforcement.decisions', { zh: '行政强制决定数', en: 'Enforcement decisions' }),
  t2('fees_wan_yuan', 't2.fees.amount_wan_yuan', { zh: '行政事业性收费金额', en: 'Fees collected' }, 'wanYuan'),
  t2('regulations_issued', 't2.regulations.issued', { zh: '规章本年制发', en: 'Regulations issued' }),
  t2('normative_docs_issued', 't2.normative_docs.issued', {
    zh: '行政规范性文件本年制发',
    en: 'Normative documents issued',
  }),
  t2('normative_docs_repealed', 't2.normative_docs.repealed', {
    zh: '行政规范性文件本年废止',
    en: 'Normative documents repealed',
  }),
  t2('normative_docs_in_force', 't2.normative_docs.in_force', {
    zh: '行政规范性文件现行有效',
    en: 'Normative documents in force',
  }),
  t3('new_received', { zh: '本年新收申请', en: 'New applications received' }, ['new_received']),
  t3('carried_over', { zh: '上年结转申请', en: 'Carried over from last year' }, ['carried_over']),
  t3('granted', { zh: '予以公开', en: 'Granted' }, ['granted']),
  t3('partial', { zh: '部分公开', en: 'Partly granted' }, ['partial']),
  t3Group('denied', 'denied', { zh: '不予公开', en: 'Refused' }),
  t3Group('unavailable', 'unavailable', { zh: '无法提供', en: 'Cannot be provided' }),
  t3('unavailable_not_held', { zh: '本机关不掌握相关政府信息', en: 'Not held by this agency' }, [
    'unavailable.not_held',
  ]),
  t3Group('rejected', 'rejected', { zh: '不予处理', en: 'Not processed' }),
  t3('rejected_petition', { zh: '不予处理：信访举报投诉类申请', en: 'Not processed: petitions and complaints' }, [
    'rejected.petition',
  ]),
  t3Group('other_handled', 'other', { zh: '其他处理', en: 'Otherwise handled' }),
  {
    id: 'natural_new_received',
    label: { zh: '本年新收申请：自然人', en: 'New applications from natural persons' },
    table: 3,
    cells: [cell('t3.new_received.natural_person')],
    unit: 'items',
    layouts: layoutsOf(['t3.new_received.natural_person']),
    formula: 't3.new_received.natural_person',
  },
  t3('total_handled', { zh: '办理结果总计', en: 'Handled, total' }, ['total_handled']),
  t3('carried_forward', { zh: '结转下年度继续办理', en: 'Carried forward to next year' }, ['carried_forward']),
  t4('review_total', { zh: '行政复议总计', en: 'Administrative reviews, total' }, ['t4.review.total']),
  t4('review_corrected', { zh: '行政复议结果纠正', en: 'Reviews, corrected' }, ['t4.review.corrected']),
  t4('review_pending', { zh: '行政复议尚未审结', en: 'Reviews, pending' }, ['t4.review.pending']),
  t4('suit_total', { zh: '行政诉讼总计（两组之和）', en: 'Lawsuits, total (both groups)' }, [
    't4.suit_direct.total',
    't4.suit_after_review.total',
  ]),
  t4('suit_corrected', { zh: '行政诉讼结果纠正（两组之和）', en: 'Lawsuits, corrected (both groups)' }, [
    't4.suit_direct.corrected',
    't4.suit_after_review.corrected',
  ]),
  t4('suit_pending', { zh: '行政诉讼尚未审结（两组之和）', en: 'Lawsuits, pending (both groups)' }, [
    't4.suit_direct.pending',
    't4.suit_after_review.pending',
  ]),
] as const satisfies readonly Figure[];

export type FigureId = (typeof FIGURES)[number]['id'];

export const FIGURE: Record<FigureId, Figure> = Object.fromEntries(FIGURES.map((f) => [f.id, f])) as Record<
  FigureId,
  Figure
>;

/** The figures of one table, in order. */
export const figuresOfTable = (table: 2 | 3 | 4): Figure[] => FIGURES.filter((f) => f.table === table);
