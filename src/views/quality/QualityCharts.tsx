import { useMemo } from 'react';
import { barChartHeight, barOption } from '../../charts/barOption';
import { ChartPanel, type DataColumn } from '../../charts/ChartPanel';
import { SEVERITY_COLORS } from '../../charts/theme';
import { useI18n } from '../../i18n/useI18n';
import type { Severity } from '../../report/types';
import { SEVERITIES } from '../../url/state';

interface Count {
  severity: Severity;
  n: number;
}

/** Counts by category and severity → one row per category with a count per severity (0 when none). */
export function pivotBySeverity<C extends Count>(rows: readonly C[], category: (r: C) => string) {
  const byCat = new Map<string, Record<Severity, number>>();
  for (const r of rows) {
    const key = category(r);
    const entry = byCat.get(key) ?? { error: 0, warning: 0, info: 0 };
    entry[r.severity] += r.n;
    byCat.set(key, entry);
  }
  return [...byCat].map(([cat, counts]) => ({
    category: cat,
    ...counts,
    total: counts.error + counts.warning + counts.info,
  }));
}

/** Findings per category (rule or year), stacked by severity. */
export function SeverityBarChart({
  title,
  categoryLabel,
  rows,
  reports,
  agencies,
  filename,
}: {
  title: string;
  categoryLabel: string;
  rows: ReturnType<typeof pivotBySeverity>;
  reports: number;
  agencies: number;
  filename: string;
}) {
  const { t } = useI18n();
  const option = useMemo(
    () =>
      barOption(
        rows.map((r) => r.category),
        SEVERITIES.map((s) => ({ name: t(`severity.${s}`), values: rows.map((r) => r[s]), color: SEVERITY_COLORS[s] })),
        { axis: t('quality.unit') },
        { stacked: true },
      ),
    [rows, t],
  );
  type Row = (typeof rows)[number];
  const columns: DataColumn<Row>[] = [
    { label: categoryLabel, value: (r) => r.category },
    ...SEVERITIES.map((s) => ({ label: t(`severity.${s}`), value: (r: Row) => r[s], numeric: true })),
    { label: t('quality.total'), value: (r) => r.total, numeric: true },
  ];
  return (
    <ChartPanel
      title={title}
      unit={t('quality.unit')}
      source={{ reports, agencies }}
      data={rows}
      columns={columns}
      option={option}
      filename={filename}
      definition="finding"
      height={barChartHeight(rows.length, 3)}
    />
  );
}
