/**
 * Short definitions of the measures the public pages show, one tap away from each KPI tile and
 * chart (the longer text is in 关于数据 / About). One place for them, so the tiles, the charts
 * and About cannot drift apart; the wording follows About's own terms.
 */
import type { Lang } from '../url/state';

export const MEASURE_IDS = [
  'reports',
  'agencies',
  'received',
  'handled',
  'licensing',
  'fees',
  'grantedShare',
  'outcomes',
  'appeals',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

const DEFINITIONS: Record<MeasureId, Record<Lang, string>> = {
  reports: {
    zh: '本站收录并按筛选条件选出的政府信息公开工作年度报告份数，每个机构每年一份。',
    en: 'The annual disclosure reports in the dataset that match the filters: one per agency and year.',
  },
  agencies: {
    zh: '发布这些年报的行政机关个数。',
    en: 'How many agencies published those reports.',
  },
  received: {
    zh: '表三“本年新收政府信息公开申请数量”的合计（不含上年结转）；原表空白的不计入。',
    en: 'Table 3, applications received in the year (not those carried over from the year before), summed; blank cells left out.',
  },
  handled: {
    zh: '表三办理结果“总计”：当年办结的申请，分为予以公开、部分公开、不予公开、无法提供、不予处理和其他处理六类，每份申请只计一类。',
    en: 'Table 3, total handled: applications decided in the year, each in exactly one of six outcomes (granted, partly granted, refused, cannot be provided, not processed, otherwise handled).',
  },
  licensing: {
    zh: '表二“行政许可”本年处理决定数量的合计。',
    en: 'Table 2, licensing: decisions made in the year, summed.',
  },
  fees: {
    zh: '表二中本年行政事业性收费金额，单位为万元（1 亿元 = 10,000 万元）；2019 年版格式只填报收费项目数量，不填报金额。',
    en: 'Table 2, administrative fees collected in the year, in 万元 (10,000 yuan; 1 亿元 = 10,000 万元). The 2019 template reports only the number of fee items, not the amount.',
  },
  grantedShare: {
    zh: '公开率 =（予以公开 + 部分公开）÷ 办理结果总计，只统计这三项都有填报的年报，并同时显示分子和分母。',
    en: 'Share granted = (granted + partly granted) ÷ total handled, over the reports that state all three; the numerator and denominator are shown with it.',
  },
  outcomes: {
    zh: '表三的办理结果分为六类，每份申请只归入一类；部分公开的申请只计入部分公开，所以各类相加等于总计。',
    en: 'Table 3 sorts the applications handled into six outcomes; each counts in exactly one (a partly granted one only there), so they add up to the total handled.',
  },
  appeals: {
    zh: '表四：因政府信息公开引起的行政复议、行政诉讼件数，及其中“结果纠正”的件数；纠错率 = 结果纠正 ÷ 该组总计。',
    en: 'Table 4: administrative reviews and lawsuits about disclosure, and how many were "corrected"; correction rate = corrected ÷ that group\'s total.',
  },
};

/** The short definition of a measure in the page's language. */
export function definitionOf(id: MeasureId, lang: Lang): string {
  return DEFINITIONS[id][lang];
}
