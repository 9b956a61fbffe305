/**
 * The UI language: part of the URL (`lang=en`), Chinese by default.
 * `t` is stable per language so it can sit in dependency lists.
 */
import { useCallback, useMemo } from 'react';
import type { Label } from '../report/template';
import type { Lang } from '../url/state';
import { useUrlState } from '../url/useUrlState';
import type { MessageKey } from './messages';
import { formatNumber, formatShare, translate, type Vars } from './translate';

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, vars?: Vars) => string;
  /** The zh or en side of a template label (src/report/template.ts). */
  label: (l: Label) => string;
  num: (value: number | null | undefined, maxDecimals?: number) => string;
  share: (k: number | null | undefined, n: number | null | undefined) => string;
  setLang: (lang: Lang) => void;
}

export function useI18n(): I18n {
  const { state, setState } = useUrlState();
  const lang = state.lang;
  const setLang = useCallback((next: Lang) => setState({ lang: next }, { replace: true }), [setState]);
  return useMemo(
    () => ({
      lang,
      t: (key: MessageKey, vars?: Vars) => translate(lang, key, vars),
      label: (l: Label) => l[lang],
      num: (value: number | null | undefined, maxDecimals?: number) => formatNumber(lang, value, maxDecimals),
      share: (k: number | null | undefined, n: number | null | undefined) => formatShare(lang, k, n),
      setLang,
    }),
    [lang, setLang],
  );
}
