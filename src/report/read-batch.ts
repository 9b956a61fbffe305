/**
 * Many report files at once → one outcome per file, in input order: the parsed report, or why the
 * file could not be read (a stable ParseErrorCode with its params, rendered by the page in its
 * language). One file never stops the batch: a damaged, encrypted, scanned or foreign file, a
 * reader that throws, or one that runs past the time limit all end as that file's failure.
 *
 * Bounded: at most `concurrency` files are read at once, and PDFs one at a time (pdf.js shares a
 * document's page count across the realm, see read-pdf.ts), each with its own pdf.js worker that
 * is ended when the file is done or its time is up. Pure (bytes in, results out): the check view
 * and a workspace of many files use it alike.
 */
import { parseReport } from './parse';
import { detectFileKind, parseReportFile } from './parse-file';
import { ParseError, type ParseErrorCode, type ParseErrorParams, type ParseResult } from './types';

export interface ReportFileInput {
  name: string;
  /** The file's bytes; a string is pasted text. */
  data: Uint8Array | string;
}

export interface ReadFailure {
  code: ParseErrorCode;
  params: ParseErrorParams;
  /** The parser's English message (without the file name), for logs and the CLI. */
  message: string;
}

export type ReadOutcome = { status: 'ok'; parsed: ParseResult } | { status: 'failed'; failure: ReadFailure };

export interface ReadOptions {
  /** Per file, from the moment its reading starts (default 60 s). */
  timeLimitMs?: number;
  /** Stops the batch: files not started are not read, the running ones are stopped; the promise rejects. */
  signal?: AbortSignal;
}

export interface ReadBatchOptions extends ReadOptions {
  /** Files read at once (default 2; PDFs are always one at a time among them). */
  concurrency?: number;
  /** After each file: how many are done, of how many, and that file's outcome. */
  onProgress?: (progress: { done: number; total: number; index: number; outcome: ReadOutcome }) => void;
}

export const DEFAULT_TIME_LIMIT_MS = 60_000;

class TimeLimit extends Error {}

const failure = (code: ParseErrorCode, message: string, params: ParseErrorParams = {}): ReadOutcome => ({
  status: 'failed',
  failure: { code, params, message },
});

/** One file, within its time limit; never rejects except when `signal` aborts. */
export async function readReportFile(input: ReportFileInput, options: ReadOptions = {}): Promise<ReadOutcome> {
  const { timeLimitMs = DEFAULT_TIME_LIMIT_MS, signal } = options;
  signal?.throwIfAborted();
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const reason = new TimeLimit();
      stop.abort(reason);
      reject(reason);
    }, timeLimitMs);
  });
  try {
    const read =
      typeof input.data === 'string'
        ? Promise.resolve().then(() => parseReport(input.data, input.name))
        : parseReportFile(input.data, input.name, stop.signal);
    // The race also ends a reader that cannot be stopped (Word's, on the main thread) at the limit.
    return { status: 'ok', parsed: await Promise.race([read, timeUp]) };
  } catch (e) {
    signal?.throwIfAborted();
    if (e instanceof TimeLimit)
      return failure('file.timeout', `not read within the time limit of ${timeLimitMs / 1000} s`, {
        seconds: timeLimitMs / 1000,
      });
    if (e instanceof ParseError) {
      const prefix = `${e.source}: `;
      return failure(e.code, e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message, e.params);
    }
    const detail = e instanceof Error ? e.message : String(e);
    return failure('file.internal', `internal error of the parser: ${detail}`, { detail });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Every file, outcomes in input order; see the module comment for the limits. */
export async function readReportFiles(
  inputs: ReportFileInput[],
  options: ReadBatchOptions = {},
): Promise<ReadOutcome[]> {
  const { concurrency = 2, onProgress, ...perFile } = options;
  const outcomes: ReadOutcome[] = new Array(inputs.length);
  let done = 0;
  const isPdf = (i: number) => {
    const data = inputs[i].data;
    return typeof data !== 'string' && detectFileKind(data) === 'pdf';
  };
  /** `slots` readers taking the next index from `queue` until it is empty. */
  const lane = (queue: number[], slots: number) =>
    Promise.all(
      Array.from({ length: Math.min(slots, queue.length) }, async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
          // Let the page paint the progress before a synchronous parse takes the thread.
          await new Promise((resolve) => setTimeout(resolve, 0));
          outcomes[i] = await readReportFile(inputs[i], perFile);
          done++;
          onProgress?.({ done, total: inputs.length, index: i, outcome: outcomes[i] });
        }
      }),
    );
  const all = inputs.map((_, i) => i);
  const slots = Math.max(1, Math.floor(concurrency));
  if (slots === 1) await lane(all, 1);
  else
    await Promise.all([
      lane(
        all.filter((i) => isPdf(i)),
        1,
      ),
      lane(
        all.filter((i) => !isPdf(i)),
        slots - 1,
      ),
    ]);
  return outcomes;
}
