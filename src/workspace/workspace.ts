/**
 * The user's own reports ("我的年报"), kept across reloads: the in-memory list every view reads,
 * loaded from IndexedDB at start (storage.ts), and the operations on it — import files one at a
 * time with progress and cancel (only one file's bytes in memory at a time), decide what a report
 * of an already covered agency-year does, name an agency, remove one or all.
 *
 * When IndexedDB is unusable the workspace still works for this tab and says it will not be kept.
 */
import { useEffect } from 'react';
import { matchLoadedAgency } from '../db/agencies';
import { LOCAL_PREFIX } from '../db/tabRows';
import { ParseError, type ParseResult } from '../report/types';
import { externalStore } from './externalStore';
import {
  agencyNameOf,
  applyReplace,
  contentHash,
  initialChoice,
  isCounted,
  isRecord,
  PARSER_VERSION,
  type WorkspaceRecord,
  WS_CONFLICT,
} from './records';
import {
  deleteAll,
  deleteReport,
  readAllRecords,
  readSource,
  type StorageFailure,
  storageFailure,
  writeRecord,
  writeReport,
} from './storage';
import { datasetReportsOf, datasetReportWithHash } from './tables';

/** A file (or pasted text) to import, read only when its turn comes. */
export interface ImportInput {
  name: string;
  read: () => Promise<Uint8Array | string>;
}

export type ImportOutcome =
  | { name: string; status: 'added'; recordId: string; pending: boolean }
  | { name: string; status: 'duplicate'; recordId: string }
  | { name: string; status: 'inDataset'; reportId: string }
  | { name: string; status: 'failed'; message: string }
  | { name: string; status: 'cancelled' };

export interface WorkspaceState {
  phase: 'loading' | 'ready';
  records: WorkspaceRecord[];
  /** Why the workspace cannot be kept (reports then last only for this tab); null when it can. */
  storageError: StorageFailure | null;
  /** Stored entries that could not be read back (skipped, left in the store). */
  unreadable: number;
  importing: { done: number; total: number; current: string } | null;
  lastImport: ImportOutcome[];
}

const store = externalStore<WorkspaceState>({
  phase: 'loading',
  records: [],
  storageError: null,
  unreadable: 0,
  importing: null,
  lastImport: [],
});
const update = store.update;

export const getWorkspace = store.get;

export function useWorkspace(): WorkspaceState {
  useEffect(() => void loadWorkspace(), []);
  return store.use();
}

/** Runs a storage write; a failure is remembered for the UI and the in-memory workspace goes on. */
async function persist(work: () => Promise<void>): Promise<void> {
  if (store.get().storageError && store.get().storageError !== 'quota') return;
  try {
    await work();
  } catch (error) {
    update((s) => ({ ...s, storageError: storageFailure(error) }));
  }
}

/** The parser is loaded when a report is first added (not for the banner every view shows). */
async function parseInput(source: Uint8Array | string, name: string): Promise<ParseResult> {
  if (typeof source === 'string') return (await import('../report/parse')).parseReport(source, name);
  return (await import('../report/parse-file')).parseReportFile(source, name);
}

let loading: Promise<void> | null = null;

/** Reads the kept reports back (once); reports stored by an older parser are parsed again from their bytes. */
export function loadWorkspace(): Promise<void> {
  loading ??= (async () => {
    let stored: [IDBValidKey, unknown][] = [];
    try {
      stored = await readAllRecords();
    } catch (error) {
      update((s) => ({ ...s, phase: 'ready', storageError: storageFailure(error) }));
      return;
    }
    const records: WorkspaceRecord[] = [];
    let unreadable = 0;
    for (const [, value] of stored) {
      if (!isRecord(value)) {
        unreadable++;
        continue;
      }
      records.push(value.parserVersion === PARSER_VERSION ? value : await reparsed(value));
    }
    records.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.name.localeCompare(b.name));
    update((s) => ({ ...s, phase: 'ready', records: [...records, ...s.records], unreadable }));
  })();
  return loading;
}

async function reparsed(record: WorkspaceRecord): Promise<WorkspaceRecord> {
  try {
    const source = await readSource(record.id);
    if (source === undefined) return record;
    const next = { ...record, parsed: await parseInput(source, record.name), parserVersion: PARSER_VERSION };
    await persist(() => writeRecord(next.id, next));
    return next;
  } catch {
    return record; // the earlier parse stays; better than losing the report
  }
}

/** Agency key for comparing kept reports with each other: the dataset's id, else the name without spaces. */
const agencyKey = (r: WorkspaceRecord) => r.agencyId ?? `name:${(agencyNameOf(r) ?? '').replace(/\s+/g, '')}`;

/** Other reports for the same agency and year: the dataset's, and kept ones that count. */
async function conflictsOf(record: WorkspaceRecord, kept: readonly WorkspaceRecord[]): Promise<string[]> {
  const year = record.parsed.report.year;
  if (year === null || agencyNameOf(record) === null) return [];
  const dataset = record.agencyId ? await datasetReportsOf(record.agencyId, year).catch(() => []) : [];
  const own = kept
    .filter((r) => r.id !== record.id && isCounted(r) && r.parsed.report.year === year)
    .filter((r) => agencyKey(r) === agencyKey(record))
    .map((r) => `${WS_CONFLICT}${r.id}`);
  return [...dataset, ...own];
}

async function datasetAgency(names: readonly string[]): Promise<string | null> {
  if (names.length === 0) return null;
  const match = await matchLoadedAgency(names).catch(() => null);
  // Agencies the workspace itself added are not the dataset's.
  return match && !match.agency_id.startsWith(LOCAL_PREFIX) ? match.agency_id : null;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

async function importOne(input: ImportInput, seen: Set<string>): Promise<ImportOutcome> {
  const { name } = input;
  let source: Uint8Array | string;
  try {
    source = await input.read();
  } catch (error) {
    return { name, status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  const id = await contentHash(source);
  if (seen.has(id) || store.get().records.some((r) => r.id === id)) return { name, status: 'duplicate', recordId: id };
  seen.add(id);
  const inDataset = await datasetReportWithHash(id).catch(() => null);
  if (inDataset) return { name, status: 'inDataset', reportId: inDataset };
  let parsed: ParseResult;
  try {
    parsed = await parseInput(source, name);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      name,
      status: 'failed',
      message:
        error instanceof ParseError && message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message,
    };
  }
  const { report } = parsed;
  const draft: WorkspaceRecord = {
    id,
    name,
    size: typeof source === 'string' ? new TextEncoder().encode(source).length : source.length,
    addedAt: new Date().toISOString(),
    parserVersion: PARSER_VERSION,
    parsed,
    agencyId: await datasetAgency(report.agency ? [report.agency, ...(report.agency_aliases ?? [])] : []),
    agencyName: null,
    choice: 'counted',
    conflicts: [],
  };
  const conflicts = await conflictsOf(draft, store.get().records);
  const record: WorkspaceRecord = { ...draft, conflicts, choice: initialChoice(conflicts) };
  await persist(() => writeReport(id, record, source));
  update((s) => ({ ...s, records: [...s.records, record] }));
  return { name, status: 'added', recordId: id, pending: record.choice === 'pending' };
}

/**
 * Imports reports one at a time: each file's outcome (added, already kept, already in the
 * dataset, not a report, cancelled) is reported; one bad file never stops the batch.
 */
export async function importReports(inputs: readonly ImportInput[], signal?: AbortSignal): Promise<ImportOutcome[]> {
  await loadWorkspace();
  const outcomes: ImportOutcome[] = [];
  const seen = new Set<string>();
  for (const [index, input] of inputs.entries()) {
    if (signal?.aborted) {
      outcomes.push({ name: input.name, status: 'cancelled' });
      continue;
    }
    update((s) => ({ ...s, importing: { done: index, total: inputs.length, current: input.name } }));
    outcomes.push(await importOne(input, seen));
    await pause(); // lets the progress paint and a cancel click land
  }
  update((s) => ({ ...s, importing: null, lastImport: outcomes }));
  return outcomes;
}

async function replaceRecords(next: WorkspaceRecord[]): Promise<void> {
  const changed = next.filter((r, i) => r !== store.get().records[i]);
  update((s) => ({ ...s, records: next }));
  await persist(async () => {
    for (const r of changed) await writeRecord(r.id, r);
  });
}

/** The user's answer for a report of an agency-year that already has one. */
export async function decide(recordId: string, choice: 'replace' | 'second' | 'skip'): Promise<void> {
  const record = store.get().records.find((r) => r.id === recordId);
  if (!record) return;
  if (choice === 'skip') return removeReport(recordId);
  if (choice === 'second')
    return replaceRecords(store.get().records.map((r) => (r.id === recordId ? { ...r, choice } : r)));
  return replaceRecords(applyReplace(store.get().records, record));
}

/** Names the agency of a report (typed, or picked from the dataset's agencies / the roster). */
export async function nameAgency(recordId: string, name: string, agencyId: string | null = null): Promise<void> {
  const record = store.get().records.find((r) => r.id === recordId);
  const trimmed = name.trim();
  if (!record || trimmed === '') return;
  const named: WorkspaceRecord = {
    ...record,
    agencyName: trimmed,
    agencyId: agencyId ?? (await datasetAgency([trimmed])),
  };
  const conflicts = await conflictsOf(named, store.get().records);
  const next = { ...named, conflicts, choice: initialChoice(conflicts) };
  await replaceRecords(store.get().records.map((r) => (r.id === recordId ? next : r)));
}

export async function removeReport(recordId: string): Promise<void> {
  update((s) => ({ ...s, records: s.records.filter((r) => r.id !== recordId) }));
  await persist(() => deleteReport(recordId));
}

export async function removeAll(): Promise<void> {
  update((s) => ({ ...s, records: [], lastImport: [] }));
  await persist(deleteAll);
}
