/**
 * Text normalisation shared by the readers and the mapping: full/half width, whitespace,
 * numbering prefixes, and the reading of one cell's text as a number.
 */

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const QUOTES = /[“”"'‘’「」『』]/g;

/** NFKC folds full-width forms (（）０-９：，) to ASCII; whitespace of any kind collapses to one space. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(WHITESPACE, ' ').trim();
}

// 一、 二、 (一) （三） 1. 2、 (1) ① — repeated, as in "三、(一)予以公开".
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十\d]+\)|\d+[.、．](?!\d)|[①-⑳])/;

/** A label reduced to what identifies it: no whitespace, quotes, numbering or trailing colon. */
export function normalizeLabel(s: string): string {
  let t = normalizeText(s)
    .replace(/ /g, '')
    .replace(QUOTES, '')
    .replace(/[:|]+$/, '');
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(NUMBERING, '');
  }
  return t;
}

export type CellValue = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'unreadable' };

const ASCII_INT = /^\d{1,15}$/;
const BLANK: CellValue = Object.freeze({ kind: 'blank' });
// Compared after NFKC, which turns an ellipsis into full stops: '…' is '...' and '……' is '......'.
const BLANKS = new Set(['', '-', '--', '—', '——', '–', '/', '无', '_', '...', '......']);
const UNIT = /(?:万元|元|件|个|条|项|次|人次|笔|份|宗|家)$/;
const PLAIN_NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
const GROUPED_NUMBER = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
// `22（其中修订16件）`: the bracket is a sub-count note, not part of the cell's number.
const NOTED_NUMBER = /^([-+]?\d+(?:\.\d+)?)\(.*\)$/;

/** Reads a table cell as printed: blank-like → blank, a number (with units, separators) → number, else unreadable. */
export function parseCellValue(raw: string): CellValue {
  // The common cases without NFKC: a plain integer, an empty or &nbsp; cell.
  if (ASCII_INT.test(raw)) return { kind: 'number', value: Number(raw) };
  if (raw.trim() === '') return BLANK;
  const t = normalizeText(raw).replace(/ /g, '').replace(/[−－]/g, '-');
  if (BLANKS.has(t)) return BLANK;
  const noted = NOTED_NUMBER.exec(t);
  if (noted) return { kind: 'number', value: Number(noted[1]) };
  const bare = t.replace(UNIT, '');
  if (PLAIN_NUMBER.test(bare)) return { kind: 'number', value: Number(bare) };
  if (GROUPED_NUMBER.test(bare)) return { kind: 'number', value: Number(bare.replace(/,/g, '')) };
  return { kind: 'unreadable' };
}

const APPROX_CHARS = /^[\d.,+\-约余多近左右件万元个条项次以上下人笔份宗家]+$/;
const NOT_A_NUMBER = /^(?:n\/?a|null|nan|x|\?)$/i;
// `1.` or `2、` in a cell of its own is a row's numbering, not a value.
const ITEM_NUMBER = /^\d{1,2}[.、]$/;

/**
 * Whether a cell sits in a value position: a number, a blank or dash, or something a reader
 * wrote where a number belongs (`约20`, `10余`, `N/A`). Labels carry other CJK text.
 */
export function isValueLike(raw: string): boolean {
  if (ASCII_INT.test(raw) || raw.trim() === '') return true;
  const t = normalizeText(raw).replace(/ /g, '').replace(/[−－]/g, '-');
  if (BLANKS.has(t)) return true;
  if (parseCellValue(t).kind === 'number') return true;
  if (NOT_A_NUMBER.test(t)) return true;
  if (ITEM_NUMBER.test(t)) return false;
  return t.length <= 10 && /\d/.test(t) && APPROX_CHARS.test(t);
}
