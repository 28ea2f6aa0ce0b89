/**
 * Lets thousands of components each watch "is the selected index mine?" at O(1) cost per change: when the
 * index moves from a to b, only the listeners of a and b run. (A plain selector per component would run
 * every component's selector on every store update, which a transcript of 15,000 lines cannot afford 60
 * times a second.)
 */
import type { StoreApi } from 'zustand/vanilla';

export interface IndexWatcher {
  subscribe(index: number, onChange: () => void): () => void;
  current(): number;
}

export function createIndexWatcher<S>(store: StoreApi<S>, select: (state: S) => number): IndexWatcher {
  const listeners = new Map<number, Set<() => void>>();
  let current = select(store.getState());
  store.subscribe((state) => {
    const next = select(state);
    if (next === current) return;
    const previous = current;
    current = next;
    listeners.get(previous)?.forEach((listener) => listener());
    listeners.get(next)?.forEach((listener) => listener());
  });
  return {
    current: () => current,
    subscribe(index, onChange) {
      let set = listeners.get(index);
      if (!set) listeners.set(index, (set = new Set()));
      set.add(onChange);
      return () => {
        set.delete(onChange);
        if (set.size === 0) listeners.delete(index);
      };
    },
  };
}
