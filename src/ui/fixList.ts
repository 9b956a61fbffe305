/**
 * The 整改清单 (list of problems to fix) of one agency as CSV columns: each finding with where it
 * is (report, year, table cell in words and as an id), what the template expects and what the
 * report says, so the agency's staff can correct the report without this app.
 */
import type { CsvColumn } from '../charts/csv';
import type { I18n } from '../i18n/useI18n';
import { ruleById } from '../report/rules';
import { cellLabel } from '../report/template';
import type { Severity } from '../report/types';
import type { Lang } from '../url/state';

/** One finding with its report and agency, as the Data quality view's list reads it (fixListQuery). */
export interface FindingItem {
  report_id: string;
  year: number | null;
  agency_id: string | null;
  agency_name: string;
  rule: string;
  severity: Severity;
  at_cell: string | null;
  expected: number | null;
  found: number | null;
  message_zh: string;
  message_en: string;
  source_url: string | null;
}

/** Header labels and severity names of the list, in the UI language. */
export interface FixListLabels {
  agency: string;
  year: string;
  report: string;
  severity: string;
  rule: string;
  ruleText: string;
  cell: string;
  cellId: string;
  expected: string;
  found: string;
  message: string;
  source: string;
  severityName: (s: FindingItem['severity']) => string;
}

export function fixListLabels(t: I18n['t']): FixListLabels {
  return {
    agency: t('compare.col.agency'),
    year: t('filter.year'),
    report: t('compare.col.report'),
    severity: t('quality.severity'),
    rule: t('quality.rule'),
    ruleText: t('quality.ruleText'),
    cell: t('quality.cell'),
    cellId: t('quality.cellId'),
    expected: t('quality.expected'),
    found: t('quality.found'),
    message: t('quality.message'),
    source: t('agency.sourceUrl'),
    severityName: (s) => t(`severity.${s}`),
  };
}

export function fixListColumns(lang: Lang, l: FixListLabels): CsvColumn<FindingItem>[] {
  return [
    { label: l.agency, value: (f) => f.agency_name },
    { label: l.year, value: (f) => f.year },
    { label: l.report, value: (f) => f.report_id },
    { label: l.severity, value: (f) => l.severityName(f.severity) },
    { label: l.rule, value: (f) => f.rule },
    { label: l.ruleText, value: (f) => ruleById(f.rule)?.[lang] ?? '' },
    { label: l.cell, value: (f) => (f.at_cell ? cellLabel(f.at_cell, lang) : '') },
    { label: l.cellId, value: (f) => f.at_cell },
    { label: l.expected, value: (f) => f.expected },
    { label: l.found, value: (f) => f.found },
    { label: l.message, value: (f) => (lang === 'zh' ? f.message_zh : f.message_en) },
    { label: l.source, value: (f) => f.source_url },
  ];
}
