/**
 * Worker thread of the parse pool (parsePool.ts): parses the reports it is sent, one at a time.
 */
import { parentPort } from 'node:worker_threads';
import { parseReport } from '../report/parse';

export interface ParseRequest {
  bytes: Uint8Array;
  source: string;
}

export type ParseReply = { result: ReturnType<typeof parseReport> } | { error: string };

parentPort!.on('message', async ({ bytes, source }: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { result: await parseReport(bytes, source) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
