/** Recent queries, newest first, kept in localStorage (this browser only; nothing is sent anywhere). */

export interface HistoryEntry {
  sql: string;
  /** ISO time of the last run. */
  at: string;
}

export const HISTORY_KEY = 'disclosure-atlas.sql-history';
export const HISTORY_LIMIT = 50;

/** Add a run to the history: a repeated query moves to the top instead of appearing twice. */
export function addToHistory(history: readonly HistoryEntry[], sql: string, at: Date): HistoryEntry[] {
  const text = sql.trim();
  if (text === '') return [...history];
  const rest = history.filter((entry) => entry.sql !== text);
  return [{ sql: text, at: at.toISOString() }, ...rest].slice(0, HISTORY_LIMIT);
}

/** Parse what localStorage holds; anything malformed is dropped rather than trusted. */
export function parseHistory(stored: string | null): HistoryEntry[] {
  if (!stored) return [];
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (e): e is HistoryEntry =>
        typeof e === 'object' && e !== null && typeof e.sql === 'string' && typeof e.at === 'string',
    )
    .slice(0, HISTORY_LIMIT);
}

export function loadHistory(storage: Pick<Storage, 'getItem'> = localStorage): HistoryEntry[] {
  try {
    return parseHistory(storage.getItem(HISTORY_KEY));
  } catch {
    return []; // storage disabled (private mode, policy): the workbench still works without history
  }
}

export function saveHistory(history: readonly HistoryEntry[], storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(HISTORY_KEY, JSON.stringify(history));
  } catch {
    // quota or disabled storage: history is a convenience, not worth failing a query over
  }
}
