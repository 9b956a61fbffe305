/**
 * Share a view or a chart: a button that opens a small panel with the link (and, for a chart, the
 * iframe code of its `embed=1` form), each with a copy button. The text stays visible and
 * selectable, so copying by hand works where the clipboard is not allowed.
 */
import { useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { serializeUrlState, type UrlState } from '../url/state';

/** The absolute address of a state on this page (same folder, any server path). */
export function shareUrl(state: UrlState): string {
  return `${window.location.origin}${window.location.pathname}${serializeUrlState(state)}`;
}

/** The iframe code that embeds a chart: its `embed=1` link, titled for screen readers. */
export function embedCode(state: UrlState, title: string): string {
  const src = shareUrl({ ...state, embed: true })
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;');
  const name = title.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return `<iframe src="${src}" title="${name}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
}

function CopyField({ label, copyLabel, text }: { label: string; copyLabel: string; text: string }) {
  const { t } = useI18n();
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setResult('copied');
    } catch {
      setResult('failed');
      (document.getElementById(id) as HTMLTextAreaElement | null)?.select();
    }
  };
  return (
    <div className="share-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={text} rows={text.length > 120 ? 3 : 2} onFocus={(e) => e.target.select()} />
      <button type="button" onClick={copy}>
        {copyLabel}
      </button>
      <span role="status" className="note">
        {result === 'copied' ? t('share.copied') : result === 'failed' ? t('share.copyFailed') : ''}
      </span>
    </div>
  );
}

export function Share({ label, state, embedTitle }: { label: string; state: UrlState; embedTitle?: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <>
      <button
        type="button"
        className="share-button"
        aria-expanded={open}
        aria-controls={panel}
        aria-label={label}
        onClick={() => setOpen((v) => !v)}
      >
        {t('share.button')}
      </button>
      {open && (
        <div id={panel} className="share-panel" data-testid="share-panel">
          <CopyField label={t('share.linkLabel')} copyLabel={t('share.copyLink')} text={shareUrl(state)} />
          {embedTitle && (
            <CopyField
              label={t('share.embedLabel')}
              copyLabel={t('share.copyEmbed')}
              text={embedCode(state, embedTitle)}
            />
          )}
        </div>
      )}
    </>
  );
}
