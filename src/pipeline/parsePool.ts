/**
 * Parsing on several cores: a pool of worker threads running the parser. Parsing is most of the
 * ingest's work and each report is independent; the caller still consumes results in file order,
 * so the output does not depend on which worker finished first. Each worker parses one report at
 * a time; one that takes longer than the time limit (or crashes) is replaced, and only that report
 * fails, so a pathological file cannot hang or stop the batch.
 */
import { Worker } from 'node:worker_threads';
import type { ParseResult } from '../report/types';
import type { ParseReply, ParseRequest } from './parseWorker';

export interface ParsePool {
  parse(bytes: Uint8Array, source: string): Promise<ParseResult>;
  close(): Promise<void>;
}

const WORKER_URL = new URL('./parseWorker.ts', import.meta.url).href;

/** The worker loads the TypeScript module through tsx, so the pool works under tsx and vitest alike. */
const BOOTSTRAP = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(WORKER_URL)}, ${JSON.stringify(import.meta.url)}))`;

interface Task {
  bytes: Uint8Array;
  source: string;
  resolve: (result: ParseResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

export function createParsePool(size: number, timeLimitMs = 60_000): ParsePool {
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let closed = false;

  const finish = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    const task = slot.task!;
    slot.task = null;
    slot.timer = null;
    return task;
  };
  const dispatch = () => {
    for (const slot of slots) {
      if (slot.task || !queue.length) continue;
      const task = queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(
        () => replace(slot, `parsing took longer than ${timeLimitMs / 1000} s and was stopped`),
        timeLimitMs,
      );
      slot.worker.postMessage({ bytes: task.bytes, source: task.source } satisfies ParseRequest);
    }
  };
  /** Fail the slot's report, put a fresh worker in its place and go on with the queue. */
  const replace = (slot: Slot, reason: string) => {
    if (slot.task) finish(slot).reject(new Error(reason));
    void slot.worker.terminate();
    if (closed) return;
    slot.worker = spawn(slot);
    dispatch();
  };
  const spawn = (slot: Slot) => {
    const worker = new Worker(BOOTSTRAP, { eval: true });
    worker.on('message', (reply: ParseReply) => {
      const task = finish(slot);
      if ('error' in reply) task.reject(new Error(reply.error));
      else task.resolve(reply.result);
      dispatch();
    });
    worker.on('error', (error) => replace(slot, `the parser crashed: ${error.message}`));
    return worker;
  };
  for (let i = 0; i < size; i++) {
    const slot: Slot = { worker: null as unknown as Worker, task: null, timer: null };
    slot.worker = spawn(slot);
    slots.push(slot);
  }

  return {
    parse(bytes, source) {
      return new Promise((resolve, reject) => {
        queue.push({ bytes, source, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const slot of slots) if (slot.timer) clearTimeout(slot.timer);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
