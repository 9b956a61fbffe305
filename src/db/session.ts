/**
 * The browser's database session: its status for the UI, and the loading of the dataset.
 *
 * This module is light and in the first bundle; the engine (duckdb-wasm, Arrow, the Parquet
 * reader) is imported from ./engine when the session starts, so a prerendered first view paints
 * without waiting for it. It starts only when something needs it (a query the build did not
 * answer, a view that works on the tables, the reader's own reports, or the reader's say-so):
 * a reader of the build's results never pays for the engine (~170 MB, a 34 MB wasm). The dataset
 * is public/data/ by default, or the folder named by `?dataset=` (same origin only). A partitioned dataset (manifest `partitions`, e.g. the
 * synthetic national one) starts empty and loads the province-year partitions a view asks for.
 */

import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { DatabaseFile } from '../dataset/databaseFile';
import { MARKS, markOnce } from '../perf';
import {
  DataFileError,
  databaseFileFor,
  MANIFEST_NAME,
  type Manifest,
  type ManifestFile,
  type ManifestPartition,
  parseManifest,
} from './manifest';
import { defaultScope, partitionKey, partitionsFor, type Scope } from './partitions';

export type DatasetStatus =
  /** The engine has not been asked for: the page shows results computed at build time. */
  | { phase: 'standby' }
  /** Until the files go in: the manifest is read and the files fetched while the engine compiles, the long part. */
  | { phase: 'starting' }
  | { phase: 'loading'; file: string; index: number; count: number }
  | { phase: 'views' }
  | { phase: 'ready'; version: string; manifest: Manifest }
  | { phase: 'error'; file: string | null; message: string };

export interface Session {
  db: AsyncDuckDB;
  manifest: Manifest;
  version: string;
}

let status: DatasetStatus = { phase: 'standby' };
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

/** The published dataset's folder, relative to the page. */
export const PUBLISHED_FOLDER = 'data/';
let folder = PUBLISHED_FOLDER;

/**
 * Chooses the dataset folder (the app passes the validated `?dataset=` of the URL) before the
 * session starts; null keeps the published one.
 */
export function chooseDatasetFolder(chosen: string | null): void {
  if (sessionPromise) throw new Error('the dataset folder is chosen before the session starts');
  folder = chosen ? `${chosen}/` : PUBLISHED_FOLDER;
}

/** The dataset folder, relative to the page: `data/`, or the one chosen by the app. */
export function datasetFolder(): string {
  return folder;
}

/** The URL of a file of the dataset, relative to the page so the build works from any folder. */
function dataUrl(name: string, version?: string): string {
  const url = new URL(`${datasetFolder()}${name}`, document.baseURI);
  // The version in the query string keeps a browser cache from mixing files of two datasets.
  if (version) url.searchParams.set('v', version);
  return url.href;
}

/** A file of the dataset folder (the manifest's `version` makes it cacheable), or a DataFileError naming it. */
export async function fetchBytes(name: string, version?: string): Promise<ArrayBuffer> {
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

let manifestRead: Promise<Manifest> | null = null;
let manifestKnown: Manifest | null = null;

/**
 * The dataset's manifest (read once; no engine needed): its version, files and partitions. Read by
 * the session, and by what needs it without the engine (the open-data links, the synthetic banner,
 * a partitioned dataset's default scope and its link's results).
 */
export function datasetManifest(): Promise<Manifest> {
  manifestRead ??= readManifest().then((manifest) => {
    manifestKnown = manifest;
    for (const listener of listeners) listener();
    return manifest;
  });
  return manifestRead;
}

/** The manifest once read (told through subscribeDatasetStatus), else null. */
export function knownManifest(): Manifest | null {
  return manifestKnown;
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Rejects a truncated or altered file with its name before it reaches the Parquet reader or the engine. */
async function verify(file: Pick<ManifestFile, 'name' | 'bytes' | 'sha256'>, bytes: ArrayBuffer): Promise<void> {
  if (bytes.byteLength !== file.bytes) {
    throw new DataFileError(file.name, `size ${bytes.byteLength} bytes, the manifest says ${file.bytes}`);
  }
  // crypto.subtle exists only in secure contexts (https, localhost); plain-http intranets skip the hash.
  if (file.sha256 && globalThis.crypto?.subtle && (await sha256Hex(bytes)) !== file.sha256) {
    throw new DataFileError(file.name, 'SHA-256 differs from the manifest (corrupt or replaced file)');
  }
}

/** Starts the downloads of `files`, all at once. */
function download(files: readonly ManifestFile[], version: string): Promise<ArrayBuffer>[] {
  const downloads = files.map((file) => fetchBytes(file.name, version));
  downloads.forEach((d) => {
    d.catch(() => undefined);
  }); // awaited by decodeAll; avoid unhandled-rejection noise
  return downloads;
}

/**
 * Checks each downloaded file and decodes it for DuckDB, all at once: rejects with the first bad
 * file, so that none is inserted unless all are good.
 */
function decodeAll(
  engine: typeof import('./engine'),
  files: readonly ManifestFile[],
  downloads: Promise<ArrayBuffer>[],
  inWorker: boolean,
): Promise<Uint8Array[]> {
  return Promise.all(
    files.map(async (file, index) => {
      const bytes = await downloads[index];
      await verify(file, bytes);
      return engine.decodeParquet(file, bytes, inWorker);
    }),
  );
}

/** Inserts decoded files, in order, in one transaction: all of them, or none if one fails. */
function insertAll(
  engine: typeof import('./engine'),
  db: AsyncDuckDB,
  files: readonly ManifestFile[],
  decoded: Uint8Array[],
  insert: (conn: AsyncDuckDBConnection, file: ManifestFile, ipc: Uint8Array, index: number) => Promise<void>,
): Promise<void> {
  return engine.inTransaction(db, async (conn) => {
    for (const [index, file] of files.entries()) await insert(conn, file, decoded[index], index);
  });
}

let loaded: Session | null = null;

/** The session once it has loaded, else null (never starts it): a read can then leave in the turn that asks. */
export function loadedSession(): Session | null {
  return loaded;
}

/**
 * The build's database file downloaded and checked, or null when it cannot be had: it is a copy of the
 * Parquet with the views computed, so the page then loads the Parquet instead (and says so in the console).
 */
async function fetchDatabaseFile(file: DatabaseFile, version: string): Promise<ArrayBuffer | null> {
  try {
    const bytes = await fetchBytes(file.name, version);
    await verify(file, bytes);
    return bytes;
  } catch (error) {
    console.warn(`${(error as Error).message}: loading the Parquet files instead`);
    return null;
  }
}

async function loadSession(): Promise<Session> {
  setStatus({ phase: 'starting' });
  markOnce(MARKS.engineStart);
  // The engine chunk, the wasm, the manifest and the data are fetched at the same time: the build's
  // database file, or else the Parquet files (checked and decoded on this thread), while the engine compiles.
  const enginePromise = import('./engine');
  const manifestPromise = datasetManifest();
  // The build's file is named in a module of its own: this one is also read by Node (the data loaders).
  const published = Promise.all([manifestPromise, import('virtual:dataset-database')]).then(
    async ([manifest, { default: built }]) => {
      const file = databaseFileFor(manifest, datasetFolder() === PUBLISHED_FOLDER, built);
      const bytes = file ? await fetchDatabaseFile(file, manifest.version) : null;
      return file && bytes ? { file, bytes } : null;
    },
  );
  const started = enginePromise.then(async (engine) => {
    const start = await engine.startDatabase(published);
    markOnce(MARKS.engineReady);
    return start;
  });
  started.catch(() => undefined);
  const manifest = await manifestPromise;
  // Without the build's file the Parquet downloads start now, while the engine chunk arrives and compiles.
  const file = await published;
  const downloads = file ? null : download(manifest.files, manifest.version);
  const engine = await enginePromise;
  const fromFile = file ? await started : null;
  let db: AsyncDuckDB;
  if (fromFile?.opened) {
    db = fromFile.db;
    markOnce(MARKS.dataLoaded);
  } else {
    const dbPromise = started.then((s) => s.db);
    db = await loadParquet(engine, dbPromise, manifest, downloads ?? download(manifest.files, manifest.version));
  }
  loaded = { db, manifest, version: manifest.version };
  setStatus({ phase: 'ready', version: manifest.version, manifest });
  markOnce(MARKS.duckdbReady);
  return loaded;
}

/** The manifest's Parquet files (and a partitioned dataset's first partitions) into the started engine, then the views. */
async function loadParquet(
  engine: typeof import('./engine'),
  dbPromise: Promise<AsyncDuckDB>,
  manifest: Manifest,
  downloads: Promise<ArrayBuffer>[],
): Promise<AsyncDuckDB> {
  // The partitions the page will ask for first: fetched and decoded while the engine compiles.
  const first =
    manifest.partitions.length && expectedScope
      ? partitionsFor(manifest, defaultScope(manifest, expectedScope) ?? expectedScope)
      : [];
  const prefetched = first.map((partition) => fetchPartition(engine, partition, manifest.version));
  const [db, decoded] = await Promise.all([dbPromise, decodeAll(engine, manifest.files, downloads, false)]);
  if (manifest.partitions.length) await engine.createEmptyTables(db);
  await insertAll(engine, db, manifest.files, decoded, (conn, file, ipc, index) => {
    setStatus({ phase: 'loading', file: file.name, index: index + 1, count: manifest.files.length });
    return engine.insertDecoded(conn, file, ipc, { create: true });
  });
  // Those partitions go in before the views are computed, so that these are computed once. One
  // that failed is left to ensurePartitions, which tries it again and names the bad file.
  for (const [index, partition] of first.entries()) {
    try {
      await insertPartition(engine, db, partition, prefetched[index]);
      partitionLoads.set(partitionKey(partition), Promise.resolve());
    } catch {
      // not in the tables (the transaction rolled back): ensurePartitions tries again
    }
  }
  markOnce(MARKS.dataLoaded);
  setStatus({ phase: 'views' });
  await engine.materializeViews(db);
  return db;
}

/** The scope of the URL the page was opened with: which partitions to fetch first. */
let expectedScope: Scope | null = null;

/**
 * Starts the session, if it has not started, for a page on `scope` (its URL's region and years:
 * the partitions fetched first).
 */
export function startSession(scope: Scope): Promise<Session> {
  if (!sessionPromise) expectedScope = scope;
  return getSession();
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

/**
 * The data generation: bumped by every change of the data in this tab (a partition loaded, a
 * report added or removed, a statement in the SQL workbench that changed a table). It is part of
 * every query's cache key (see useSql), so no view shows a result computed before the change.
 */
let generation = 0;
const generationListeners = new Set<() => void>();

export function dataGeneration(): number {
  return generation;
}

export function subscribeDataGeneration(listener: () => void): () => void {
  generationListeners.add(listener);
  return () => generationListeners.delete(listener);
}

/** Says that the data changed: every cached query result is now out of date. */
export function dataChanged(): void {
  generation += 1;
  for (const listener of generationListeners) listener();
}

/**
 * Why the dataset's views are missing, when their last recomputation failed (a table they read was
 * dropped or altered in the SQL workbench); null when they are current.
 */
let viewsProblem: string | null = null;

/** A view's query failed because the data it needs was removed or changed beyond use in this tab. */
export class DataUnavailableError extends Error {
  constructor(
    /** Why the views could not be recomputed (DuckDB's message). */
    readonly reason: string,
    /** The failed query's own error. */
    readonly queryError: string,
  ) {
    super(reason);
    this.name = 'DataUnavailableError';
  }
}

/** A view's query error, explained when the data was changed so that the views could not be recomputed. */
export function explainQueryError(error: unknown): unknown {
  if (viewsProblem === null || !(error instanceof Error) || error.name === 'AbortError') return error;
  return new DataUnavailableError(viewsProblem, error.message);
}

/** Partitions already in the tables or on their way, by key. */
const partitionLoads = new Map<string, Promise<void>>();
/** Changes of the data (partition loads, view refreshes) run one at a time, in order. */
let lastChange: Promise<unknown> = Promise.resolve();

function serially<T>(change: () => Promise<T>): Promise<T> {
  const next = lastChange.catch(() => undefined).then(change);
  lastChange = next;
  return next;
}

/**
 * Each partition's files downloaded, checked and decoded in the decoding worker, by partition key:
 * started as soon as the manifest says which partitions the page's scope needs, while the engine
 * is still compiling (loadSession), and taken by ensurePartitions. One bad file rejects the
 * partition, which is then forgotten (asking again retries).
 */
const partitionFiles = new Map<string, Promise<Uint8Array[]>>();

function fetchPartition(
  engine: typeof import('./engine'),
  partition: ManifestPartition,
  version: string,
): Promise<Uint8Array[]> {
  const key = partitionKey(partition);
  let decoded = partitionFiles.get(key);
  if (!decoded) {
    decoded = decodeAll(engine, partition.files, download(partition.files, version), true);
    partitionFiles.set(key, decoded);
    decoded.catch(() => partitionFiles.delete(key));
  }
  return decoded;
}

/**
 * Appends a partition's files, once decoded, in one transaction (all or none). Agencies repeat in
 * every year of a province; the other tables never overlap.
 */
async function insertPartition(
  engine: typeof import('./engine'),
  db: AsyncDuckDB,
  partition: ManifestPartition,
  decoded: Promise<Uint8Array[]>,
): Promise<void> {
  const files = await decoded;
  partitionFiles.delete(partitionKey(partition)); // in the tables next, or rolled back: the map need not hold them
  await insertAll(engine, db, partition.files, files, (conn, file, ipc) =>
    engine.insertDecoded(conn, file, ipc, {
      create: false,
      dedupeBy: file.table === 'agencies' ? 'agency_id' : undefined,
    }),
  );
}

/**
 * Makes sure the given partitions are in the tables (a no-op for an unpartitioned dataset).
 * A partition that fails to load is forgotten, so asking again retries it.
 */
export async function ensurePartitions(partitions: readonly ManifestPartition[]): Promise<void> {
  if (partitions.length === 0) return; // every query asks; most datasets have no partitions
  const { db, manifest } = await getSession();
  const engine = await import('./engine');
  const loads = partitions.map((partition) => {
    const key = partitionKey(partition);
    let load = partitionLoads.get(key);
    if (!load) {
      const decoded = fetchPartition(engine, partition, manifest.version);
      load = serially(async () => {
        await insertPartition(engine, db, partition, decoded);
        await recompute(db, engine);
      });
      partitionLoads.set(key, load);
      load.catch(() => partitionLoads.delete(key));
    }
    return load;
  });
  await Promise.all(loads);
}

/** Recomputes the views, notes whether that worked, and bumps the data generation either way. */
async function recompute(db: AsyncDuckDB, engine: typeof import('./engine')): Promise<void> {
  try {
    await engine.materializeViews(db);
    viewsProblem = null;
  } catch (error) {
    viewsProblem = error instanceof Error ? error.message : String(error);
    throw error;
  } finally {
    dataChanged();
  }
}

/**
 * Recomputes the views (materialized as tables) after rows were added, changed or removed, and
 * bumps the data generation. Rejects when the views cannot be recomputed (a table they read was
 * dropped or altered): views that need them then say so instead of showing the rows of before.
 */
export async function refreshViews(): Promise<void> {
  const { db } = await getSession();
  const engine = await import('./engine');
  await serially(() => recompute(db, engine));
}
