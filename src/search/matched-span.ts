import type { QuoteMatch, Range } from './types.ts';

export interface MatchedSpan {
  /** The credited quote's words, or the paragraph where nobody is credited. */
  text: string;
  /** The matched words, as offsets into `text`. */
  highlights: Range[];
}

const QUOTE_MARKS = /^[\s"“”«»„‘’']+|[\s"“”«»„‘’']+$/g;
const TRAILING_PUNCTUATION = /[\s,;:.…!?–—-]+$/;

/**
 * What to show for a match, with the user's words marked. A quote interrupted by its attribution
 * ("“A,” he said. “B.”") is its parts joined, not a slice of the document, so the highlights are
 * mapped part by part.
 */
export function matchedSpan(match: QuoteMatch): MatchedSpan {
  const { attribution, doc, passage } = match;
  const relativeTo = (start: number) =>
    match.highlights.map((h) => ({ start: h.start - start, end: h.end - start }));
  if (!attribution)
    return { text: doc.text.slice(passage.start, passage.end), highlights: relativeTo(passage.start) };
  const text = attribution.quote;
  const at = doc.text.indexOf(text, attribution.start);
  if (at >= 0 && at < attribution.end) return { text, highlights: relativeTo(at) };
  const highlights: Range[] = [];
  let cursor = 0;
  for (const part of attribution.parts ?? []) {
    const raw = doc.text.slice(part.start, part.end);
    const located = locatePart(text, raw, cursor);
    if (!located) continue;
    const { found, inner } = located;
    const innerStart = part.start + raw.indexOf(inner);
    cursor = found + inner.length;
    for (const h of match.highlights) {
      const start = Math.max(h.start, innerStart);
      const end = Math.min(h.end, innerStart + inner.length);
      if (end > start) highlights.push({ start: found + start - innerStart, end: found + end - innerStart });
    }
  }
  return { text, highlights };
}

/**
 * Where a quoted part of the document sits in the joined quote: its words without quote marks, and
 * without the comma or stop that the attribution cut off ("…to unite,” he said" joins as "to unite …").
 */
function locatePart(quote: string, raw: string, cursor: number): { found: number; inner: string } | null {
  const inner = raw.replace(QUOTE_MARKS, '');
  for (const candidate of [inner, inner.replace(TRAILING_PUNCTUATION, '')]) {
    const found = candidate ? quote.indexOf(candidate, cursor) : -1;
    if (found >= 0) return { found, inner: candidate };
  }
  return null;
}
