/**
 * Worker thread of the parse pool (parsePool.ts): parses the reports it is sent, one at a time
 * (any format parseReportFile reads: text, Markdown, HTML, Word .docx, PDF).
 */
import { parentPort } from 'node:worker_threads';
import { parseReportFile } from '../report/parse-file';
import type { ParseResult } from '../report/types';

export interface ParseRequest {
  bytes: Uint8Array;
  source: string;
}

export type ParseReply = { result: ParseResult } | { error: string };

parentPort!.on('message', async ({ bytes, source }: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { result: await parseReportFile(bytes, source) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
