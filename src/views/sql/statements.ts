/**
 * Split a SQL script into statements at top-level semicolons (not inside quotes, dollar quotes or
 * comments). The workbench runs them one by one — the last one's rows are shown — and knows each
 * statement's offset so an error position lands in the right place of the editor.
 */

export interface Statement {
  text: string;
  /** Offset of `text` in the script. */
  from: number;
}

export function splitStatements(script: string): Statement[] {
  const statements: Statement[] = [];
  let start = 0;
  let i = 0;
  const push = (end: number) => {
    const text = script.slice(start, end);
    if (hasCode(text)) statements.push({ text, from: start });
  };
  while (i < script.length) {
    const ch = script[i];
    const next = script[i + 1];
    if (ch === "'" || ch === '"') {
      i = closingQuote(script, i, ch);
    } else if (ch === '-' && next === '-') {
      const eol = script.indexOf('\n', i);
      i = eol < 0 ? script.length : eol + 1;
    } else if (ch === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end < 0 ? script.length : end + 2;
    } else if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(script.slice(i))?.[0];
      if (tag) {
        const end = script.indexOf(tag, i + tag.length);
        i = end < 0 ? script.length : end + tag.length;
      } else i++;
    } else if (ch === ';') {
      push(i);
      start = ++i;
    } else i++;
  }
  push(script.length);
  return statements;
}

/** Index after the quote that closes the one at `open` (a doubled quote is an escaped quote). */
function closingQuote(s: string, open: number, quote: string): number {
  let i = open + 1;
  while (i < s.length) {
    if (s[i] === quote) {
      if (s[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return s.length;
}

/** True when the text holds more than whitespace and comments. */
function hasCode(text: string): boolean {
  return text.replace(/--[^\n]*|\/\*[\s\S]*?(\*\/|$)/g, '').trim() !== '';
}
