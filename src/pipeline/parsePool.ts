/**
 * Parsing on several cores: a pool of worker threads running parseReport. Parsing is most of the
 * ingest's work and each report is independent; the caller still consumes results in file order,
 * so the output does not depend on which worker finished first.
 */
import { Worker } from 'node:worker_threads';
import type { ParseResult } from '../report/types';
import type { ParseReply } from './parseWorker';

export interface ParsePool {
  parse(bytes: Uint8Array, source: string): Promise<ParseResult>;
  close(): Promise<void>;
}

const WORKER_URL = new URL('./parseWorker.ts', import.meta.url).href;

/** The worker loads the TypeScript module through tsx, so the pool works under tsx and vitest alike. */
const BOOTSTRAP = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(WORKER_URL)}, ${JSON.stringify(import.meta.url)}))`;

export function createParsePool(size: number): ParsePool {
  const pending = new Map<number, { resolve: (r: ParseResult) => void; reject: (e: Error) => void; worker: Worker }>();
  const load = new Map<Worker, number>();
  let nextId = 0;

  const failAll = (worker: Worker, error: Error) => {
    for (const [id, p] of pending) {
      if (p.worker !== worker) continue;
      pending.delete(id);
      p.reject(error);
    }
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(BOOTSTRAP, { eval: true });
    load.set(worker, 0);
    worker.on('message', (reply: ParseReply) => {
      const p = pending.get(reply.id)!;
      pending.delete(reply.id);
      load.set(worker, load.get(worker)! - 1);
      if ('error' in reply) p.reject(new Error(reply.error));
      else p.resolve(reply.result);
    });
    worker.on('error', (error) => failAll(worker, new Error(`parse worker failed: ${error.message}`)));
    return worker;
  });

  return {
    parse(bytes, source) {
      // The least busy worker gets the next report.
      const worker = workers.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
      load.set(worker, load.get(worker)! + 1);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, worker });
        worker.postMessage({ id, bytes, source });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
