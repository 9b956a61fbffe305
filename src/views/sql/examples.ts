/**
 * The example gallery: questions people actually ask of these reports, each answered by one
 * query that runs on the shipped dataset (a test runs every one of them). Template ids and labels
 * come from src/report/template.ts, never spelled out here.
 */

import { RULES } from '../../report/rules';
import { type Label, type Layout, TABLE3_ROWS } from '../../report/template';

export interface Example {
  id: string;
  title: Label;
  sql: string;
}

/** A VALUES list of the table-3 rows of one outcome group with their labels, for readable results. */
function refusalReasons(lang: keyof Label): string {
  const layout: Layout = '2021';
  return TABLE3_ROWS.filter((r) => r.group === 'denied' && r.layouts.includes(layout))
    .map((r) => `('${r.id}', '${r[lang].replace(/'/g, "''")}')`)
    .join(',\n    ');
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'reports_by_year',
    title: { zh: '各年度收录了多少份年报、多少个机关？', en: 'How many reports and agencies per year?' },
    sql: `SELECT year, count(*) AS reports, count(DISTINCT agency_id) AS agencies
FROM reports
WHERE status = 'ok'
GROUP BY year
ORDER BY year`,
  },
  {
    id: 't3_unbalanced',
    title: {
      zh: '哪些年报的表三不平衡（新收 + 上年结转 ≠ 办理总计 + 结转下年）？',
      en: 'Which reports have an unbalanced table 3 (new + carried over ≠ handled + carried forward)?',
    },
    sql: `SELECT r.report_id, r.agency_name, r.year,
  t.new_received, t.carried_over, t.total_handled, t.carried_forward,
  (t.new_received + t.carried_over) - (t.total_handled + t.carried_forward) AS difference
FROM t3_by_applicant t
JOIN report_figures r USING (report_id)
WHERE t.is_total
  AND (t.new_received + t.carried_over) <> (t.total_handled + t.carried_forward)
ORDER BY abs(difference) DESC, r.report_id`,
  },
  {
    id: 'refusal_reasons',
    title: { zh: '不予公开的理由各占多少？', en: 'What share of refusals cites each reason?' },
    sql: `WITH reasons(row_id, reason) AS (
  VALUES
    ${refusalReasons('zh')}
)
SELECT reason, row_id, sum(c.value) AS refused,
  round(100 * sum(c.value) / sum(sum(c.value)) OVER (), 1) AS share_pct
FROM cells c
JOIN reasons USING (row_id)
JOIN report_figures r USING (report_id)
WHERE c.table_no = 3 AND c.column_id = 'total' AND r.in_whole_set
GROUP BY reason, row_id
ORDER BY refused DESC NULLS LAST`,
  },
  {
    id: 'refusal_rate_by_agency',
    title: { zh: '各机关不予公开的比例（按年度）', en: 'Refusal rate by agency and year' },
    sql: `SELECT agency_name, year, total_handled, denied,
  round(100 * denied / nullif(total_handled, 0), 1) AS denied_pct
FROM report_figures
WHERE total_handled > 0
ORDER BY denied_pct DESC NULLS LAST, agency_name, year`,
  },
  {
    id: 'carry_over_mismatch',
    title: {
      zh: '哪些机关的“上年结转”与上一年报告的“结转下年度”对不上？',
      en: "Where does this year's carried-over not match last year's carried-forward?",
    },
    // Every pair of consecutive years, mismatches first: an empty mismatch list is an answer too.
    sql: `SELECT cur.agency_name, prev.year AS prev_year, prev.carried_forward AS prev_carried_forward,
  cur.year, cur.carried_over,
  cur.carried_over IS NOT DISTINCT FROM prev.carried_forward AS matches
FROM report_figures cur
JOIN report_figures prev ON prev.agency_id = cur.agency_id AND prev.year = cur.year - 1
ORDER BY matches, cur.agency_name, cur.year`,
  },
  {
    id: 'fees_by_year',
    title: { zh: '每年的行政事业性收费金额（万元）', en: 'Administrative fee income per year (10k yuan)' },
    sql: `SELECT year, count(fees_wan_yuan) AS reports_stating_fees, sum(fees_wan_yuan) AS fees_wan_yuan
FROM report_figures
WHERE in_whole_set -- a zone's report already includes its departments: count each once
GROUP BY year
ORDER BY year`,
  },
  {
    id: 'applicants_by_type',
    title: { zh: '申请人类型构成（按年度）', en: 'Who applies: applications by applicant type and year' },
    sql: `SELECT year, applicant, sum(new_received) AS new_received
FROM t3_by_applicant
WHERE NOT is_total AND report_id IN (SELECT report_id FROM report_figures WHERE in_whole_set)
GROUP BY year, applicant
ORDER BY year, new_received DESC NULLS LAST`,
  },
  {
    id: 'review_and_suits',
    title: { zh: '行政复议、诉讼被纠正的情况', en: 'Reviews and lawsuits: how often was the agency corrected?' },
    sql: `SELECT group_id, year, sum(total) AS cases, sum(corrected) AS corrected,
  round(100 * sum(corrected) / nullif(sum(total), 0), 1) AS corrected_pct
FROM t4_figures
WHERE report_id IN (SELECT report_id FROM report_figures WHERE in_whole_set)
GROUP BY group_id, year
ORDER BY group_id, year`,
  },
  {
    id: 'findings_by_rule',
    title: { zh: '核验发现的问题：按规则和严重程度', en: 'Check findings by rule and severity' },
    sql: `SELECT rule, severity, count(*) AS findings, count(DISTINCT report_id) AS reports
FROM findings
GROUP BY rule, severity
ORDER BY findings DESC, rule`,
  },
  {
    id: 'blank_cells',
    title: { zh: '哪些年报留空的单元格最多？', en: 'Which reports leave the most cells blank?' },
    sql: `SELECT f.report_id, r.agency_name, r.year, count(*) AS blank_cells
FROM findings f
JOIN reports r USING (report_id)
WHERE f.rule = '${RULES.blankCell.id}'
GROUP BY f.report_id, r.agency_name, r.year
ORDER BY blank_cells DESC, f.report_id`,
  },
];
