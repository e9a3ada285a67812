import type { Range } from '../search/types.ts';

/** How much of a quote or passage a reply shows around the match, in characters. */
export const QUOTE_WINDOW = 3000;
export const ALTERNATIVE_WINDOW = 600;
export const EXCERPT_WINDOW = 700;

/**
 * The stretch of `text` shown for a match: all of it when it fits in `max` characters, else `max`
 * characters from a word start a quarter of the way before the first match.
 */
export function windowAround(text: string, ranges: readonly Range[], max: number): Range {
  if (text.length <= max) return { start: 0, end: text.length };
  const first = Math.min(...ranges.map((r) => r.start), text.length);
  const matched = ranges.length > 0 ? first : 0;
  let start = Math.max(0, Math.min(matched - Math.floor(max / 4), text.length - max));
  if (start > 0) {
    const space = text.slice(start, start + 20).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  return { start, end: Math.min(text.length, start + max) };
}

/** What a reply shows of `text`: the window around `ranges` with an ellipsis at each cut (or all of it when `full`), and the ranges moved into it. */
export function excerpt(
  text: string,
  ranges: readonly Range[],
  max: number,
  full = false,
): { text: string; ranges: Range[] } {
  const { start, end } = full ? { start: 0, end: text.length } : windowAround(text, ranges, max);
  const lead = start > 0 ? '…' : '';
  const inside = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({
      start: Math.max(r.start, start) - start + lead.length,
      end: Math.min(r.end, end) - start + lead.length,
    }));
  return { text: `${lead}${text.slice(start, end)}${end < text.length ? '…' : ''}`, ranges: inside };
}
