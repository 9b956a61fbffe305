/**
 * Which reports the Overview's totals add: the switch between the two non-overlapping sets
 * (src/measures/coverage.ts) and a line naming the reports that overlap and which side is counted.
 */
import type { I18n } from '../../i18n/useI18n';
import type { Basis, OverlapRow } from '../../measures/coverage';
import { Choice } from '../../url/Choice';

export function BasisChoice({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  return (
    <Choice
      field="basis"
      legend={t('basis.legend')}
      options={[
        { value: 'whole', label: t('basis.whole') },
        { value: 'departments', label: t('basis.departments') },
      ]}
    />
  );
}

/** The source line's words for the set counted: short, for every chart. */
export function basisSource(i18n: I18n, basis: Basis, overlaps: readonly OverlapRow[]): string {
  if (!overlaps.length) return i18n.t('coverage.sourceNone');
  return i18n.t(basis === 'whole' ? 'coverage.sourceWhole' : 'coverage.sourceDepartments');
}

/** The full statement: which jurisdiction reports overlap their departments' and which side is counted. */
export function coverageText(i18n: I18n, basis: Basis, counted: number, overlaps: readonly OverlapRow[]): string {
  const { t, num } = i18n;
  if (!overlaps.length) return t('coverage.none', { counted: num(counted) });
  const names = overlaps.map((o) => t('coverage.report', { name: o.agency_name, year: o.year, id: o.report_id }));
  const departments = overlaps.reduce((a, o) => a + Number(o.departments), 0);
  return t(basis === 'whole' ? 'coverage.whole' : 'coverage.departments', {
    counted: num(counted),
    names: names.join(t('coverage.listSeparator')),
    departments: num(departments),
  });
}
