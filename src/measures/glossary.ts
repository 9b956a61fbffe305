/**
 * The short definitions one tap away from each KPI tile and chart (charts/Definition): a measure's
 * own description from measures.ts, with the templates that lack it; the few terms shown that are
 * not a measure (the reports counted, the outcome and appeal tables, a data-quality finding) are
 * defined here, in About's words.
 */
import { FINDING_DEFINITION } from '../report/rules';
import type { Label } from '../report/template';
import { isMeasureId, layoutsOf, type MeasureId, measure } from './measures';

const TERMS = {
  reports: {
    zh: '本站收录并按筛选条件选出的政府信息公开工作年度报告份数，每个机构每年一份。',
    en: 'The annual disclosure reports in the dataset that match the filters: one per agency and year.',
  },
  agencies: {
    zh: '发布这些年报的行政机关个数。',
    en: 'How many agencies published those reports.',
  },
  outcomes: {
    zh: '表三的办理结果分为六类，每份申请只归入一类；部分公开的申请只计入部分公开，所以各类相加等于总计。',
    en: 'Table 3 sorts the applications handled into six outcomes; each counts in exactly one (a partly granted one only there), so they add up to the total handled.',
  },
  appeals: {
    zh: '表四：因政府信息公开引起的行政复议、行政诉讼件数，及其中“结果纠正”的件数；纠错率 = 结果纠正 ÷ 该组总计。',
    en: 'Table 4: administrative reviews and lawsuits about disclosure, and how many were "corrected"; correction rate = corrected ÷ that group\'s total.',
  },
  finding: FINDING_DEFINITION,
} as const satisfies Record<string, Label>;

export type TermId = keyof typeof TERMS;
/** What a "?" can define: a measure of measures.ts or one of the terms above. */
export type DefinedId = MeasureId | TermId;

/** The short definition of a measure or term in the page's language. */
export function definitionOf(id: DefinedId, lang: keyof Label): string {
  if (!isMeasureId(id)) return TERMS[id][lang];
  const m = measure(id);
  const layouts = layoutsOf(m);
  const missing = (['2021', '2019'] as const).filter((l) => !layouts.includes(l));
  const lacking = missing.length
    ? lang === 'zh'
      ? `${missing.join('、')} 年版格式无此项。`
      : `Not in the ${missing.join(' and ')} template.`
    : '';
  return lang === 'zh'
    ? `${m.description.zh}。${lacking}`
    : [`${m.description.en}.`, lacking].filter(Boolean).join(' ');
}
