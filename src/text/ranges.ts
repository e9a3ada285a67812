import type { Range } from '../search/types.ts';

/**
 * Ranges of `text` in order, neighbours joined where only `joinable` text lies between them, so
 * matched words read as one marked phrase ("[unite around our president]").
 */
export function mergeRanges(text: string, ranges: readonly Range[], joinable: RegExp): Range[] {
  const merged: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && joinable.test(text.slice(last.end, range.start))) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
