/**
 * The URL state as a React hook: read from `location.search`, written with `history.pushState`
 * so that back/forward move between states. All components read the same URL, so there is no
 * context provider to keep in sync.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type UrlNotice, type UrlState } from './state';

const CHANGE_EVENT = 'urlstatechange';

// One pair of window listeners for all subscribers: every Link subscribes, a table can hold
// thousands, and adding that many listeners to window takes seconds (Chromium checks duplicates).
const subscribers = new Set<() => void>();
const notify = () =>
  subscribers.forEach((onChange) => {
    onChange();
  });

function subscribe(onChange: () => void): () => void {
  if (subscribers.size === 0) {
    window.addEventListener('popstate', notify);
    window.addEventListener(CHANGE_EVENT, notify);
  }
  subscribers.add(onChange);
  return () => {
    subscribers.delete(onChange);
    if (subscribers.size === 0) {
      window.removeEventListener('popstate', notify);
      window.removeEventListener(CHANGE_EVENT, notify);
    }
  };
}

const readSearch = () => window.location.search;
/**
 * The page rendered at build time is the default URL's (src/prerenderPage.tsx); hydration renders
 * that same state, then React re-renders with the real URL.
 */
const prerenderedSearch = () => '';

/** Writes a full state into the URL; `replace` for changes that should not add a history entry. */
export function navigate(state: UrlState, options: { replace?: boolean } = {}): void {
  const url = serializeUrlState(state);
  if (url === (window.location.search || '?')) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export interface UrlStateApi {
  state: UrlState;
  /** Query-string entries that were ignored (unknown parameter or invalid value). */
  notices: UrlNotice[];
  /** Merges a patch into the state and pushes a history entry. */
  setState: (patch: Partial<UrlState>, options?: { replace?: boolean }) => void;
}

export function useUrlState(): UrlStateApi {
  const search = useSyncExternalStore(subscribe, readSearch, prerenderedSearch);
  const { state, notices } = useMemo(() => parseUrlState(search), [search]);
  const setState = useCallback(
    (patch: Partial<UrlState>, options?: { replace?: boolean }) =>
      navigate({ ...parseUrlState(window.location.search).state, ...patch }, options),
    [],
  );
  return { state, notices, setState };
}
