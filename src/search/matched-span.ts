import type { QuoteMatch } from './types.ts';

/** The words a match stands for, with their offset in the document: the credited quote, or the paragraph where nobody is credited. */
export function matchedSpan(match: QuoteMatch): { text: string; start: number } {
  const { attribution, doc, passage } = match;
  if (!attribution) return { text: doc.text.slice(passage.start, passage.end), start: passage.start };
  const at = doc.text.indexOf(attribution.quote, attribution.start);
  return { text: attribution.quote, start: at >= 0 ? at : attribution.start };
}
