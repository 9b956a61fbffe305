/**
 * One dropped, picked or pasted report → the parser's result, or the reason it could not be read.
 * Runs the same parser as the dataset pipeline, in the page: nothing is sent anywhere.
 */
import { parseReport } from '../../report/parse';
import { parseReportFile } from '../../report/parse-file';
import { ParseError, type ParseResult } from '../../report/types';

// Bytes may be Word or PDF (recognised by their first bytes, read by readers loaded on first use); pasted text is text.
function parse(input: Uint8Array | string, name: string): Promise<ParseResult> {
  return typeof input === 'string' ? Promise.resolve(parseReport(input, name)) : parseReportFile(input, name);
}

export type CheckedFile =
  | { key: string; name: string; bytes: number; status: 'ok'; parsed: ParseResult }
  | { key: string; name: string; bytes: number; status: 'failed'; error: string };

/** Parses one input; a file that is not a readable report comes back as `failed` with the reason, never rejects. */
export async function checkFile(input: Uint8Array | string, name: string, key: string): Promise<CheckedFile> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input).length : input.length;
  try {
    return { key, name, bytes, status: 'ok', parsed: await parse(input, name) };
  } catch (error) {
    // A ParseError names the file already; the UI names it separately.
    const message = error instanceof Error ? error.message : String(error);
    const reason =
      error instanceof ParseError && message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message;
    return { key, name, bytes, status: 'failed', error: reason };
  }
}
