/**
 * Lets thousands of components each watch "is one of the selected indexes mine?" at O(1) cost per change:
 * when a selected index moves from a to b, only the listeners of a and b run. (A plain selector per
 * component would run every component's selector on every store update, which a transcript of 15,000
 * lines cannot afford 60 times a second.)
 */
import type { StoreApi } from 'zustand/vanilla';

export interface IndexWatcher {
  subscribe(index: number, onChange: () => void): () => void;
  /** Bit k is set when selector k currently selects `index`. */
  flagsOf(index: number): number;
  /** The same for the store's initial state (what a prerendered page shows). */
  initialFlagsOf(index: number): number;
}

export function createIndexWatcher<S>(
  store: StoreApi<S>,
  selectors: ReadonlyArray<(state: S) => number>,
): IndexWatcher {
  const listeners = new Map<number, Set<() => void>>();
  const flags = (selected: readonly number[], index: number) =>
    selected.reduce((bits, chosen, k) => (chosen === index ? bits | (1 << k) : bits), 0);
  const initial = selectors.map((select) => select(store.getInitialState()));
  const current = selectors.map((select) => select(store.getState()));
  // Runs on every playback tick: it allocates nothing unless a selected index moved.
  store.subscribe((state) => {
    let changed: number[] | undefined;
    for (let k = 0; k < selectors.length; k++) {
      const index = selectors[k]!(state);
      if (index === current[k]) continue;
      (changed ??= []).push(current[k]!, index);
      current[k] = index;
    }
    if (changed) for (const index of new Set(changed)) listeners.get(index)?.forEach((listener) => listener());
  });
  return {
    flagsOf: (index) => flags(current, index),
    initialFlagsOf: (index) => flags(initial, index),
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
