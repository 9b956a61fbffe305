-- Views of the Disclosure Atlas dataset (政府信息公开年报数据集), defined once.
-- Run after the tables reports, agencies, cells and findings are loaded: by the Node pipeline and
-- tests (@duckdb/node-api) and by the browser (duckdb-wasm). Column meanings: src/dataset/dictionary.ts.
-- Blank cells are NULL; sums (SUM) skip them, so a sum is NULL only when every part is blank.

-- Table 2: one row per parsed report with a known layout. Layout 2019 has no fees amount and no
-- 本年制发/现行有效 columns, so those are NULL there.
CREATE OR REPLACE VIEW t2_figures AS
SELECT
  r.report_id,
  r.agency_id,
  r.year,
  r.layout,
  max(c.value) FILTER (WHERE c.cell_id = 't2.licensing.decisions') AS licensing_decisions,
  max(c.value) FILTER (WHERE c.cell_id = 't2.penalty.decisions') AS penalty_decisions,
  max(c.value) FILTER (WHERE c.cell_id = 't2.enforcement.decisions') AS enforcement_decisions,
  max(c.value) FILTER (WHERE c.cell_id = 't2.fees.amount_wan_yuan') AS fees_wan_yuan,
  max(c.value) FILTER (WHERE c.cell_id = 't2.regulations.issued') AS regulations_issued,
  max(c.value) FILTER (WHERE c.cell_id = 't2.normative_docs.issued') AS normative_docs_issued,
  max(c.value) FILTER (WHERE c.cell_id = 't2.normative_docs.in_force') AS normative_docs_in_force
FROM reports r
LEFT JOIN cells c ON c.report_id = r.report_id AND c.table_no = 2
WHERE r.status = 'ok' AND r.layout IN ('2021', '2019')
GROUP BY r.report_id, r.agency_id, r.year, r.layout;

-- Table 3: one row per report and table-3 column (the six applicant types and total).
CREATE OR REPLACE VIEW t3_by_applicant AS
SELECT
  r.report_id,
  r.agency_id,
  r.year,
  c.column_id AS applicant,
  c.column_id = 'total' AS is_total,
  max(c.value) FILTER (WHERE c.row_id = 'new_received') AS new_received,
  max(c.value) FILTER (WHERE c.row_id = 'carried_over') AS carried_over,
  max(c.value) FILTER (WHERE c.row_id = 'granted') AS granted,
  max(c.value) FILTER (WHERE c.row_id = 'partial') AS partial,
  sum(c.value) FILTER (WHERE c.row_id LIKE 'denied.%') AS denied,
  sum(c.value) FILTER (WHERE c.row_id LIKE 'unavailable.%') AS unavailable,
  sum(c.value) FILTER (WHERE c.row_id LIKE 'rejected.%') AS rejected,
  sum(c.value) FILTER (WHERE c.row_id LIKE 'other.%') AS other_handled,
  max(c.value) FILTER (WHERE c.row_id = 'total_handled') AS total_handled,
  max(c.value) FILTER (WHERE c.row_id = 'carried_forward') AS carried_forward
FROM reports r
JOIN cells c ON c.report_id = r.report_id AND c.table_no = 3
WHERE r.status = 'ok'
GROUP BY r.report_id, r.agency_id, r.year, c.column_id;

-- Table 4: one row per report and group (review, suit_direct, suit_after_review).
CREATE OR REPLACE VIEW t4_figures AS
SELECT
  r.report_id,
  r.agency_id,
  r.year,
  c.row_id AS group_id,
  max(c.value) FILTER (WHERE c.column_id = 'upheld') AS upheld,
  max(c.value) FILTER (WHERE c.column_id = 'corrected') AS corrected,
  max(c.value) FILTER (WHERE c.column_id = 'other') AS other,
  max(c.value) FILTER (WHERE c.column_id = 'pending') AS pending,
  max(c.value) FILTER (WHERE c.column_id = 'total') AS total
FROM reports r
JOIN cells c ON c.report_id = r.report_id AND c.table_no = 4
WHERE r.status = 'ok'
GROUP BY r.report_id, r.agency_id, r.year, c.row_id;

-- One row per parsed report: the agency and the main figures (table 3 from its total column).
CREATE OR REPLACE VIEW report_figures AS
SELECT
  r.report_id,
  r.agency_id,
  coalesce(a.name, r.agency_name) AS agency_name,
  a.short_name,
  a.province,
  a.city,
  a.county,
  a.level,
  a.agency_type,
  r.year,
  r.layout,
  r.published,
  t3.new_received,
  t3.carried_over,
  t3.granted,
  t3.partial,
  t3.denied,
  t3.unavailable,
  t3.rejected,
  t3.other_handled,
  t3.total_handled,
  t3.carried_forward,
  t2.licensing_decisions,
  t2.fees_wan_yuan,
  review.total AS review_total,
  review.corrected AS review_corrected,
  suit.suit_total,
  suit.suit_corrected,
  r.n_errors,
  r.n_warnings,
  r.source_url
FROM reports r
LEFT JOIN agencies a ON a.agency_id = r.agency_id
LEFT JOIN t3_by_applicant t3 ON t3.report_id = r.report_id AND t3.is_total
LEFT JOIN t2_figures t2 ON t2.report_id = r.report_id
LEFT JOIN t4_figures review ON review.report_id = r.report_id AND review.group_id = 'review'
LEFT JOIN (
  SELECT report_id, sum(total) AS suit_total, sum(corrected) AS suit_corrected
  FROM t4_figures
  WHERE group_id IN ('suit_direct', 'suit_after_review')
  GROUP BY report_id
) suit ON suit.report_id = r.report_id
WHERE r.status = 'ok';
