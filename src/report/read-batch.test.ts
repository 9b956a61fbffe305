/**
 * Batch reading: many PDFs, Word and text files at once read as they do one by one; each bad file
 * ends in its own coded failure and the batch goes on; a file past its time limit is stopped.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportFile } from './parse-file';
import { type ReadOutcome, type ReportFileInput, readReportFiles } from './read-batch';

const file = (path: string): ReportFileInput => ({ name: path.split('/').pop()!, data: readFileSync(path) });
const CORPUS = '../shared/corpus/raw';
const filled = (o: ReadOutcome) =>
  o.status === 'ok' ? Object.values(o.parsed.report.cells).filter((v) => v !== null).length : o.failure.code;

describe('PDFs read at the same time', () => {
  // pdf.js keeps the open document's page count realm-wide: a 2-page PDF opened while an 8-page
  // one is read made the 8-page one fail at page 3 ("Invalid page request.").
  it('reads an 8-page PDF while a 2-page one is opened, as it reads it alone', async () => {
    const long = readFileSync('data/fixtures/office/010.chromium.pdf');
    const alone = await parseReportFile(long, 'alone.pdf');
    // Short PDFs opened one after another while the long one is read (as a batch's readers do).
    const short = readFileSync('data/fixtures/office/006.scanned.pdf');
    const shorts = Array.from({ length: 8 }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, 150 * i));
      return parseReportFile(short, `short-${i}.pdf`).catch((e: Error) => e.message);
    });
    const [together] = await Promise.all([parseReportFile(long, 'together.pdf'), ...shorts]);
    expect(together.report.cells).toEqual(alone.report.cells);
  }, 120_000);
});

describe('readReportFiles', () => {
  it('reads real PDFs, Word and text among bad files: each its own result or coded failure, in order', async () => {
    const inputs = [
      file(`${CORPUS}/021.pdf`),
      file('data/fixtures/bad/encrypted.pdf'),
      file('data/fixtures/office/010.docx'),
      file('data/fixtures/bad/truncated.pdf'),
      file(`${CORPUS}/022.pdf`),
      file('data/fixtures/office/006.scanned.pdf'),
      file('data/fixtures/bad/workbook-named.pdf'),
      file('data/fixtures/office/006.doc'),
      file('data/reports/000.txt'),
      { name: 'empty.txt', data: new Uint8Array() },
      { name: 'pasted', data: '今天天气很好' },
    ];
    const progress: string[] = [];
    const outcomes = await readReportFiles(inputs, {
      onProgress: ({ done, total }) => progress.push(`${done} / ${total}`),
    });
    expect(progress).toEqual(inputs.map((_, i) => `${i + 1} / ${inputs.length}`));
    const codes = outcomes.map((o) => (o.status === 'ok' ? 'ok' : o.failure.code));
    expect(codes).toEqual([
      'ok',
      'pdf.encrypted',
      'ok',
      'pdf.damaged',
      'ok',
      'pdf.no_text',
      'file.xlsx',
      'file.doc',
      'ok',
      'file.empty',
      'file.not_report',
    ]);
    // The real published PDFs are read (their exact figures are the parser's business).
    for (const i of [0, 4]) expect(filled(outcomes[i])).toBeGreaterThan(150);
    expect(filled(outcomes[2])).toBe(200);
    expect(outcomes[5].status === 'failed' && outcomes[5].failure.params).toEqual({ pages: 2 });
    expect(outcomes[3].status === 'failed' && outcomes[3].failure.params.detail).toMatch(/Invalid PDF structure/);
  }, 180_000);

  it('stops a file past its time limit, says so, and reads the next PDF', async () => {
    const [timedOut] = await readReportFiles([file('data/fixtures/bad/200-pages.pdf')], { timeLimitMs: 100 });
    expect(timedOut).toMatchObject({ status: 'failed', failure: { code: 'file.timeout', params: { seconds: 0.1 } } });
    // The stopped document no longer holds pdf.js: the next PDF is read (default limit: a busy machine).
    const [next] = await readReportFiles([file('data/fixtures/office/006.lo.pdf')]);
    expect(filled(next)).toBe(200);
  }, 120_000);

  it('reads a 200-page PDF within the default limit', async () => {
    const [outcome] = await readReportFiles([file('data/fixtures/bad/200-pages.pdf')]);
    expect(outcome.status).toBe('ok');
  }, 120_000);

  it('rejects when the batch is cancelled, reading no further file', async () => {
    const stop = new AbortController();
    const read: number[] = [];
    const batch = readReportFiles([file('data/reports/000.txt'), file('data/reports/006.txt')], {
      concurrency: 1,
      signal: stop.signal,
      onProgress: ({ index }) => {
        read.push(index);
        stop.abort(new Error('cancelled'));
      },
    });
    await expect(batch).rejects.toThrow('cancelled');
    expect(read).toEqual([0]);
  });
});
