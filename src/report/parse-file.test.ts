/**
 * Word and PDF reports (data/fixtures/office, made from corpus reports by
 * scripts/make-office-fixtures.sh) parse to the gold figures of the report they were made from;
 * files that cannot be read say why, naming the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFileKind, parseReportFile } from './parse-file';
import { cellsOf } from './template';
import { ParseError } from './types';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const fixture = (name: string) => new Uint8Array(readFileSync(join(DATA, 'fixtures', 'office', name)));
const gold = (stem: string) => JSON.parse(readFileSync(join(DATA, 'gold', `${stem}.json`), 'utf8'));
const SLOW = 120_000; // pdf.js on a shared 2-core machine

const FIXTURES = [
  { file: '002.docx', format: 'docx' },
  { file: '006.docx', format: 'docx' },
  { file: '010.docx', format: 'docx' },
  { file: '015.docx', format: 'docx' },
  { file: '002.chromium.pdf', format: 'pdf' },
  { file: '006.lo.pdf', format: 'pdf' },
  { file: '006.pagebreak.pdf', format: 'pdf' },
  { file: '010.lo.pdf', format: 'pdf' },
  { file: '010.chromium.pdf', format: 'pdf' },
  { file: '015.lo.pdf', format: 'pdf' },
];

describe('Word and PDF fixtures equal the gold figures of their source report', () => {
  it.each(FIXTURES)(
    '$file',
    async ({ file, format }) => {
      const stem = file.slice(0, 3);
      const want = gold(stem);
      const { report, details } = await parseReportFile(fixture(file), file);
      expect(details.format).toBe(format);
      expect(report.layout).toBe(want.layout);
      expect(report.year).toBe(want.year);
      expect([want.agency, ...(want.agency_aliases ?? [])]).toContain(report.agency);
      // 010's date is only in the saved page's <meta>, which conversion to Word/PDF drops.
      expect(report.published).toBe(stem === '010' ? null : want.published);
      expect(report.cells).toEqual(want.cells);
      expect(Object.keys(report.cells)).toHaveLength(cellsOf(report.layout).length);
      for (const [id, value] of Object.entries(report.cells))
        if (value !== null) expect(details.rawText[id]).toBeDefined();
    },
    SLOW,
  );
});

// Taken before pdf.js is first loaded (read-pdf.ts imports it on first use).
const NATIVE = { push: Array.prototype.push, parse: JSON.parse };

describe('after pdf.js is loaded', () => {
  it('the realm keeps its native Array.prototype.push and JSON.parse (the legacy build replaces them)', async () => {
    await parseReportFile(fixture('006.scanned.pdf'), 'scan.pdf').catch(() => null);
    expect(Array.prototype.push).toBe(NATIVE.push);
    expect(JSON.parse).toBe(NATIVE.parse);
  });
});

describe('a PDF in a predefined Chinese CMap encoding (UniGB-UCS2-H, font not embedded)', () => {
  it(
    'is read with the CMaps shipped in pdfjs-dist: agency, year and figures of 006',
    async () => {
      const want = gold('006');
      const { report } = await parseReportFile(fixture('006.unigb.pdf'), '006.unigb.pdf');
      expect([report.agency, report.year, report.layout]).toEqual([want.agency, want.year, want.layout]);
      // Its drawn geometry (labels and figure columns only) is the generator's, not an exporter's:
      // what matters here is that the text comes out, so most cells, each as in the gold file.
      const read = Object.entries(report.cells).filter(([, v]) => v !== null);
      expect(read.length).toBeGreaterThan(150);
      for (const [id, value] of read) expect([id, value]).toEqual([id, want.cells[id]]);
    },
    SLOW,
  );
});

async function failure(bytes: Uint8Array, source: string): Promise<string> {
  const error = await parseReportFile(bytes, source).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ParseError);
  return (error as ParseError).message;
}

describe('files that cannot be read', () => {
  it('a legacy .doc says how to convert it', async () => {
    const message = await failure(fixture('006.doc'), 'report.doc');
    expect(message).toMatch(/^report\.doc: /);
    expect(message).toContain('libreoffice --headless --convert-to docx');
  });

  it(
    'a PDF without a text layer says it needs OCR and reads no numbers',
    async () => {
      const message = await failure(fixture('006.scanned.pdf'), 'scan.pdf');
      expect(message).toMatch(/^scan\.pdf: .*no text layer.*OCR/);
    },
    SLOW,
  );

  it('a truncated .docx is a damaged Word file', async () => {
    const bytes = fixture('006.docx');
    expect(await failure(bytes.slice(0, bytes.length / 2), 'cut.docx')).toMatch(
      /^cut\.docx: the Word file is damaged or incomplete/,
    );
  });

  it(
    'a truncated PDF is a damaged PDF',
    async () => {
      const bytes = fixture('006.lo.pdf');
      expect(await failure(bytes.slice(0, 2000), 'cut.pdf')).toMatch(
        /^cut\.pdf: the PDF file is damaged or incomplete/,
      );
    },
    SLOW,
  );

  it('a ZIP that holds no Word document is not taken for one; an Excel workbook is named as such', async () => {
    const zip = (part: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode(part)]);
    expect(await failure(zip('photos/1.jpg'), 'photos.zip')).toMatch(/ZIP archive without a Word document/);
    expect(await failure(zip('xl/workbook.xml'), 'book.pdf')).toMatch(/an Excel workbook/);
  });
});

describe('detectFileKind', () => {
  it(
    'goes by the bytes, not the name',
    async () => {
      expect(detectFileKind(fixture('006.docx'))).toBe('docx');
      expect(detectFileKind(fixture('006.lo.pdf'))).toBe('pdf');
      expect(detectFileKind(fixture('006.doc'))).toBe('doc');
      expect(detectFileKind(new TextEncoder().encode('<html>'))).toBe('other');
      // A PDF saved under a .html name is still read as a PDF.
      const { details } = await parseReportFile(fixture('006.lo.pdf'), 'misnamed.html');
      expect(details.format).toBe('pdf');
    },
    SLOW,
  );

  it('hands text and HTML to the synchronous parser', async () => {
    const html = readFileSync(join(DATA, 'reports', '010.html'));
    const { report, details } = await parseReportFile(new Uint8Array(html), '010.html');
    expect(details.format).toBe('html');
    expect(report.cells).toEqual(gold('010').cells);
  });
});
