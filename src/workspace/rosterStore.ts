/**
 * The user's roster, kept in IndexedDB beside the workspace: loaded from a CSV (bad rows named,
 * the rest kept) or started from the dataset's agencies. Without storage it lasts for the tab.
 */
import { useEffect } from 'react';
import { externalStore } from './externalStore';
import { parseRoster, type RosterEntry, type RosterProblem } from './roster';
import { readSetting, type StorageFailure, storageFailure, writeSetting } from './storage';

export interface RosterState {
  entries: RosterEntry[];
  /** Problems of the last CSV read (not kept across reloads: the kept roster has none). */
  problems: RosterProblem[];
  /** The CSV's file name, or null when started from the dataset. */
  fileName: string | null;
  storageError: StorageFailure | null;
}

const KEY = 'roster';
const store = externalStore<RosterState>({ entries: [], problems: [], fileName: null, storageError: null });
const update = (change: Partial<RosterState>) => store.update((s) => ({ ...s, ...change }));

let loading: Promise<void> | null = null;

function loadRoster(): Promise<void> {
  loading ??= readSetting(KEY)
    .then((value) => {
      const kept = value as { entries?: RosterEntry[]; fileName?: string | null } | undefined;
      if (kept && Array.isArray(kept.entries) && store.get().entries.length === 0) {
        update({ entries: kept.entries, fileName: kept.fileName ?? null });
      }
    })
    .catch((error: unknown) => update({ storageError: storageFailure(error) }));
  return loading;
}

export function useRoster(): RosterState {
  useEffect(() => void loadRoster(), []);
  return store.use();
}

async function keep(entries: RosterEntry[], fileName: string | null, problems: RosterProblem[]): Promise<void> {
  update({ entries, fileName, problems });
  try {
    await writeSetting(KEY, entries.length > 0 ? { entries, fileName } : undefined);
  } catch (error) {
    update({ storageError: storageFailure(error) });
  }
}

/** Reads a roster CSV; when no row is usable the current roster stays and the problems say why. */
export function loadRosterCsv(text: string, fileName: string): Promise<void> {
  const { entries, problems } = parseRoster(text);
  if (entries.length === 0) {
    update({ problems });
    return Promise.resolve();
  }
  return keep(entries, fileName, problems);
}

export const setRoster = (entries: RosterEntry[]): Promise<void> => keep(entries, null, []);

export const clearRoster = (): Promise<void> => keep([], null, []);
