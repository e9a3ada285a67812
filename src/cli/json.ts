import type { Attribution } from '../attribution/types.ts';
import type { DocumentListing } from '../library/library.ts';
import { answerOf } from '../search/ask.ts';
import { matchedSpan } from '../search/matched-span.ts';
import type { AskHit, QuoteMatch, Range, WhoSaidAnswer } from '../search/types.ts';
import { EXCERPT_WINDOW, excerpt, QUOTE_WINDOW } from '../text/window.ts';

/** `full`: whole paragraphs instead of the window around the match that Discord shows. */
export interface Shown {
  full?: boolean;
}

const round = (score: number) => Math.round(score * 1000) / 1000;

function matchJson(match: QuoteMatch, { full = false }: Shown = {}) {
  const span = matchedSpan(match);
  return {
    speaker: match.attribution?.speaker ?? null,
    role: match.attribution?.role ?? match.person?.role ?? null,
    quote: excerpt(span.text, span.highlights, QUOTE_WINDOW, full).text,
    document: { id: match.doc.id, title: match.doc.title },
    paragraph: match.paragraph,
    confidence: round(match.score),
  };
}

export function whoSaidJson(answer: WhoSaidAnswer, shown: Shown = {}) {
  const best = answer.best;
  return {
    query: answer.query,
    ...(best
      ? matchJson(best, shown)
      : { speaker: null, role: null, quote: null, document: null, paragraph: null, confidence: 0 }),
    alternatives: answer.alternatives.map((m) => matchJson(m, shown)),
  };
}

export function askJson(query: string, hits: readonly AskHit[], { full = false }: Shown = {}) {
  return {
    query,
    answer: answerOf(hits) ?? null,
    results: hits.map((hit) => ({
      document: { id: hit.doc.id, title: hit.doc.title },
      paragraph: hit.paragraph,
      excerpt: excerpt(
        hit.doc.text.slice(hit.passage.start, hit.passage.end),
        relativeTo(hit),
        EXCERPT_WINDOW,
        full,
      ).text,
      speaker: hit.speaker,
    })),
  };
}

/**
 * Quotes found in a cleaned text, with offsets moved back into the file by `toRaw` (cleaning drops
 * lines and spaces, and the contract's offsets are the file's).
 */
export function quotesJson(file: string, quotes: readonly Attribution[], toRaw: (offset: number) => number) {
  const end = (offset: number) => toRaw(offset - 1) + 1;
  return {
    file,
    quotes: quotes.map((q) => ({
      quote: q.quote,
      start: toRaw(q.start),
      end: end(q.end),
      speaker: q.speaker,
      role: q.role,
      mention: q.mention && { text: q.mention.text, start: toRaw(q.mention.start), end: end(q.mention.end) },
      cue: q.cue,
    })),
  };
}

/** Exactly the keys of the CLI contract, in its order. */
export function documentJson(d: DocumentListing) {
  return {
    id: d.id,
    title: d.title,
    source: d.source,
    date: d.date,
    guild: d.guild,
    paragraphs: d.paragraphs,
    quotes: d.quotes,
    addedAt: d.addedAt,
  };
}

/** A hit's highlights as offsets into its passage. */
export function relativeTo(hit: AskHit): Range[] {
  return hit.highlights.map((h) => ({ start: h.start - hit.passage.start, end: h.end - hit.passage.start }));
}
