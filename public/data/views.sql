-- Views of the Disclosure Atlas dataset (政府信息公开年报数据集), generated from src/measures/.
-- Run after the tables reports, agencies, cells and findings are loaded. Column meanings: README.md,
-- datapackage.json. Blank cells are NULL; sums (SUM) skip them, so a sum is NULL only when every part is blank.

-- Every agency with each agency above it through agencies.parent_id (depth 1 = its parent).
CREATE OR REPLACE VIEW agency_ancestors AS
WITH RECURSIVE up(agency_id, ancestor_id, depth) AS (
  SELECT agency_id, parent_id, 1 FROM agencies WHERE parent_id IS NOT NULL
  UNION ALL
  SELECT up.agency_id, a.parent_id, up.depth + 1
  FROM up JOIN agencies a ON a.agency_id = up.ancestor_id
  WHERE a.parent_id IS NOT NULL AND up.depth < 10
)
SELECT agency_id, ancestor_id, depth FROM up;

-- Table 2: one row per parsed report with a known layout (NULL where the layout lacks the item).
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
  max(c.value) FILTER (WHERE c.cell_id = 't2.normative_docs.repealed') AS normative_docs_repealed,
  max(c.value) FILTER (WHERE c.cell_id = 't2.normative_docs.in_force') AS normative_docs_in_force
FROM reports r
LEFT JOIN cells c ON c.report_id = r.report_id AND c.table_no = 2
WHERE r.status = 'ok' AND r.layout IN ('2021', '2019')
GROUP BY r.report_id, r.agency_id, r.year, r.layout;

-- Table 3: one row per report and table-3 column (natural_person, commercial, research, social_welfare, legal_service, other_org, total).
CREATE OR REPLACE VIEW t3_by_applicant AS
SELECT
  r.report_id,
  r.agency_id,
  r.year,
  c.column_id AS applicant,
  c.column_id = 'total' AS is_total,
  sum(c.value) FILTER (WHERE c.row_id IN ('new_received')) AS new_received,
  sum(c.value) FILTER (WHERE c.row_id IN ('carried_over')) AS carried_over,
  sum(c.value) FILTER (WHERE c.row_id IN ('granted')) AS granted,
  sum(c.value) FILTER (WHERE c.row_id IN ('partial')) AS partial,
  sum(c.value) FILTER (WHERE c.row_id IN ('denied.state_secret', 'denied.law_prohibited', 'denied.three_safeties', 'denied.third_party', 'denied.internal_affairs', 'denied.process_info', 'denied.enforcement_file', 'denied.admin_query')) AS denied,
  sum(c.value) FILTER (WHERE c.row_id IN ('unavailable.not_held', 'unavailable.needs_creation', 'unavailable.unclear')) AS unavailable,
  sum(c.value) FILTER (WHERE c.row_id IN ('unavailable.not_held')) AS unavailable_not_held,
  sum(c.value) FILTER (WHERE c.row_id IN ('rejected.petition', 'rejected.duplicate', 'rejected.publication', 'rejected.mass_repeated', 'rejected.reconfirm')) AS rejected,
  sum(c.value) FILTER (WHERE c.row_id IN ('rejected.petition')) AS rejected_petition,
  sum(c.value) FILTER (WHERE c.row_id IN ('other.no_correction', 'other.no_fee', 'other.other')) AS other_handled,
  sum(c.value) FILTER (WHERE c.row_id IN ('total_handled')) AS total_handled,
  sum(c.value) FILTER (WHERE c.row_id IN ('carried_forward')) AS carried_forward
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

-- One row per parsed report: the agency, what the report covers and which totals may add it,
-- and every figure of src/measures/figures.ts.
CREATE OR REPLACE VIEW report_figures AS
WITH scoped AS (
  SELECT r.report_id, r.agency_id, r.year, coalesce(r.scope, CASE WHEN a.agency_type IN ('人民政府', '管委会') THEN 'jurisdiction' ELSE 'own' END) AS scope
  FROM reports r LEFT JOIN agencies a ON a.agency_id = r.agency_id
  WHERE r.status = 'ok'
),
figures AS (
  SELECT
    c.report_id,
    sum(c.value) FILTER (WHERE c.cell_id = 't2.licensing.decisions') AS licensing_decisions,
    sum(c.value) FILTER (WHERE c.cell_id = 't2.penalty.decisions') AS penalty_decisions,
    sum(c.value) FILTER (WHERE c.cell_id = 't2.enforcement.decisions') AS enforcement_decisions,
    sum(c.value) FILTER (WHERE c.cell_id = 't2.fees.amount_wan_yuan') AS fees_wan_yuan,
    sum(c.value) FILTER (WHERE c.cell_id = 't2.regulations.issued') AS regulations_issued,
    sum(c.value) FILTER (WHERE c.cell_id = 't2.normative_docs.issued') AS normative_docs_issued,
    sum(c.value) FILTER (WHERE c.cell_id = 't2.normative_docs.repealed') AS normative_docs_repealed,
    sum(c.value) FILTER (WHERE c.cell_id = 't2.normative_docs.in_force') AS normative_docs_in_force,
    sum(c.value) FILTER (WHERE c.cell_id = 't3.new_received.total') AS new_received,
    sum(c.value) FILTER (WHERE c.cell_id = 't3.carried_over.total') AS carried_over,
    sum(c.value) FILTER (WHERE c.cell_id = 't3.granted.total') AS granted,
    sum(c.value) FILTER (WHERE c.cell_id = 't3.partial.total') AS partial,
    sum(c.value) FILTER (WHERE c.cell_id IN ('t3.denied.state_secret.total', 't3.denied.law_prohibited.total', 't3.denied.three_safeties.total', 't3.denied.third_party.total', 't3.denied.internal_affairs.total', 't3.denied.process_info.total', 't3.denied.enforcement_file.total', 't3.denied.admin_query.total')) AS denied,
    sum(c.value) FILTER (WHERE c.cell_id IN ('t3.unavailable.not_held.total', 't3.unavailable.needs_creation.total', 't3.unavailable.unclear.total')) AS unavailable,
    sum(c.value) FILTER (WHERE c.cell_id = 't3.unavailable.not_held.total') AS unavailable_not_held,
    sum(c.value) FILTER (WHERE c.cell_id IN ('t3.rejected.petition.total', 't3.rejected.duplicate.total', 't3.rejected.publication.total', 't3.rejected.mass_repeated.total', 't3.rejected.reconfirm.total')) AS rejected,
    sum(c.value) FILTER (WHERE c.cell_id = 't3.rejected.petition.total') AS rejected_petition,
    sum(c.value) FILTER (WHERE c.cell_id IN ('t3.other.no_correction.total', 't3.other.no_fee.total', 't3.other.other.total')) AS other_handled,
    sum(c.value) FILTER (WHERE c.cell_id = 't3.new_received.natural_person') AS natural_new_received,
    sum(c.value) FILTER (WHERE c.cell_id = 't3.total_handled.total') AS total_handled,
    sum(c.value) FILTER (WHERE c.cell_id = 't3.carried_forward.total') AS carried_forward,
    sum(c.value) FILTER (WHERE c.cell_id = 't4.review.total') AS review_total,
    sum(c.value) FILTER (WHERE c.cell_id = 't4.review.corrected') AS review_corrected,
    sum(c.value) FILTER (WHERE c.cell_id = 't4.review.pending') AS review_pending,
    sum(c.value) FILTER (WHERE c.cell_id IN ('t4.suit_direct.total', 't4.suit_after_review.total')) AS suit_total,
    sum(c.value) FILTER (WHERE c.cell_id IN ('t4.suit_direct.corrected', 't4.suit_after_review.corrected')) AS suit_corrected,
    sum(c.value) FILTER (WHERE c.cell_id IN ('t4.suit_direct.pending', 't4.suit_after_review.pending')) AS suit_pending
  FROM cells c
  GROUP BY c.report_id
),
placed AS (
  SELECT s.*, c.covered_by, coalesce(d.reports, 0)::INTEGER AS department_reports
  FROM scoped s
  LEFT JOIN (
    SELECT x.agency_id, p.year, arg_min(p.report_id, x.depth) AS covered_by
    FROM scoped p JOIN agency_ancestors x ON x.ancestor_id = p.agency_id
    WHERE p.scope = 'jurisdiction'
    GROUP BY x.agency_id, p.year
  ) c ON c.agency_id = s.agency_id AND c.year = s.year
  LEFT JOIN (SELECT x.ancestor_id AS agency_id, d.year, count(*)::INTEGER AS reports
  FROM scoped d JOIN agency_ancestors x ON x.agency_id = d.agency_id
  GROUP BY x.ancestor_id, d.year) d ON d.agency_id = s.agency_id AND d.year = s.year
)
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
  a.parent_id,
  r.year,
  r.layout,
  r.published,
  p.scope,
  p.covered_by,
  p.department_reports,
  p.covered_by IS NULL AS in_whole_set,
  NOT (p.scope = 'jurisdiction' AND p.department_reports > 0) AS in_department_set,
  f.licensing_decisions,
  f.penalty_decisions,
  f.enforcement_decisions,
  f.fees_wan_yuan,
  f.regulations_issued,
  f.normative_docs_issued,
  f.normative_docs_repealed,
  f.normative_docs_in_force,
  f.new_received,
  f.carried_over,
  f.granted,
  f.partial,
  f.denied,
  f.unavailable,
  f.unavailable_not_held,
  f.rejected,
  f.rejected_petition,
  f.other_handled,
  f.natural_new_received,
  f.total_handled,
  f.carried_forward,
  f.review_total,
  f.review_corrected,
  f.review_pending,
  f.suit_total,
  f.suit_corrected,
  f.suit_pending,
  r.n_errors,
  r.n_warnings,
  r.source_url
FROM reports r
JOIN placed p ON p.report_id = r.report_id
LEFT JOIN agencies a ON a.agency_id = r.agency_id
LEFT JOIN figures f ON f.report_id = r.report_id;

-- Each jurisdiction report whose departments (agencies directly under it) also reported that year,
-- per table-2 figure: its own value beside the sum of its departments' values.
CREATE OR REPLACE VIEW jurisdiction_check AS
WITH jurisdictions AS (SELECT * FROM report_figures WHERE scope = 'jurisdiction' AND department_reports > 0)
SELECT j.report_id, j.agency_id, j.year, 'licensing_decisions' AS figure, j.licensing_decisions AS value,
  sum(d.licensing_decisions) AS departments_sum, count(d.licensing_decisions)::INTEGER AS departments_stating,
  count(d.report_id)::INTEGER AS department_reports
FROM jurisdictions j
LEFT JOIN agency_ancestors x ON x.ancestor_id = j.agency_id AND x.depth = 1
LEFT JOIN report_figures d ON d.agency_id = x.agency_id AND d.year = j.year
GROUP BY j.report_id, j.agency_id, j.year, j.licensing_decisions
UNION ALL
SELECT j.report_id, j.agency_id, j.year, 'penalty_decisions' AS figure, j.penalty_decisions AS value,
  sum(d.penalty_decisions) AS departments_sum, count(d.penalty_decisions)::INTEGER AS departments_stating,
  count(d.report_id)::INTEGER AS department_reports
FROM jurisdictions j
LEFT JOIN agency_ancestors x ON x.ancestor_id = j.agency_id AND x.depth = 1
LEFT JOIN report_figures d ON d.agency_id = x.agency_id AND d.year = j.year
GROUP BY j.report_id, j.agency_id, j.year, j.penalty_decisions
UNION ALL
SELECT j.report_id, j.agency_id, j.year, 'enforcement_decisions' AS figure, j.enforcement_decisions AS value,
  sum(d.enforcement_decisions) AS departments_sum, count(d.enforcement_decisions)::INTEGER AS departments_stating,
  count(d.report_id)::INTEGER AS department_reports
FROM jurisdictions j
LEFT JOIN agency_ancestors x ON x.ancestor_id = j.agency_id AND x.depth = 1
LEFT JOIN report_figures d ON d.agency_id = x.agency_id AND d.year = j.year
GROUP BY j.report_id, j.agency_id, j.year, j.enforcement_decisions
UNION ALL
SELECT j.report_id, j.agency_id, j.year, 'fees_wan_yuan' AS figure, j.fees_wan_yuan AS value,
  sum(d.fees_wan_yuan::DECIMAL(18, 6))::DOUBLE AS departments_sum, count(d.fees_wan_yuan)::INTEGER AS departments_stating,
  count(d.report_id)::INTEGER AS department_reports
FROM jurisdictions j
LEFT JOIN agency_ancestors x ON x.ancestor_id = j.agency_id AND x.depth = 1
LEFT JOIN report_figures d ON d.agency_id = x.agency_id AND d.year = j.year
GROUP BY j.report_id, j.agency_id, j.year, j.fees_wan_yuan;
