/**
 * The reports checked in this tab, kept outside React so they survive a switch to another view
 * and back (the tab-local rows in DuckDB survive too; this remembers which file they came from).
 */
import { useSyncExternalStore } from 'react';
import type { CheckedFile } from './checkFile';

export interface CheckState {
  files: CheckedFile[];
  /** Key of the file whose detail is shown. */
  selected: string | null;
  /** File key → its report id in this tab's DuckDB, once added. */
  added: ReadonlyMap<string, string>;
  /** The batch being read: files done of its total; null when none is. */
  reading: { done: number; total: number } | null;
}

let state: CheckState = { files: [], selected: null, added: new Map(), reading: null };
const listeners = new Set<() => void>();

export function updateCheckState(change: (s: CheckState) => CheckState): void {
  state = change(state);
  for (const l of listeners) l();
}

export function useCheckState(): CheckState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}
