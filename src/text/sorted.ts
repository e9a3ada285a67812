/**
 * Binary search over items sorted by a numeric key (offsets, mostly): the index of the first item
 * whose key is at least `value`, or `items.length` when there is none. The last item whose key is
 * below `value` is at the returned index minus one.
 */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (key(items[mid] as T) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
