/**
 * Worker thread of the parse pool (parsePool.ts): parses the reports it is sent, one at a time.
 */
import { parentPort } from 'node:worker_threads';
import { parseReport } from '../report/parse';

export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  source: string;
}

export type ParseReply = { id: number; result: ReturnType<typeof parseReport> } | { id: number; error: string };

parentPort!.on('message', async ({ id, bytes, source }: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id, result: await parseReport(bytes, source) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
