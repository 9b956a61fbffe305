/**
 * Which reports the Overview's totals add (one of the two non-overlapping sets of
 * src/measures/coverage.ts, chosen in the filters): said in the source lines and in a note naming
 * the reports that overlap and which side is counted.
 */
import type { I18n } from '../../i18n/useI18n';
import type { Basis, OverlapRow } from '../../measures/coverage';

/** The source line's words for the set counted: short, for every chart. */
export function basisSource(i18n: I18n, basis: Basis, overlaps: readonly OverlapRow[]): string {
  if (!overlaps.length) return i18n.t('coverage.sourceNone');
  return i18n.t(basis === 'whole' ? 'coverage.sourceWhole' : 'coverage.sourceDepartments');
}

interface CoverageNoteProps {
  i18n: I18n;
  basis: Basis;
  counted: number;
  overlaps: readonly OverlapRow[];
}

/**
 * Which jurisdiction reports overlap their departments' and which side is counted: one short
 * sentence with the counts (a phone's first screen is for the figures), the reports named one tap away.
 */
export function CoverageNote({ i18n, basis, counted, overlaps }: CoverageNoteProps) {
  const { t, num } = i18n;
  if (!overlaps.length)
    return (
      <p className="note" data-testid="coverage-note">
        {t('coverage.none', { counted: num(counted) })}
      </p>
    );
  const departments = overlaps.reduce((a, o) => a + Number(o.departments), 0);
  return (
    <div className="note coverage-note" data-testid="coverage-note">
      {t(basis === 'whole' ? 'coverage.whole' : 'coverage.departments', {
        counted: num(counted),
        overlaps: num(overlaps.length),
        departments: num(departments),
      })}{' '}
      <details className="coverage-reports">
        <summary>{t('coverage.which', { count: num(overlaps.length) })}</summary>
        <ul>
          {overlaps.map((o) => (
            <li key={o.report_id}>{t('coverage.report', { name: o.agency_name, year: o.year, id: o.report_id })}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
