/** Speaker names as hand-written files give them: stray punctuation, typos, sentences in the wrong field. */

/** `Alexey:` → `Alexey`, `  Luke  Whipps ` → `Luke Whipps`. */
export function cleanSpeakerName(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s:;,.\-–—]+|[\s:;,\-–—]+$/g, '');
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Text that reads as something said rather than as a name. */
export function looksLikeSentence(text: string): boolean {
  const count = words(text).length;
  return count > 4 || text.length > 40 || (count > 1 && /[.?!…]["”’)]?$/.test(text));
}

/** One to four words that could be a name: no sentence punctuation, starting with a letter. */
export function looksLikeName(text: string): boolean {
  const parts = words(text);
  return (
    parts.length >= 1 &&
    parts.length <= 4 &&
    text.length <= 40 &&
    parts.every((part) => /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(part)) &&
    !/[?!…]/.test(text)
  );
}

/** Case- and accent-insensitive key for comparing names. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A rare name that is a mistyped frequent one: `Adityaitya` (3 lines) for `Aditya` (96 lines), `Alexy` for
 * `Alexey`. Names of real people (`protectedNames`) are never merged, and neither is a shorter name into a
 * longer one (`Alex` is not `Alexey`).
 */
export function typoTarget(
  name: string,
  counts: ReadonlyMap<string, number>,
  protectedNames: ReadonlySet<string>,
): string | undefined {
  const count = counts.get(name) ?? 0;
  if (count > 3 || protectedNames.has(nameKey(name))) return undefined;
  const key = nameKey(name);
  let best: { name: string; count: number } | undefined;
  for (const [candidate, candidateCount] of counts) {
    if (candidate === name || candidateCount < Math.max(5, count * 5)) continue;
    const candidateKey = nameKey(candidate);
    const similar =
      (key.startsWith(candidateKey) && candidateKey.length >= 3) ||
      (candidateKey.length >= 4 && key.length >= candidateKey.length - 1 && editDistance(key, candidateKey) <= 1);
    if (similar && (!best || candidateCount > best.count)) best = { name: candidate, count: candidateCount };
  }
  return best?.name;
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}
