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

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Disabled: there was nothing to remove.
  }
}

/** The stored keys that start with `prefix` (none when storage cannot be read). */
export function storedKeys(prefix: string): string[] {
  try {
    const storage = window.localStorage;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}
