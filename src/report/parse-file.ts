/**
 * parseReportFile: any report file as its bytes → ParseResult. Word (.docx) and PDF are
 * recognised by their magic bytes, not the file name, and read by readers loaded on first use;
 * everything else goes to the synchronous parseReport (text, Markdown, HTML).
 */
import { parseBlocks, parseReport } from './parse';
import { DocxError, readDocx } from './read-docx';
import { PdfError, readPdf } from './read-pdf';
import { ParseError, type ParseResult } from './types';

export type FileKind = 'docx' | 'pdf' | 'doc' | 'xlsx' | 'zip' | 'other';

const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy Office compound file
const WORD_PART = new TextEncoder().encode('word/document.xml');
const EXCEL_PART = new TextEncoder().encode('xl/workbook.xml');

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (
    let i = haystack.indexOf(first);
    i >= 0 && i <= haystack.length - needle.length;
    i = haystack.indexOf(first, i + 1)
  ) {
    let k = 1;
    while (k < needle.length && haystack[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/** What a file is, by its first bytes (and, for ZIP, whether it holds a Word document part). */
export function detectFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, OLE)) return 'doc';
  if (startsWith(bytes, ZIP)) return contains(bytes, WORD_PART) ? 'docx' : contains(bytes, EXCEL_PART) ? 'xlsx' : 'zip';
  return 'other';
}

/**
 * `signal` stops a PDF's reading (its pdf.js worker is ended) and rejects with the signal's reason;
 * the other readers run to the end (text and HTML synchronously).
 */
export async function parseReportFile(bytes: Uint8Array, source: string, signal?: AbortSignal): Promise<ParseResult> {
  switch (detectFileKind(bytes)) {
    case 'doc':
      throw new ParseError(
        source,
        'a legacy Word 97-2003 (.doc) file, which cannot be read directly: save it as .docx in Word or WPS, or convert it with `libreoffice --headless --convert-to docx FILE.doc`',
        'file.doc',
      );
    case 'xlsx':
      throw new ParseError(
        source,
        'an Excel workbook (.xlsx), whatever its name says: the parser reads reports as text, HTML, Word or PDF',
        'file.xlsx',
      );
    case 'zip':
      throw new ParseError(source, 'a ZIP archive without a Word document inside (not a .docx file)', 'file.zip');
    case 'docx': {
      const doc = await readWith(source, () => readDocx(bytes));
      return parseBlocks(doc.blocks, null, source, { format: 'docx', encoding: 'utf-8 (Word XML)' });
    }
    case 'pdf': {
      const doc = await readWith(source, () => readPdf(bytes, signal));
      return parseBlocks(doc.blocks, { title: doc.title, meta: new Map() }, source, {
        format: 'pdf',
        encoding: 'PDF text layer',
      });
    }
    default:
      return parseReport(bytes, source);
  }
}

/** Runs a reader, turning its own errors into a ParseError naming the file. */
async function readWith<T>(source: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof DocxError || e instanceof PdfError) throw new ParseError(source, e.message, e.code, e.params);
    throw e;
  }
}
