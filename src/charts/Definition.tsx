/**
 * A measure's short definition one tap away: a small "?" button that shows the text right below
 * it, with a link to About for the rest. A disclosure (button + region), not a hover tooltip, so it
 * works by touch and keyboard and the text is read in place.
 */
import { useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { type DefinedId, definitionOf } from '../measures/glossary';
import { Link } from '../url/Link';
import { switchView } from '../url/state';
import { useUrlState } from '../url/useUrlState';

export function Definition({ measure, term }: { measure: DefinedId; term: string }) {
  const { t, lang } = useI18n();
  const { state } = useUrlState();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="define-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('define.button', { term })}
        onClick={() => setOpen((v) => !v)}
      >
        ?
      </button>
      <span id={id} className="define-text" hidden={!open} data-definition={measure}>
        {definitionOf(measure, lang)} <Link to={switchView('about', state)}>{t('define.more')}</Link>
      </span>
    </>
  );
}
