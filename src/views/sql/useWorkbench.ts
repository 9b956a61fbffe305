/**
 * Running queries from the workbench: one at a time (a new run cancels the one in flight),
 * with the time taken, DuckDB's error and where it points, and a history of what ran.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { query } from '../../db/client';
import { refreshViews } from '../../db/session';
import { addToHistory, type HistoryEntry, loadHistory, saveHistory } from './queryHistory';
import type { QueryResult } from './result';
import { runScript, ScriptError } from './runScript';
import { splitStatements } from './statements';

export type RunState =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; result: QueryResult; ms: number; statements: number; viewsError: string | null }
  | { phase: 'error'; message: string; offset: number | null }
  | { phase: 'cancelled' };

export interface Workbench {
  state: RunState;
  history: HistoryEntry[];
  run: (text: string, from: number) => void;
  cancel: () => void;
  clearHistory: () => void;
}

export function useWorkbench(onSchemaChange: () => void): Workbench {
  const [state, setState] = useState<RunState>({ phase: 'idle' });
  const [history, setHistory] = useState<HistoryEntry[]>(() => loadHistory());
  const current = useRef<AbortController | null>(null);
  const schemaChanged = useRef(onSchemaChange);
  schemaChanged.current = onSchemaChange;

  useEffect(() => () => current.current?.abort(), []);

  const run = useCallback((text: string, from: number) => {
    if (splitStatements(text).length === 0) return; // nothing but blanks and comments
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setState({ phase: 'running' });
    setHistory((h) => {
      const next = addToHistory(h, text, new Date());
      saveHistory(next);
      return next;
    });
    const started = performance.now();
    // The dataset's views are tables computed from the data: recompute them after a change (which
    // bumps the data generation, so every page queries again). If the user dropped or altered a
    // table they read, they cannot be recomputed: the pages then say so, and so does the workbench.
    const afterChange = async (): Promise<string | null> => {
      const problem = await refreshViews().then(
        () => null,
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      schemaChanged.current();
      return problem;
    };
    runScript(text, from, query, controller.signal).then(
      async (outcome) => {
        const viewsError = outcome.schemaChanged ? await afterChange() : null;
        if (current.current !== controller) return;
        current.current = null;
        const ms = Math.round(performance.now() - started);
        setState({ phase: 'done', result: outcome.result, ms, statements: outcome.statements, viewsError });
      },
      async (error: unknown) => {
        if (error instanceof ScriptError && error.schemaChanged) await afterChange();
        if (current.current !== controller) return; // superseded by a newer run
        current.current = null;
        if (controller.signal.aborted) setState({ phase: 'cancelled' });
        else if (error instanceof ScriptError)
          setState({ phase: 'error', message: error.message, offset: error.offset });
        else
          setState({ phase: 'error', message: error instanceof Error ? error.message : String(error), offset: null });
      },
    );
  }, []);

  const cancel = useCallback(() => {
    const controller = current.current;
    if (!controller) return;
    current.current = null;
    controller.abort();
    setState({ phase: 'cancelled' });
  }, []);

  const clearHistory = useCallback(() => {
    setHistory([]);
    saveHistory([]);
  }, []);

  return { state, history, run, cancel, clearHistory };
}
