/** Index of the last value at or before `target` in a non-decreasing array; -1 when `target` comes first. */
export function lastAtOrBefore(values: ArrayLike<number>, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! <= target) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
