import type { Lang } from '../url/state';
import { MESSAGES, type MessageKey } from './messages';

export type Vars = Record<string, string | number>;

/**
 * The message for `key` in `lang` with `{name}` placeholders filled (a missing var stays visible).
 * `{name|one|other}` is a word that agrees with the number in `name` ("1 report", "2 reports");
 * numbers may come formatted ("1,234").
 */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  // A key built at run time that has no message shows the key itself, never a crashed page.
  const text = MESSAGES[key]?.[lang] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!(name in vars)) return whole;
    if (one === undefined) return String(vars[name]);
    return Number(String(vars[name]).replace(/[,\s]/g, '')) === 1 ? one : (other ?? '');
  });
}

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

// Creating an Intl.NumberFormat costs far more than using one: a table of thousands of numbers
// would spend seconds on it. One formatter per language and option set.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(LOCALE[lang], options)));
  return f;
}

/** A number for display: grouped thousands, at most `maxDecimals` decimals; null → the "not stated" text. */
export function formatNumber(lang: Lang, value: number | null | undefined, maxDecimals = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return translate(lang, 'common.notStated');
  return formatter(lang, { maximumFractionDigits: maxDecimals }).format(value);
}

/** A share k/n as a percentage with one decimal; n = 0 or unknown → "—". */
export function formatShare(lang: Lang, k: number | null | undefined, n: number | null | undefined): string {
  if (k === null || k === undefined || !n) return '—';
  return formatter(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(k / n);
}
