/**
 * Reader for HTML pages (a whole saved page or a fragment): a real HTML parser (htmlparser2),
 * <script>/<style> dropped, text split into lines at block elements, tables turned into rows
 * with rowspan cells repeated in the rows they cover (colspan cells appear once). A <pre> block
 * keeps its lines: its text is read like a text file (a CMS that wraps a pasted report in one).
 */
import { Parser } from 'htmlparser2';
import type { Block } from './blocks';
import { normalizeText } from './normalize';
import { readText } from './read-text';

export interface HtmlDocument {
  blocks: Block[];
  /** <title> text. */
  title: string | null;
  /** <meta name=… content=…> pairs, names lower-cased. */
  meta: Map<string, string>;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);
/**
 * An <svg> or <math> left open does not hide the rest of the page: as in a browser's HTML parser,
 * these HTML elements end the foreign content.
 */
const FOREIGN = new Set(['svg', 'math']);
const BREAKOUT = new Set(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var'.split(
    ' ',
  ),
);
const BREAKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'table',
  'tr',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'dl',
  'hr',
  'form',
  'caption',
]);

interface OpenCell {
  text: string;
  colspan: number;
  rowspan: number;
  /** A cell holding a whole table (page layout, not data): its own text is read as text lines. */
  layout: boolean;
}

interface OpenTable {
  /** Cells spanning down from earlier rows: column → text and rows left. */
  carried: Map<number, { text: string; rows: number; colspan: number }>;
  row: OpenCell[] | null;
  cell: OpenCell | null;
}

function span(attr: string | undefined): number {
  const n = Number.parseInt(attr ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 100) : 1;
}

/** Lays out one row: cells carried down by rowspan take their columns, the row's own cells fill the rest. */
function layoutRow(table: OpenTable, cells: OpenCell[]): string[] {
  const out: string[] = [];
  let col = 0;
  const takeCarried = () => {
    for (let c = table.carried.get(col); c; c = table.carried.get(col)) {
      out.push(c.text);
      c.rows--;
      if (c.rows === 0) table.carried.delete(col);
      col += c.colspan;
    }
  };
  for (const cell of cells) {
    takeCarried();
    const text = normalizeText(cell.text);
    out.push(text);
    if (cell.rowspan > 1) table.carried.set(col, { text, rows: cell.rowspan - 1, colspan: cell.colspan });
    col += cell.colspan;
  }
  // Cells carried down past the row's own last cell (e.g. a rowspan 总计 column).
  for (const k of [...table.carried.keys()].filter((k) => k >= col).sort((a, b) => a - b)) {
    col = k;
    takeCarried();
  }
  return out;
}

export function readHtml(html: string): HtmlDocument {
  const blocks: Block[] = [];
  const meta = new Map<string, string>();
  let title: string | null = null;
  let inTitle = false;
  let skipDepth = 0;
  let skipRoot: string | null = null;
  let line = '';
  const tables: OpenTable[] = [];
  let preDepth = 0;
  let preText = '';

  const pushLine = (text: string) => {
    const t = normalizeText(text);
    if (t !== '') blocks.push({ kind: 'text', text: t });
  };
  const flushLine = () => {
    pushLine(line);
    line = '';
  };
  const top = () => tables[tables.length - 1];
  const flushPre = () => {
    blocks.push(...readText(preText));
    preText = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipDepth > 0 && FOREIGN.has(skipRoot ?? '') && BREAKOUT.has(name)) {
          skipDepth = 0;
          skipRoot = null;
        }
        if (SKIP.has(name)) {
          skipDepth++;
          skipRoot ??= name;
          return;
        }
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attrs.name ?? attrs.property ?? attrs['http-equiv'] ?? '').toLowerCase();
          if (key && attrs.content !== undefined) meta.set(key, attrs.content);
        }
        const t = top();
        const cell = t?.cell;
        if (preDepth > 0) {
          if (name === 'pre') preDepth++;
          else if (BREAKS.has(name)) preText += '\n';
          return;
        }
        if (name === 'pre') {
          // Inside a cell, the cell becomes page layout: its text so far is text lines.
          if (cell && !cell.layout) {
            for (const l of cell.text.split('\n')) pushLine(l);
            cell.layout = true;
            cell.text = '';
          } else flushLine();
          preDepth = 1;
          return;
        }
        if (name === 'table') {
          if (cell && !cell.layout) {
            // A table inside a cell: the cell is page layout, its text so far is text lines.
            for (const l of cell.text.split('\n')) pushLine(l);
            cell.layout = true;
            cell.text = '';
          } else flushLine();
          tables.push({ carried: new Map(), row: null, cell: null });
        } else if (t && name === 'tr') {
          t.row = [];
        } else if (t && (name === 'td' || name === 'th')) {
          t.row ??= [];
          t.cell = { text: '', colspan: span(attrs.colspan), rowspan: span(attrs.rowspan), layout: false };
        } else if (BREAKS.has(name)) {
          if (cell && !cell.layout) cell.text += '\n';
          else flushLine();
        }
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (inTitle) {
          title = (title ?? '') + text;
          return;
        }
        if (preDepth > 0) {
          preText += text;
          return;
        }
        const t = top();
        if (t?.cell && !t.cell.layout) t.cell.text += text;
        else if (!t || t.cell?.layout) line += text;
        // Text between cells (whitespace in <tr>) belongs to no cell.
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          if (skipDepth === 0) skipRoot = null;
          return;
        }
        if (name === 'title') inTitle = false;
        if (preDepth > 0) {
          if (name === 'pre' && --preDepth === 0) flushPre();
          return;
        }
        const t = top();
        if (name === 'table' && t) {
          tables.pop();
        } else if (t && (name === 'td' || name === 'th')) {
          if (t.cell?.layout) flushLine();
          else if (t.cell && t.row) t.row.push(t.cell);
          t.cell = null;
        } else if (t && name === 'tr') {
          if (t.row && t.row.length > 0) blocks.push({ kind: 'row', cells: layoutRow(t, t.row) });
          t.row = null;
        } else if ((!t || t.cell?.layout) && BREAKS.has(name)) {
          flushLine();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  if (preDepth > 0) flushPre();
  flushLine();
  return { blocks, title: title === null ? null : normalizeText(title), meta };
}
