/** Every measure of src/measures/ with its formula (in words and over cell ids), unit and templates. */
import { useI18n } from '../../i18n/useI18n';
import { BLANK_RULE, formulaText, layoutsOf, MEASURES } from '../../measures/measures';

export function MeasureList() {
  const { t, label, lang } = useI18n();
  return (
    <section aria-labelledby="about-measures">
      <h2 id="about-measures">{t('about.measures')}</h2>
      <p>{label(BLANK_RULE)}</p>
      <p>{t('about.measuresCoverage')}</p>
      <dl data-testid="measure-list">
        {MEASURES.map((m) => (
          <div key={m.id} data-measure={m.id}>
            <dt>
              {label(m.label)} <code>{m.id}</code>
            </dt>
            <dd>
              {label(m.description)}
              {m.kind === 'rate' ? ' (%)' : ''}
              <br />
              {t('measure.formula', { formula: formulaText(m, lang) })}
              <br />
              <code>{formulaText(m, 'cells')}</code>
              <br />
              {t('about.measureLayouts', { layouts: layoutsOf(m).join(', ') })}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
