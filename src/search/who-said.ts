import type { Attribution, Person } from '../attribution/types.ts';
import { alignFragment, type FragmentTerm } from './align.ts';
import { tooShortToQuote } from './min-query.ts';
import { STOP_WORDS, type Token, tokenize } from './normalize.ts';
import { type QueryGroup, queryGroups, selective } from './query-groups.ts';
import { overlap, type Passage, type SearchableCorpus } from './searchable.ts';
import type { QuoteMatch, Range, Scope, WhoSaidAnswer } from './types.ts';

/** A fragment must hold at least this share of its weight, in order, in one passage: below it we abstain. */
const MIN_MATCH_SCORE = 0.55;
/** An alternative must come this close to the best match to be shown beside it. */
const ALTERNATIVE_MARGIN = 0.12;
const MAX_ALTERNATIVES = 3;
/** Passages aligned word by word after the full-text search. */
const CANDIDATES = 40;
const MAX_FRAGMENT_TERMS = 64;
/** Words whose passages fill up the candidates when no passage holds every telling word. */
const FALLBACK_GROUPS = 3;
const STOP_WORD_WEIGHT = 0.25;
const CORRECTION_SHARE = 0.9;
/** A corpus word one edit from a word the corpus also has: a typo that made another real word. */
const NEAR_WORD_SHARE = 0.6;
/** Rounding room when comparing alignment scores summed in different orders. */
const EPSILON = 1e-9;

/**
 * `/who-said`: the passages that hold the fragment's words, each aligned with the fragment in
 * order, the best credited to whoever said the matched words; null below the match threshold.
 */
export function whoSaid(corpus: SearchableCorpus, query: string, scope: Scope): WhoSaidAnswer {
  const fragment = tokenize(query).slice(0, MAX_FRAGMENT_TERMS);
  if (tooShortToQuote(fragment)) return { query, best: null, alternatives: [], tooShort: true };
  const terms = fragment.map((token) => fragmentTerm(corpus, token.term));
  const matches = candidateMatches(corpus, fragment, terms, scope);
  // Ties go to words somebody is credited with, a person the document names before a description
  // it never resolved ("the presidential candidate"), and plain passages last.
  matches.sort((a, b) => b.score - a.score || creditRank(b) - creditRank(a));
  const [best, ...rest] = matches;
  if (!best) return { query, best: null, alternatives: [] };
  const seen = new Set([sourceKey(best)]);
  const alternatives: QuoteMatch[] = [];
  for (const match of rest) {
    if (match.score < best.score - ALTERNATIVE_MARGIN || alternatives.length >= MAX_ALTERNATIVES) break;
    const key = sourceKey(match);
    if (seen.has(key)) continue;
    seen.add(key);
    alternatives.push(match);
  }
  return { query, best, alternatives };
}

/** How a word of the user's text is matched and weighed: rare words count most, typos are forgiven. */
function fragmentTerm({ vocabulary, passages }: SearchableCorpus, term: string): FragmentTerm {
  const known = vocabulary.has(term);
  const accepts = new Map<string, number>([[term, 1]]);
  const corrections = vocabulary.corrections(term);
  for (const correction of corrections) accepts.set(correction, known ? NEAR_WORD_SHARE : CORRECTION_SHARE);
  const frequency = known
    ? vocabulary.frequency(term)
    : Math.max(0, ...corrections.map((word) => vocabulary.frequency(word)));
  const idf = Math.log(1 + passages.size / Math.max(frequency, 0.5));
  return { accepts, weight: STOP_WORDS.has(term) ? idf * STOP_WORD_WEIGHT : idf };
}

/**
 * The fragment aligned with the passages worth it: those with every telling word of the fragment
 * first, then those with any of its rarest words. Common words are left to the alignment: looking
 * them up would score most of the corpus and tell no passage apart.
 */
function candidateMatches(
  corpus: SearchableCorpus,
  fragment: readonly Token[],
  terms: readonly FragmentTerm[],
  scope: Scope,
): QuoteMatch[] {
  const content = fragment.filter((token) => !STOP_WORDS.has(token.term));
  const groups = queryGroups(corpus.vocabulary, content.length >= 2 ? content : fragment);
  if (groups.length === 0 || terms.length === 0) return [];
  const accept = (id: number) => corpus.isVisible(id, scope);
  const required = selective(groups, corpus.passages.size);
  const ids = corpus.search
    .search(
      required.map((group) => group.query),
      'all',
      accept,
      CANDIDATES,
    )
    .map((result) => result.id);
  const matches = aligned(corpus, ids, terms);
  if (ids.length >= CANDIDATES) return matches;
  // The other passages each lack a required word: when that costs more than the margin, none of
  // them could be shown beside the best, so the costly look-up of the rarest words is skipped.
  const best = Math.max(...matches.map((match) => match.score));
  if (matches.length > 0 && ceilingWithout(required, fragment, terms) + EPSILON < best - ALTERNATIVE_MARGIN)
    return matches;
  const seen = new Set(ids);
  const more: number[] = [];
  const rarest = groups.slice(0, FALLBACK_GROUPS).map((group) => group.query);
  for (const result of corpus.search.search(rarest, 'any', accept, CANDIDATES * 2)) {
    if (ids.length + more.length >= CANDIDATES) break;
    if (!seen.has(result.id)) more.push(result.id);
  }
  return [...matches, ...aligned(corpus, more, terms)];
}

/** The passages' alignments that reach the match threshold, in the order given. */
function aligned(
  corpus: SearchableCorpus,
  ids: readonly number[],
  terms: readonly FragmentTerm[],
): QuoteMatch[] {
  const matches: QuoteMatch[] = [];
  for (const id of ids) {
    const match = matchIn(corpus.passages.get(id) as Passage, terms);
    if (match && match.score >= MIN_MATCH_SCORE) matches.push(match);
  }
  return matches;
}

/**
 * The best score a passage can align with when it lacks the words of one of `groups`: the
 * fragment's words that group stands for match at most by another word they accept.
 */
function ceilingWithout(
  groups: readonly QueryGroup[],
  fragment: readonly Token[],
  terms: readonly FragmentTerm[],
): number {
  const total = terms.reduce((sum, term) => sum + term.weight, 0);
  let ceiling = 0;
  for (const group of groups) {
    let kept = total;
    fragment.forEach((token, i) => {
      if (token.term !== group.term) return;
      const term = terms[i] as FragmentTerm;
      let other = 0;
      for (const [word, share] of term.accepts)
        if (!group.query.includes(word)) other = Math.max(other, share);
      kept -= term.weight * (1 - other);
    });
    ceiling = Math.max(ceiling, kept / total);
  }
  return ceiling;
}

function matchIn({ entry, paragraph }: Passage, terms: readonly FragmentTerm[]): QuoteMatch | null {
  const passage = { start: paragraph.start, end: paragraph.end };
  // the attribution that interrupts a quote ("“A,” said X, who …. “B”") may be pasted or left out:
  // its words cost no gap between A and B
  const interruptions = interruptionsIn(entry.analysis.quotes, passage);
  const tokens = tokenize(entry.doc.text.slice(passage.start, passage.end));
  const positions = interruptions.length ? new Int32Array(tokens.length) : undefined;
  if (positions) {
    let at = 0;
    tokens.forEach((token, j) => {
      const start = passage.start + token.start;
      if (!interruptions.some((r) => r.start <= start && start < r.end)) at++;
      positions[j] = at;
    });
  }
  const { score, matched } = alignFragment(terms, tokens, positions);
  if (matched.length === 0) return null;
  const highlights = matched.map((index) => {
    const token = tokens[index] as Token;
    return { start: passage.start + token.start, end: passage.start + token.end };
  });
  const attribution = attributionAt(entry.analysis.quotes, highlights);
  return {
    doc: entry.doc,
    paragraph: paragraph.number,
    attribution,
    person: personOf(entry.analysis.people, attribution?.speaker ?? null),
    highlights,
    passage,
    score,
  };
}

/** The stretches between the parts of each interrupted quote in `passage`. */
function interruptionsIn(quotes: readonly Attribution[], passage: Range): Range[] {
  const gaps: Range[] = [];
  for (const quote of quotes) {
    if (quote.start >= passage.end) break;
    const parts = quote.parts ?? [];
    for (let k = 1; k < parts.length; k++) {
      const gap = { start: (parts[k - 1] as Range).end, end: (parts[k] as Range).start };
      if (gap.start >= passage.start && gap.end <= passage.end) gaps.push(gap);
    }
  }
  return gaps;
}

function creditRank(match: QuoteMatch): number {
  if (!match.attribution?.speaker) return 0;
  return match.person ? 2 : 1;
}

function sourceKey(match: QuoteMatch): string {
  return match.attribution?.speaker ?? `${match.doc.id}:${match.paragraph}`;
}

/**
 * The attribution that holds most of the matched words, if one speaker holds at least half of them:
 * words matched across two quotes of one speaker ("…,” she said. “…") count for both.
 */
function attributionAt(quotes: readonly Attribution[], highlights: readonly Range[]): Attribution | null {
  const matched = highlights.reduce((sum, h) => sum + h.end - h.start, 0);
  const held = new Map<Attribution, number>();
  const bySpeaker = new Map<string, number>();
  for (const h of highlights) {
    for (const quote of quotes) {
      if (quote.start >= h.end) break;
      const shared = overlap(quote, h);
      if (shared === 0) continue;
      held.set(quote, (held.get(quote) ?? 0) + shared);
      if (quote.speaker) bySpeaker.set(quote.speaker, (bySpeaker.get(quote.speaker) ?? 0) + shared);
    }
  }
  let best: Attribution | null = null;
  let bestShare = 0;
  for (const [quote, chars] of held) {
    const share = quote.speaker ? (bySpeaker.get(quote.speaker) ?? 0) : chars;
    if (share > bestShare || (share === bestShare && best && chars > (held.get(best) ?? 0))) {
      best = quote;
      bestShare = share;
    }
  }
  return best && bestShare * 2 >= matched ? best : null;
}

function personOf(people: readonly Person[], name: string | null): Person | null {
  return name ? (people.find((person) => person.name === name) ?? null) : null;
}
