/**
 * The browser's database session: duckdb-wasm in a Web Worker, loaded with the dataset.
 *
 * Everything comes from our own origin: the wasm and worker files are bundled by Vite (`?url`),
 * the data from public/data/. duckdb-wasm 1.32 has no built-in Parquet reader and would try to
 * download one, so extension autoloading is switched off and Parquet is read in JS
 * (parquetToArrow) and inserted as Arrow. One session per page, started on first use.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { parquetToArrow } from '../dataset/arrow';
import viewsSql from '../dataset/views.sql?raw';
import { DataFileError, MANIFEST_NAME, parseManifest, type Manifest, type ManifestFile } from './manifest';

export type DatasetStatus =
  | { phase: 'starting' }
  | { phase: 'manifest' }
  | { phase: 'loading'; file: string; index: number; count: number }
  | { phase: 'views' }
  | { phase: 'ready'; version: string; manifest: Manifest }
  | { phase: 'error'; file: string | null; message: string };

export interface Session {
  db: duckdb.AsyncDuckDB;
  manifest: Manifest;
  version: string;
}

// The wasm heap is limited anyway; a limit makes DuckDB spill or fail cleanly instead of aborting.
const MEMORY_LIMIT = '1GB';

let status: DatasetStatus = { phase: 'starting' };
const listeners = new Set<() => void>();
let sessionPromise: Promise<Session> | null = null;

function setStatus(next: DatasetStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

export function getDatasetStatus(): DatasetStatus {
  return status;
}

export function subscribeDatasetStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The URL of a file in public/data/, relative to the page so the build works from any folder. */
function dataUrl(name: string, version?: string): string {
  const url = new URL(`data/${name}`, document.baseURI);
  // The version in the query string keeps a browser cache from mixing files of two datasets.
  if (version) url.searchParams.set('v', version);
  return url.href;
}

async function fetchBytes(name: string, version?: string): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(dataUrl(name, version), { cache: version ? 'default' : 'no-cache' });
  } catch (error) {
    throw new DataFileError(name, `network error (${(error as Error).message})`);
  }
  if (!response.ok) throw new DataFileError(name, `HTTP ${response.status} ${response.statusText}`.trim());
  return response.arrayBuffer();
}

async function readManifest(): Promise<Manifest> {
  const bytes = await fetchBytes(MANIFEST_NAME);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new DataFileError(MANIFEST_NAME, `not valid JSON (${(error as Error).message})`);
  }
  return parseManifest(json);
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Rejects a truncated or altered file with its name before it reaches the Parquet reader. */
async function verify(file: ManifestFile, bytes: ArrayBuffer): Promise<void> {
  if (bytes.byteLength !== file.bytes) {
    throw new DataFileError(file.name, `size ${bytes.byteLength} bytes, the manifest says ${file.bytes}`);
  }
  // crypto.subtle exists only in secure contexts (https, localhost); plain-http intranets skip the hash.
  if (file.sha256 && globalThis.crypto?.subtle && (await sha256Hex(bytes)) !== file.sha256) {
    throw new DataFileError(file.name, 'SHA-256 differs from the manifest (corrupt or replaced file)');
  }
}

/**
 * duckdb-wasm's worker never settles when its .wasm cannot be fetched, which would leave the page
 * "loading" for ever: ask for the file first and say which one is missing. A server that does not
 * answer HEAD (405/501) is given the benefit of the doubt.
 */
async function assertEngineReachable(wasmUrl: string): Promise<void> {
  const name = new URL(wasmUrl, location.href).pathname.split('/').pop();
  let status: number;
  try {
    status = (await fetch(wasmUrl, { method: 'HEAD' })).status;
  } catch (error) {
    throw new Error(`DuckDB engine ${name} could not be loaded (${(error as Error).message})`);
  }
  if (status >= 400 && status !== 405 && status !== 501) {
    throw new Error(`DuckDB engine ${name} could not be loaded (HTTP ${status})`);
  }
}

async function startDatabase(): Promise<duckdb.AsyncDuckDB> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  await assertEngineReachable(bundle.mainModule);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open({});
  return db;
}

async function loadSession(): Promise<Session> {
  setStatus({ phase: 'starting' });
  const dbPromise = startDatabase();
  setStatus({ phase: 'manifest' });
  const manifest = await readManifest();
  // Downloads run in parallel with the wasm start; inserts happen in manifest order.
  const downloads = manifest.files.map((file) => fetchBytes(file.name, manifest.version));
  downloads.forEach((d) => d.catch(() => undefined)); // awaited below; avoid unhandled-rejection noise
  const db = await dbPromise;
  const conn = await db.connect();
  try {
    await conn.query(
      `SET autoinstall_known_extensions=false; SET autoload_known_extensions=false; SET memory_limit='${MEMORY_LIMIT}'`,
    );
    for (const [index, file] of manifest.files.entries()) {
      setStatus({ phase: 'loading', file: file.name, index: index + 1, count: manifest.files.length });
      const bytes = await downloads[index];
      await verify(file, bytes);
      let table;
      try {
        table = await parquetToArrow(bytes, file.table as Parameters<typeof parquetToArrow>[1]);
      } catch (error) {
        throw new DataFileError(file.name, `not readable as Parquet (${(error as Error).message})`);
      }
      try {
        await conn.insertArrowTable(table, { name: file.table, create: true });
      } catch (error) {
        throw new DataFileError(file.name, `could not be loaded into table ${file.table} (${(error as Error).message})`);
      }
    }
    setStatus({ phase: 'views' });
    try {
      await conn.query(viewsSql);
    } catch (error) {
      throw new Error(`views.sql: ${(error as Error).message}`);
    }
  } finally {
    await conn.close();
  }
  setStatus({ phase: 'ready', version: manifest.version, manifest });
  return { db, manifest, version: manifest.version };
}

/** The loaded session (starting it on first call). Rejects with a DataFileError naming the bad file. */
export function getSession(): Promise<Session> {
  if (!sessionPromise) {
    sessionPromise = loadSession().catch((error: unknown) => {
      const file = error instanceof DataFileError ? error.file : null;
      setStatus({ phase: 'error', file, message: error instanceof Error ? error.message : String(error) });
      throw error;
    });
  }
  return sessionPromise;
}
