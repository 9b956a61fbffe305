/**
 * Dropped, picked or pasted reports → the parser's result, or the reason a file could not be read.
 * Runs the same parser as the dataset pipeline, in the page (src/report/read-batch.ts: bounded,
 * one file never stops the others): nothing is sent anywhere.
 */
import {
  type ReadFailure,
  type ReadOutcome,
  type ReportFileInput,
  readReportFile,
  readReportFiles,
} from '../../report/read-batch';
import type { ParseResult } from '../../report/types';

export type CheckedFile =
  | { key: string; name: string; bytes: number; status: 'ok'; parsed: ParseResult }
  | { key: string; name: string; bytes: number; status: 'failed'; failure: ReadFailure };

const byteLength = (data: Uint8Array | string) =>
  typeof data === 'string' ? new TextEncoder().encode(data).length : data.length;

const checked = (input: ReportFileInput, outcome: ReadOutcome, key: string): CheckedFile => ({
  key,
  name: input.name,
  bytes: byteLength(input.data),
  ...outcome,
});

/** Parses one input; a file that is not a readable report comes back as `failed` with the reason, never rejects. */
export async function checkFile(input: Uint8Array | string, name: string, key: string): Promise<CheckedFile> {
  const file = { name, data: input };
  return checked(file, await readReportFile(file), key);
}

/** Parses a batch of inputs, reporting `done / total` as each file ends. */
export async function checkFiles(
  inputs: ReportFileInput[],
  keyOf: (index: number) => string,
  onProgress: (done: number, total: number) => void,
): Promise<CheckedFile[]> {
  const outcomes = await readReportFiles(inputs, { onProgress: ({ done, total }) => onProgress(done, total) });
  return outcomes.map((outcome, i) => checked(inputs[i], outcome, keyOf(i)));
}
