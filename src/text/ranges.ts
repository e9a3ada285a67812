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

const WORD = /[\p{L}\p{N}\p{M}]/u;
/** Punctuation that sits inside one word or number: 1.5, 1,000, 6-210, don’t, 24/7. */
const JOINER = /[.,'’\-/:]/;

function isWord(text: string, at: number): boolean {
  return WORD.test(text[at] ?? '');
}

/**
 * Ranges widened to whole words and numbers, and trimmed of surrounding spaces, so a mark never
 * splits "1.5 million" into "[1].[5] million".
 */
export function wholeWords(text: string, ranges: readonly Range[]): Range[] {
  const widened: Range[] = [];
  for (const range of ranges) {
    let start = Math.max(0, Math.min(range.start, text.length));
    let end = Math.max(start, Math.min(range.end, text.length));
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (start === end) continue;
    for (;;) {
      if (isWord(text, start - 1) && isWord(text, start)) start--;
      else if (JOINER.test(text[start - 1] ?? '') && isWord(text, start - 2) && isWord(text, start))
        start -= 2;
      else break;
    }
    for (;;) {
      if (isWord(text, end) && isWord(text, end - 1)) end++;
      else if (JOINER.test(text[end] ?? '') && isWord(text, end + 1) && isWord(text, end - 1)) end += 2;
      else break;
    }
    widened.push({ start, end });
  }
  return widened;
}
