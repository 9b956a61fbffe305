/** A value kept outside React (it outlives a view) that components read with useSyncExternalStore. */
import { useSyncExternalStore } from 'react';

export interface ExternalStore<T> {
  get: () => T;
  update: (change: (current: T) => T) => void;
  /** The current value in a component, re-rendered on each update. */
  use: () => T;
}

export function externalStore<T>(initial: T): ExternalStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  const get = () => value;
  return {
    get,
    update: (change) => {
      value = change(value);
      for (const l of listeners) l();
    },
    use: () => useSyncExternalStore(subscribe, get),
  };
}
