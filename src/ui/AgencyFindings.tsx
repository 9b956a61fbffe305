import { useI18n } from '../i18n/useI18n';
import { type RuleDef, ruleById } from '../report/rules';
import { cellLabel } from '../report/template';
import { Link } from '../url/Link';
import { useUrlState } from '../url/useUrlState';
import type { ShownFinding } from './shownReport';

/**
 * The findings of one report; each links to (and the tables highlight) the cell it is at.
 * `ruleOf` names rules beyond RULES (the check view's comparisons with earlier years).
 */
export function AgencyFindings({
  findings,
  ruleOf = ruleById,
}: {
  findings: ShownFinding[];
  ruleOf?: (id: string) => RuleDef | undefined;
}) {
  const { t, lang, num } = useI18n();
  const { state } = useUrlState();
  if (findings.length === 0) return <p>{t('agency.noFindings')}</p>;
  return (
    <ul className="finding-list">
      {findings.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a finding has no id; the list is replaced, never reordered
        <li key={i} className={`finding finding-${f.severity}`}>
          <span className={`badge badge-${f.severity}`}>{t(`severity.${f.severity}`)}</span>{' '}
          <span className="finding-rule">{ruleOf(f.rule)?.[lang] ?? f.rule}</span>
          <br />
          {lang === 'zh' ? f.message_zh : f.message_en}
          {f.expected !== null && f.found !== null && (
            <span className="muted">
              {' '}
              {t('quality.expectedFound', { expected: num(f.expected), found: num(f.found) })}
            </span>
          )}
          {f.at_cell && (
            <>
              {' '}
              <Link to={{ ...state, cell: f.at_cell }} aria-current={state.cell === f.at_cell ? 'location' : undefined}>
                {cellLabel(f.at_cell, lang)}
              </Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
