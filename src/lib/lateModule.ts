/**
 * Code a page runs only once it is live, in a chunk of its own: loaded ahead (start.tsx waits for it beside
 * the episode's data, so it is in when the page hydrates), or on first use elsewhere. Not React.lazy: a lazy
 * component revealed after its Suspense fallback is held back by React's reveal throttle (up to 300 ms), and
 * this code must start with the page (following places the opening line then).
 */
import { useEffect, useState } from 'react';

export interface LateModule<T> {
  /** The module, once in. */
  readonly loaded: T | undefined;
  /** Starts loading it (once, again after a failure); resolves with it. */
  load(): Promise<T>;
}

export function lateModule<T>(load: () => Promise<T>): LateModule<T> {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get loaded() {
      return module;
    },
    load: () =>
      (loading ??= load().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
}

/** The module, at once if it is in, else once it has loaded (which this starts); never, if it cannot load. */
export function useLateModule<T>(late: LateModule<T>): T | undefined {
  const [module, setModule] = useState(() => late.loaded);
  useEffect(() => {
    if (module) return;
    let mounted = true;
    late.load().then(
      (loaded) => mounted && setModule(() => loaded),
      () => undefined, // the page works on without it
    );
    return () => void (mounted = false);
  }, [late, module]);
  return module;
}
