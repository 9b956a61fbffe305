/**
 * Every measure of the app, defined once: a count or a rate over the figures of figures.ts (and
 * through them over template cell ids), with its names, unit and how blanks count. The views' SQL,
 * the Overview, Compare, the agency profile, the About page and the data dictionary all read it.
 * Where each definition comes from: docs/measures.md.
 */
import type { Label, Layout } from '../report/template';
import { FIGURE, type Figure, type FigureId } from './figures';

/** A figure, added or (with `-`) subtracted. */
export type Term = FigureId | `-${FigureId}`;

interface MeasureBase {
  id: string;
  label: Label;
  description: Label;
}
export interface CountMeasure extends MeasureBase {
  kind: 'count';
  unit: 'items' | 'wanYuan';
  value: readonly Term[];
}
export interface RateMeasure extends MeasureBase {
  kind: 'rate';
  unit: 'percent';
  numerator: readonly Term[];
  denominator: readonly Term[];
}
export type Measure = CountMeasure | RateMeasure;

/**
 * How blanks count, for every measure: within a figure blank cells are skipped (NULL only when all
 * are blank); a report enters a measure only when every figure of its formula is stated, and a rate
 * only when its denominator is above 0. Sums over reports add the reports that entered, and say how many.
 */
export const BLANK_RULE: Label = {
  zh: '原文空白的单元格不计为 0：一份年报只有在公式中每一项都已填报时才计入该指标（比率还要求分母大于 0）；合计只加总计入的年报，并注明份数。',
  en: 'A blank cell is not 0: a report enters a measure only when every figure of its formula is stated (a rate also needs a denominator above 0); totals add the reports that entered and say how many.',
};

const count = (
  id: string,
  label: Label,
  description: Label,
  value: readonly Term[],
  unit: CountMeasure['unit'] = 'items',
): CountMeasure => ({ id, kind: 'count', unit, label, description, value });

const rate = (
  id: string,
  label: Label,
  description: Label,
  numerator: readonly Term[],
  denominator: readonly Term[],
): RateMeasure => ({ id, kind: 'rate', unit: 'percent', label, description, numerator, denominator });

export const MEASURES = [
  count(
    'new_received',
    { zh: '新收申请', en: 'Applications received' },
    { zh: '本年新收政府信息公开申请数量', en: 'New disclosure applications received in the year' },
    ['new_received'],
  ),
  count(
    'total_handled',
    { zh: '办理申请', en: 'Applications handled' },
    { zh: '本年度办理结果总计', en: 'Applications handled in the year (total of the outcomes)' },
    ['total_handled'],
  ),
  count(
    'carried_forward',
    { zh: '结转下年度', en: 'Carried forward' },
    { zh: '结转下年度继续办理的申请数量', en: 'Applications carried forward to next year' },
    ['carried_forward'],
  ),
  rate(
    'granted_rate',
    { zh: '实质公开率', en: 'Share granted' },
    {
      zh: '予以公开与部分公开之和占办理结果总计的比例',
      en: 'Granted plus partly granted, over all applications handled',
    },
    ['granted', 'partial'],
    ['total_handled'],
  ),
  rate(
    'granted_rate_eligible',
    { zh: '可公开口径公开率', en: 'Share granted of decidable requests' },
    {
      zh: '予以公开与部分公开之和，占办理结果总计减去不予处理、其他处理后的件数',
      en: 'Granted plus partly granted, over the handled applications less those not processed or otherwise handled',
    },
    ['granted', 'partial'],
    ['total_handled', '-rejected', '-other_handled'],
  ),
  rate(
    'denied_rate',
    { zh: '不予公开率', en: 'Share refused' },
    { zh: '不予公开（各项之和）占办理结果总计的比例', en: 'Refused (all grounds), over applications handled' },
    ['denied'],
    ['total_handled'],
  ),
  rate(
    'unavailable_rate',
    { zh: '无法提供率', en: 'Share that cannot be provided' },
    {
      zh: '无法提供（各项之和）占办理结果总计的比例',
      en: 'Cannot be provided (all grounds), over applications handled',
    },
    ['unavailable'],
    ['total_handled'],
  ),
  rate(
    'not_held_rate',
    { zh: '不掌握占比', en: 'Share not held' },
    {
      zh: '“本机关不掌握相关政府信息”占办理结果总计的比例',
      en: '“Not held by this agency”, over applications handled',
    },
    ['unavailable_not_held'],
    ['total_handled'],
  ),
  rate(
    'rejected_rate',
    { zh: '不予处理率', en: 'Share not processed' },
    { zh: '不予处理（各项之和）占办理结果总计的比例', en: 'Not processed (all grounds), over applications handled' },
    ['rejected'],
    ['total_handled'],
  ),
  rate(
    'petition_share',
    { zh: '信访类占比', en: 'Petitions among not processed' },
    {
      zh: '“信访举报投诉类申请”占不予处理的比例',
      en: 'Petitions and complaints, over all applications not processed',
    },
    ['rejected_petition'],
    ['rejected'],
  ),
  rate(
    'carried_forward_rate',
    { zh: '结转率', en: 'Share carried forward' },
    {
      zh: '结转下年度继续办理占本年新收与上年结转之和的比例',
      en: 'Carried forward to next year, over received plus carried over',
    },
    ['carried_forward'],
    ['new_received', 'carried_over'],
  ),
  rate(
    'natural_share',
    { zh: '自然人申请占比', en: 'Share from natural persons' },
    { zh: '自然人新收申请占本年新收的比例', en: 'New applications from natural persons, over all received' },
    ['natural_new_received'],
    ['new_received'],
  ),
  count(
    'licensing',
    { zh: '行政许可决定', en: 'Licensing decisions' },
    { zh: '行政许可本年处理决定数量', en: 'Administrative licensing decisions in the year' },
    ['licensing_decisions'],
  ),
  count(
    'penalty',
    { zh: '行政处罚决定', en: 'Penalty decisions' },
    { zh: '行政处罚本年处理决定数量', en: 'Administrative penalty decisions in the year' },
    ['penalty_decisions'],
  ),
  count(
    'enforcement',
    { zh: '行政强制决定', en: 'Enforcement decisions' },
    { zh: '行政强制本年处理决定数量', en: 'Administrative enforcement decisions in the year' },
    ['enforcement_decisions'],
  ),
  count(
    'fees',
    { zh: '行政事业性收费', en: 'Administrative fees' },
    { zh: '行政事业性收费本年收费金额（万元）', en: 'Administrative fees collected in the year (10,000 yuan)' },
    ['fees_wan_yuan'],
    'wanYuan',
  ),
  count(
    'normative_docs_net',
    { zh: '规范性文件净增', en: 'Normative documents, net change' },
    { zh: '行政规范性文件本年制发减本年废止', en: 'Normative documents issued less repealed in the year' },
    ['normative_docs_issued', '-normative_docs_repealed'],
  ),
  count(
    'appeals_total',
    { zh: '复议与诉讼', en: 'Reviews and lawsuits' },
    { zh: '行政复议与行政诉讼（两组）总计之和', en: 'Administrative reviews plus lawsuits (both groups), total' },
    ['review_total', 'suit_total'],
  ),
  rate(
    'dispute_rate',
    { zh: '争议转化率', en: 'Applications disputed' },
    {
      zh: '行政复议与行政诉讼总计之和占本年新收申请的比例',
      en: 'Reviews plus lawsuits, over new applications received',
    },
    ['review_total', 'suit_total'],
    ['new_received'],
  ),
  rate(
    'review_corrected_rate',
    { zh: '复议纠错率', en: 'Reviews corrected' },
    { zh: '行政复议结果纠正占行政复议总计的比例', en: 'Reviews whose result corrected the agency, over all reviews' },
    ['review_corrected'],
    ['review_total'],
  ),
  rate(
    'suit_lost_rate',
    { zh: '诉讼败诉率', en: 'Lawsuits lost' },
    {
      zh: '行政诉讼结果纠正占行政诉讼总计的比例（两组之和）',
      en: 'Lawsuits whose result corrected the agency, over all lawsuits (both groups)',
    },
    ['suit_corrected'],
    ['suit_total'],
  ),
  rate(
    'corrected_rate',
    { zh: '复议诉讼纠错率', en: 'Reviews and lawsuits corrected' },
    {
      zh: '行政复议与行政诉讼结果纠正之和占两者总计之和的比例',
      en: 'Reviews and lawsuits that corrected the agency, over all reviews and lawsuits',
    },
    ['review_corrected', 'suit_corrected'],
    ['review_total', 'suit_total'],
  ),
  count(
    'corrected_count',
    { zh: '纠错与败诉件数', en: 'Reviews corrected and lawsuits lost' },
    {
      zh: '行政复议结果纠正与行政诉讼结果纠正的件数之和',
      en: 'Number of reviews and lawsuits that corrected the agency',
    },
    ['review_corrected', 'suit_corrected'],
  ),
  rate(
    'pending_rate',
    { zh: '尚未审结率', en: 'Reviews and lawsuits pending' },
    {
      zh: '行政复议与行政诉讼尚未审结之和占两者总计之和的比例',
      en: 'Reviews and lawsuits pending, over all reviews and lawsuits',
    },
    ['review_pending', 'suit_pending'],
    ['review_total', 'suit_total'],
  ),
] as const satisfies readonly Measure[];

export type MeasureId = (typeof MEASURES)[number]['id'];

const BY_ID = new Map<string, Measure>(MEASURES.map((m) => [m.id, m]));

export function isMeasureId(id: string | null): id is MeasureId {
  return id !== null && BY_ID.has(id);
}

export function measure(id: MeasureId): Measure {
  return BY_ID.get(id)!;
}

/** A term's figure and sign. */
export function termFigure(term: Term): { figure: Figure; sign: 1 | -1 } {
  return term.startsWith('-')
    ? { figure: FIGURE[term.slice(1) as FigureId], sign: -1 }
    : { figure: FIGURE[term as FigureId], sign: 1 };
}

/** Every figure a measure's formula reads. */
export function figuresOf(m: Measure): Figure[] {
  const terms = m.kind === 'count' ? m.value : [...m.numerator, ...m.denominator];
  return [...new Set(terms.map((t) => termFigure(t).figure))];
}

/** Every template cell a measure reads. */
export function measureCells(m: Measure): string[] {
  return [...new Set(figuresOf(m).flatMap((f) => f.cells))];
}

/** The layouts (templates) that have every cell of the measure. */
export function layoutsOf(m: Measure): Layout[] {
  const figures = figuresOf(m);
  return (['2021', '2019'] as const).filter((l) => figures.every((f) => f.layouts.includes(l)));
}

/** A formula in words (zh, en), over view columns, or over template cell ids. */
export type FormulaForm = 'zh' | 'en' | 'columns' | 'cells';

/** A list of terms as it reads: `granted + partial`, or over cell ids `t3.granted.total + …`. */
export function termsText(terms: readonly Term[], lang: FormulaForm): string {
  return terms
    .map((t, i) => {
      const { figure, sign } = termFigure(t);
      const name = lang === 'cells' ? figure.formula : lang === 'columns' ? figure.id : figure.label[lang];
      const wrapped =
        lang === 'cells' && figure.cells.length > 1 && !figure.formula.startsWith('Σ') ? `(${name})` : name;
      return i === 0 ? (sign < 0 ? `−${wrapped}` : wrapped) : `${sign < 0 ? '−' : '+'} ${wrapped}`;
    })
    .join(' ');
}

/** The formula as it reads: `(予以公开 + 部分公开) / 办理结果总计`. */
export function formulaText(m: Measure, lang: FormulaForm): string {
  if (m.kind === 'count') return termsText(m.value, lang);
  const side = (terms: readonly Term[]) => (terms.length > 1 ? `(${termsText(terms, lang)})` : termsText(terms, lang));
  return `${side(m.numerator)} / ${side(m.denominator)}`;
}
