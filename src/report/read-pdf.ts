/**
 * Reader for text-based PDF files: pdf.js gives the text items with their positions, which are
 * laid out into lines (page furniture such as `— 3 —` dropped), then into the common blocks by
 * geometry (pdf-layout.ts). pdf.js is loaded on first use; in the browser its worker is served
 * from our own origin. A PDF without a text layer (a scan) is refused: no number is guessed.
 */
import type { Block } from './blocks';
import { layoutBlocks, type TextItem } from './pdf-layout';

export class PdfError extends Error {
  constructor(
    message: string,
    readonly code: 'pdf.damaged' | 'pdf.encrypted' | 'pdf.no_text',
    readonly params: { pages?: number; detail?: string } = {},
  ) {
    super(message);
  }
}

// Fonts that share one glyph between a radical and an ideograph make the PDF's text map it to
// the radical code point (⼀ ⾏ ⺠ ⻓). Kangxi radicals fold with NFKC; CJK radical supplement forms
// used as characters in Chinese text are mapped here.
const RADICAL_FORMS: Record<string, string> = Object.fromEntries(
  [
    ...'⺁厂⺅亻⺇几⺊卜⺌小⺍小⺎兀⺒巳⺓幺⺖忄⺘扌⺙攵⺛旡⺜日⺝月⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺦丬⺧牜⺨犭⺩王⺪疋⺫罒⺬示⺭礻⺮竹⺯糸⺰纟⺹耂⺺肀⺻聿⺼月⺽臼⺾艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻊足⻋车⻌辶⻏阝⻐钅⻑長⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫齐⻬齐⻭齿⻯龙⻰龍⻲龟',
  ].flatMap((ch, i, all) => (i % 2 === 0 ? [[ch, all[i + 1]]] : [])),
);
const RADICALS = /[\u2e80-\u2fdf]/g;

/** Radical code points → the ideographs they stand for. */
export function foldRadicals(text: string): string {
  return text.replace(RADICALS, (ch) => RADICAL_FORMS[ch] ?? ch.normalize('NFKC'));
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | null = null;

/** pdf.js, once: the legacy build (it runs on Node 20); in a browser, with its worker file's URL. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    // The legacy build's core-js polyfills replace two built-ins of the whole realm with JavaScript
    // versions: Array.prototype.push (for an edge case of non-writable lengths) and JSON.parse (for
    // the reviver's source text). pdf.js needs neither, and they slow down every parse after it
    // (~25 % of a PDF's time), so the native ones are put back once pdf.js and, on Node, its worker
    // code (which runs in this thread there, found as globalThis.pdfjsWorker) are loaded.
    const { push } = Array.prototype;
    const { parse } = JSON;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    if (typeof window !== 'undefined') {
      const { default: workerUrl } = await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url');
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    } else {
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    }
    Array.prototype.push = push;
    JSON.parse = parse;
    return pdfjs;
  })();
  return loading;
}

/**
 * The binary CMaps a PDF with a predefined Chinese encoding (UniGB-UCS2-H, GBK-EUC-H, … and
 * Adobe-GB1-UCS2 for its Unicode) needs, read from pdfjs-dist's own files: in a browser from our
 * origin (pdf-cmaps.browser.ts), never another host. Identity-H, what WPS and Word write, needs none.
 */
async function loadCMap(name: string): Promise<Uint8Array> {
  if (typeof window !== 'undefined') return (await import('./pdf-cmaps.browser')).fetchCMap(name);
  // On Node, the file beside pdf.js, read the way pdf.js reads its own (src/report imports no Node module).
  const { readFile } = process.getBuiltinModule('fs/promises');
  const { createRequire } = process.getBuiltinModule('module');
  const path = createRequire(import.meta.url).resolve(`pdfjs-dist/cmaps/${name}.bcmap`);
  return new Uint8Array(await readFile(path));
}

/** pdf.js's CMapReaderFactory interface, answered from loadCMap. */
class OwnCMaps {
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    return { cMapData: await loadCMap(name), isCompressed: true };
  }
}

// pdf.js 5.4 keeps a document's page count in static fields shared by every document of the
// JavaScript realm (PagesMapper): opening a second PDF while the first is read makes the first's
// later getPage() fail with "Invalid page request." — the batch failures of the check view. So
// one pdf.js document is open at a time; callers queue here.
let pdfQueue: Promise<unknown> = Promise.resolve();

/** Runs `read` when no other document is open; an abort ends its turn at once, whether pdf.js settles or not. */
function oneDocumentAtATime<T>(read: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  const aborted = new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  aborted.catch(() => undefined);
  const turn = pdfQueue.then(() => Promise.race([read(), aborted]));
  pdfQueue = turn.catch(() => undefined);
  return turn;
}

const damaged = (e: unknown) => {
  const detail = e instanceof Error ? e.message : String(e);
  return new PdfError(`the PDF file is damaged or incomplete (${detail})`, 'pdf.damaged', { detail });
};

/**
 * The horizontal text items of every page, pages in order, and the document's Title. Each document
 * has its own loading task (and so its own pdf.js worker), destroyed when read or when `signal`
 * aborts (a time limit).
 */
function readItems(bytes: Uint8Array, signal?: AbortSignal): Promise<{ pages: TextItem[][]; title: string | null }> {
  return oneDocumentAtATime(async () => {
    signal?.throwIfAborted();
    const pdfjs = await loadPdfJs();
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy (a plain
    // Uint8Array, also when the caller's bytes are a Node Buffer).
    const task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      // Text only: no @font-face, no system-font substitution; CMaps from our own files.
      disableFontFace: true,
      useSystemFonts: false,
      CMapReaderFactory: OwnCMaps,
      verbosity: 0,
    });
    const abort = () => void task.destroy();
    signal?.addEventListener('abort', abort);
    try {
      let doc: Awaited<typeof task.promise>;
      try {
        doc = await task.promise;
      } catch (e) {
        signal?.throwIfAborted();
        if (e instanceof Error && e.name === 'PasswordException')
          throw new PdfError('the PDF is password-protected', 'pdf.encrypted');
        throw damaged(e);
      }
      try {
        const pages: TextItem[][] = [];
        for (let p = 1; p <= doc.numPages; p++) {
          const page = await doc.getPage(p);
          const content = await page.getTextContent();
          const items: TextItem[] = [];
          for (const it of content.items) {
            if (!('str' in it) || it.str === '') continue;
            const [a, b, c, d, x, y] = it.transform as number[];
            if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3) continue; // rotated text: stamps, watermarks
            items.push({ text: foldRadicals(it.str), x, y, width: it.width, size: Math.abs(d) || Math.abs(a) });
          }
          pages.push(items);
          page.cleanup();
        }
        return { pages, title: await documentTitle(doc) };
      } catch (e) {
        signal?.throwIfAborted();
        throw damaged(e);
      }
    } finally {
      signal?.removeEventListener('abort', abort);
      await task.destroy();
    }
  }, signal);
}

/** The Title of the document information (Word and WPS set it from the file's title), if any. */
async function documentTitle(doc: { getMetadata(): Promise<{ info: unknown }> }): Promise<string | null> {
  const { info } = await doc.getMetadata();
  return cleanDocumentTitle((info as { Title?: unknown } | null)?.Title);
}

/** A document Title as a title: Word's PDF printer's `Microsoft Word - ….docx` wrapping taken off. */
export function cleanDocumentTitle(title: unknown): string | null {
  if (typeof title !== 'string') return null;
  const name = title
    .replace(/^\s*Microsoft\s+Word\s*-\s*/i, '')
    .replace(/\.(?:docx?|wps|pdf)\s*$/i, '')
    .trim();
  return name === '' ? null : foldRadicals(name);
}

export interface PdfDocument {
  blocks: Block[];
  /** The document information's Title: a fallback for a first page that names no agency. */
  title: string | null;
}

/** A PDF's text as blocks; `signal` stops the reading (pdf.js's worker is ended) and rejects with its reason. */
export async function readPdf(bytes: Uint8Array, signal?: AbortSignal): Promise<PdfDocument> {
  const { pages, title } = await readItems(bytes, signal);
  const visible = pages.flat().filter((it) => it.text.trim() !== '');
  if (visible.length === 0) {
    throw new PdfError(
      `the PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images, e.g. a scan): it needs OCR first; no numbers were read from it`,
      'pdf.no_text',
      { pages: pages.length },
    );
  }
  return { blocks: layoutBlocks(pages), title };
}
