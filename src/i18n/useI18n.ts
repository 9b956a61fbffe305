/**
 * The UI language, Chinese by default. The app reads it from the URL (`lang=en`) and gives it
 * here through LanguageProvider; this module does not read the address bar itself.
 * `t` is stable per language so it can sit in dependency lists.
 */
import { createContext, useContext, useMemo } from 'react';
import type { Label } from '../report/template';
import type { Lang } from '../url/state';
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

export interface LanguageChoice {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LanguageContext = createContext<LanguageChoice>({ lang: 'zh', setLang: () => undefined });

/** Gives the page's language (and how to change it) to every useI18n below it. */
export const LanguageProvider = LanguageContext.Provider;

export function useI18n(): I18n {
  const { lang, setLang } = useContext(LanguageContext);
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
