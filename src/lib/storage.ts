/**
 * localStorage that never breaks a page: missing (private modes, some embedded browsers), disabled, full or
 * holding garbage, it answers `undefined` and writes nothing, and the app works without it.
 */
export function readStored(key: string): string | undefined {
  try {
    return window.localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Full or disabled: the preference lasts for this page only.
  }
}
