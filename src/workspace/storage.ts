/**
 * Where the workspace lives between visits: IndexedDB through idb-keyval. Two stores: the records
 * (file name, parse result, the user's choices; read at start) and the source bytes (read only to
 * re-parse after a parser change or to export), so a start never loads every PDF into memory.
 *
 * Every failure becomes a WorkspaceStorageError with a kind the UI names in the page's language:
 * no IndexedDB (private mode, blocked storage), quota, a damaged store.
 */
import { clear, createStore, del, entries, get, keys, set, type UseStore } from 'idb-keyval';

export type StorageFailure = 'unavailable' | 'quota' | 'damaged' | 'unknown';

export class WorkspaceStorageError extends Error {
  constructor(
    readonly kind: StorageFailure,
    message: string,
  ) {
    super(message);
    this.name = 'WorkspaceStorageError';
  }
}

/** The failure kind of an IndexedDB error (DOMException names from the IndexedDB spec). */
export function storageFailure(error: unknown): StorageFailure {
  if (error instanceof WorkspaceStorageError) return error.kind;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotFoundError') return 'unavailable';
  if (name === 'VersionError' || name === 'DataError' || name === 'DataCloneError' || name === 'UnknownError')
    return 'damaged';
  return 'unknown';
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WorkspaceStorageError) throw error;
    throw new WorkspaceStorageError(storageFailure(error), error instanceof Error ? error.message : String(error));
  }
}

const DB = 'disclosure-atlas-workspace';
interface Stores {
  records: UseStore;
  sources: UseStore;
  /** Small settings: the roster. */
  settings: UseStore;
}
let stores: Stores | null = null;

function open(): Stores {
  if (typeof indexedDB === 'undefined') throw new WorkspaceStorageError('unavailable', 'IndexedDB is not available');
  // idb-keyval keeps one object store per database.
  stores ??= {
    records: createStore(`${DB}-records`, 'records'),
    sources: createStore(`${DB}-sources`, 'sources'),
    settings: createStore(`${DB}-settings`, 'settings'),
  };
  return stores;
}

export const readSetting = (key: string): Promise<unknown> => guarded(() => get(key, open().settings));

export const writeSetting = (key: string, value: unknown): Promise<void> =>
  guarded(() => (value === undefined ? del(key, open().settings) : set(key, value, open().settings)));

/** Whether any report is kept, without reading them (nor creating the database of a tab that never kept one). */
export const hasRecords = (): Promise<boolean> =>
  guarded(async () => {
    const existing = await indexedDB.databases?.();
    if (existing && !existing.some((db) => db.name === `${DB}-records`)) return false;
    return (await keys(open().records)).length > 0;
  });

export const readAllRecords = (): Promise<[IDBValidKey, unknown][]> => guarded(() => entries(open().records));

/** The source first, so a record never points at bytes that were not stored. */
export const writeReport = (id: string, record: unknown, source: Uint8Array | string): Promise<void> =>
  guarded(async () => {
    await set(id, source, open().sources);
    await set(id, record, open().records);
  });

export const writeRecord = (id: string, record: unknown): Promise<void> =>
  guarded(() => set(id, record, open().records));

export const readSource = (id: string): Promise<Uint8Array | string | undefined> =>
  guarded(() => get<Uint8Array | string>(id, open().sources));

export const deleteReport = (id: string): Promise<void> =>
  guarded(async () => {
    await del(id, open().records);
    await del(id, open().sources);
  });

export const deleteAll = (): Promise<void> =>
  guarded(async () => {
    await clear(open().records);
    await clear(open().sources);
  });
