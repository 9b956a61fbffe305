/**
 * Where in the SQL text a DuckDB error points.
 *
 * DuckDB appends the offending line and a caret to many errors:
 *
 *     Binder Error: Referenced column "yeer" not found in FROM clause!
 *
 *     LINE 3: where yeer = 1
 *                   ^
 *
 * Long lines are cut to a window with "..." on either side, and in a script of several
 * statements the line number counts from the start of the failing statement, not of the script.
 * So the printed snippet is searched for in the text (preferring the stated line) rather than
 * trusting the line number alone. One more quirk: for a binder error in a later statement on the
 * script's first line, DuckDB prints that statement alone but places the caret by the offset in
 * the whole script, so a whole (uncut) snippet that starts mid-line counts the caret from the
 * line's start.
 */

export interface ErrorPosition {
  /** 0-based character offset into the SQL text. */
  offset: number;
  /** 1-based line and column, for display. */
  line: number;
  column: number;
}

const LINE_CARET = /^(LINE (\d+): )(.*)\n( *)\^/m;
const ELLIPSIS = '...';
const END_OF_INPUT = /syntax error at end of input/;

export function parseErrorPosition(message: string, sql: string): ErrorPosition | null {
  const match = LINE_CARET.exec(message);
  // DuckDB prints no line for a statement that stops short ("select (" ): the end is the place.
  if (!match) return END_OF_INPUT.test(message) ? positionInText(sql, sql.trimEnd().length) : null;
  const [, prefix, lineNo, printed, spaces] = match;
  let caret = spaces.length - prefix.length;
  let snippet = printed;
  const cutAtStart = snippet.startsWith(ELLIPSIS);
  if (cutAtStart) {
    snippet = snippet.slice(ELLIPSIS.length).replace(/^ /, '');
    caret -= printed.length - snippet.length;
  }
  if (snippet.endsWith(ELLIPSIS)) snippet = snippet.slice(0, -ELLIPSIS.length);
  if (caret < 0) return null;

  const lineStarts = lineStartOffsets(sql);
  const statedLine = Number(lineNo) - 1;
  const start = findSnippet(sql, snippet, lineStarts, statedLine);
  if (start !== null) {
    const lineStart = lineStarts[positionAt(lineStarts, start).line - 1];
    const base = cutAtStart ? start : lineStart === start ? start : lineStart;
    return positionAt(lineStarts, Math.min(base + caret, sql.length));
  }
  if (statedLine < lineStarts.length) {
    const lineEnd = statedLine + 1 < lineStarts.length ? lineStarts[statedLine + 1] - 1 : sql.length;
    return positionAt(lineStarts, Math.min(lineStarts[statedLine] + caret, lineEnd));
  }
  return null;
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** The snippet's offset: on the stated line if it is there, else its first occurrence. */
function findSnippet(sql: string, snippet: string, lineStarts: number[], line: number): number | null {
  if (snippet.trim() === '') return null;
  if (line < lineStarts.length) {
    const onLine = sql.indexOf(snippet, lineStarts[line]);
    const nextLine = line + 1 < lineStarts.length ? lineStarts[line + 1] : sql.length + 1;
    if (onLine >= 0 && onLine < nextLine) return onLine;
  }
  const anywhere = sql.indexOf(snippet);
  return anywhere >= 0 ? anywhere : null;
}

/** Line and column (1-based) of an offset in a text. */
export function positionInText(text: string, offset: number): ErrorPosition {
  return positionAt(lineStartOffsets(text), offset);
}

function positionAt(lineStarts: number[], offset: number): ErrorPosition {
  let line = 0;
  while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
  return { offset, line: line + 1, column: offset - lineStarts[line] + 1 };
}
