/**
 * A Web Worker that turns a Parquet file into an Arrow IPC stream, so that decoding a large file
 * (a province partition: ~600,000 cells) does not hold the page's main thread. The bytes go in
 * and come back transferred, not copied.
 */
import { parquetToArrowIpc } from '../dataset/arrow';
import type { TableName } from '../dataset/dictionary';

export interface DecodeRequest {
  id: number;
  bytes: ArrayBuffer;
  table: TableName;
}

export type DecodeReply = { id: number; ipc: Uint8Array } | { id: number; error: string };

self.onmessage = async ({ data }: MessageEvent<DecodeRequest>) => {
  try {
    const ipc = await parquetToArrowIpc(data.bytes, data.table);
    (self as unknown as Worker).postMessage({ id: data.id, ipc } satisfies DecodeReply, [ipc.buffer]);
  } catch (error) {
    (self as unknown as Worker).postMessage({ id: data.id, error: (error as Error).message } satisfies DecodeReply);
  }
};
