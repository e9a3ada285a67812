import { isFirstName } from '../attribution/names.ts';
import type { Attribution } from '../attribution/types.ts';
import type { AnalysedDocument } from '../document.ts';
import { lowerBound } from '../text/sorted.ts';
import { wordForms } from './inflection.ts';
import { STOP_WORDS, type Token, tokenize } from './normalize.ts';
import type { ScoredPassage, TermGroup } from './passage-index.ts';
import { queryGroups } from './query-groups.ts';
import { parseQuestion } from './question.ts';
import { overlap, type Passage, type SearchableCorpus, visible } from './searchable.ts';
import type { AskHit, Range, Scope } from './types.ts';

/** BM25+'s lower bound for a matched word, as the baseline minisearch uses. */
const BM25_DELTA = 0.5;
/** "bloc" when "blocs" was asked for and the corpus has both. */
const OTHER_FORM_WEIGHT = 0.3;
/** Topic matches scored, of which the best `limit` are kept once speakers are weighed in. */
const CANDIDATES = 200;
/** The rarest topic words looked up; a long question's common words add cost, not order. */
const MAX_TOPIC_WORDS = 8;
/** Added to a topic match (scored 0..1) that holds the named speaker's own words. */
const SPEAKER_WORDS_BONUS = 1;
/** …or that holds anybody's quote: the question asks what was said. */
const QUOTED_BONUS = 0.3;
/** …and to a quote in a document that quotes them elsewhere: a "he said" the attribution gave to someone else may be theirs. */
const THEIR_DOCUMENT_BONUS = 0.2;
/** …or a quote in a paragraph that names them, which the attribution may have credited to someone else. */
const NAMED_NEARBY_BONUS = 0.6;

/**
 * `/ask`: the passages that best answer a question. The topic ("about bike lanes") decides which
 * passages are candidates; among them, the words of the person the question names ("the mayor")
 * come first. A question that names only a person ("What did Putin say?") gets their quotes.
 */
export function ask(corpus: SearchableCorpus, question: string, scope: Scope, limit = 5): AskHit[] {
  const parsed = parseQuestion(question);
  const named = corpus.speakerDirectory.names().find(parsed.speaker.map((token) => token.term));
  const topic = [
    ...parsed.speaker.filter((_, i) => !named.used.has(i) && !startsFullName(parsed.speaker, i)),
    ...parsed.topic,
  ].filter((token) => !STOP_WORDS.has(token.term));
  const naming = parsed.speaker.filter((token, i) => named.used.has(i) && !isFirstName(token.term));
  const asked = {
    corpus,
    topic,
    speakers: named.speakers,
    naming: mentionPattern(naming),
    namingTerms: naming.map((token) => token.term),
    limit,
  };
  if (parsed.when && !scope.since && !scope.until) {
    // The question's own dates narrow the search, unless nothing is left in them to answer with.
    const dated = rank(asked, { ...scope, ...parsed.when });
    if (dated.length > 0) return dated;
  }
  return rank(asked, scope);
}

/**
 * A first name that starts a full name nobody in the corpus has ("John Horgan") says nothing by
 * itself: looking it up would find every other John.
 */
function startsFullName(tokens: readonly Token[], i: number): boolean {
  return isFirstName((tokens[i] as Token).term) && i + 1 < tokens.length;
}

interface Asked {
  corpus: SearchableCorpus;
  topic: Token[];
  speakers: ReadonlySet<string>;
  /** The words that named them ("Kaine"), as a paragraph would name them. */
  naming: RegExp | null;
  /** …and as the index holds them. */
  namingTerms: readonly string[];
  limit: number;
}

function mentionPattern(words: readonly Token[]): RegExp | null {
  if (words.length === 0) return null;
  const escaped = words.map((token) => token.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

function rank({ corpus, topic, speakers, naming, namingTerms, limit }: Asked, scope: Scope): AskHit[] {
  const ownWords = speakerPassages(corpus, speakers, scope);
  const scores = new Map<number, number>();
  const groups = queryGroups(corpus.vocabulary, topic, wordForms)
    .slice(0, MAX_TOPIC_WORDS)
    .map((group) => group.query);
  if (groups.length > 0) {
    const ranking = { delta: BM25_DELTA, termWeights: otherForms(topic, groups) };
    const results = corpus.search.search(
      groups,
      'most',
      (id) => corpus.isVisible(id, scope),
      CANDIDATES,
      ranking,
    );
    // looked up in the index's postings: reading each candidate's text costs more than the search
    const namesThem =
      namingTerms.length > 0
        ? (id: number) => namingTerms.some((term) => corpus.search.holds(term, id))
        : null;
    scoreTopicMatches(corpus, results, ownWords, namesThem, limit, scores);
    // the speaker's own words on the topic, however many others' passages say it more often:
    // "What did Sanders say about Donald?" among hundreds of paragraphs about Donald Trump
    if (ownWords.size > 0) {
      const top = results[0]?.score ?? 1;
      const theirs = corpus.search.search(groups, 'most', (id) => ownWords.has(id), limit, ranking);
      // ownWords holds only passages in scope
      for (const { id, score } of theirs)
        if (!scores.has(id)) scores.set(id, score / top + SPEAKER_WORDS_BONUS);
    }
  } else {
    for (const [id, quote] of ownWords) scores.set(id, weight(quote) + namedAsAsked(quote, naming));
  }
  const wanted = new Set(groups.flat());
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([id, score]) =>
      hitOf(corpus.passages.get(id) as Passage, score, wanted, ownWords.get(id), speakers),
    );
}

/** Forms of a topic word other than the one asked for count for less where the asked-for one is in the corpus. */
function otherForms(topic: readonly Token[], groups: readonly TermGroup[]): Map<string, number> {
  const asked = new Set(topic.map((token) => token.term));
  const weights = new Map<string, number>();
  for (const group of groups) {
    if (!group.some((term) => asked.has(term))) continue;
    for (const term of group) if (!asked.has(term)) weights.set(term, OTHER_FORM_WEIGHT);
  }
  return weights;
}

/**
 * Each topic match's score: its BM25 share of the best one's, plus what its words are (the asked-for
 * person's, a quote in a paragraph naming them, any quote). Matches come best first, so one whose
 * score could not reach the best `limit` whatever it held is not looked at.
 */
function scoreTopicMatches(
  corpus: SearchableCorpus,
  results: readonly ScoredPassage[],
  ownWords: ReadonlyMap<number, Attribution>,
  namesThem: ((id: number) => boolean) | null,
  limit: number,
  scores: Map<number, number>,
): void {
  const top = results[0]?.score ?? 1;
  const theirDocuments = new Set(
    [...ownWords.keys()].map((id) => (corpus.passages.get(id) as Passage).entry.doc.id),
  );
  const mostOthersGet =
    (namesThem ? NAMED_NEARBY_BONUS : QUOTED_BONUS) + (theirDocuments.size > 0 ? THEIR_DOCUMENT_BONUS : 0);
  /** The best `limit` scores so far, lowest first. */
  const kept: number[] = [];
  for (const { id, score } of results) {
    const own = ownWords.has(id);
    const share = score / top;
    if (!own && kept.length >= limit && share + mostOthersGet < (kept[0] as number)) continue;
    const passage = corpus.passages.get(id) as Passage;
    const quoted = !own && holdsQuote(passage);
    const bonus = own
      ? SPEAKER_WORDS_BONUS
      : (quoted && namesThem?.(id) ? NAMED_NEARBY_BONUS : quoted ? QUOTED_BONUS : 0) +
        (quoted && theirDocuments.has(passage.entry.doc.id) ? THEIR_DOCUMENT_BONUS : 0);
    scores.set(id, share + bonus);
    kept.splice(
      lowerBound(kept, share + bonus, (score) => score),
      0,
      share + bonus,
    );
    if (kept.length > limit) kept.shift();
  }
}

/** Each passage that holds words of the named speakers, with the quote; a quote that runs on is in each of its paragraphs. */
function speakerPassages(
  corpus: SearchableCorpus,
  speakers: ReadonlySet<string>,
  scope: Scope,
): Map<number, Attribution> {
  const found = new Map<number, Attribution>();
  for (const name of speakers) {
    for (const { entry, quote } of corpus.speakerDirectory.quotesOf(name)) {
      if (!visible(entry.doc, scope)) continue;
      const first = corpus.passageIdAt(entry, quote.start);
      const last = corpus.passageIdAt(entry, Math.max(quote.start, quote.end - 1));
      if (first === undefined || last === undefined) continue;
      // A document's passages have consecutive ids, in paragraph order.
      for (let id = first; id <= last; id++) {
        const held = found.get(id);
        if (!held || weight(quote) > weight(held)) found.set(id, quote);
      }
    }
  }
  return found;
}

/** How good an answer a quote is on its own: words in quote marks, then longer, ahead of paraphrase. */
function weight(quote: Attribution): number {
  const words = quote.quote.split(/\s+/).length;
  const named = quote.mention && !PRONOUN.test(quote.mention.text) ? NAMED_MENTION_WEIGHT : 0;
  return (quote.kind === 'direct' ? 1 : 0.5) + named + Math.min(words, 50) / 100;
}

/** A quote credited where the document names the person as the question does ("…," Kasich said) is surer still. */
function namedAsAsked(quote: Attribution, naming: RegExp | null): number {
  return quote.mention && naming?.test(quote.mention.text) ? NAMED_MENTION_WEIGHT : 0;
}

/** A quote whose speaker the paragraph names ("…," Pike said) is surer to be theirs than one given by "he said". */
const NAMED_MENTION_WEIGHT = 0.3;
const PRONOUN = /^(?:he|she|they|i|we|it)$/i;

/** Whether an attributed quote overlaps the paragraph: the index keeps a document's quotes in order of start. */
function holdsQuote({ entry, paragraph }: Passage): boolean {
  const { quotes } = entry.analysis;
  // Quotes starting inside the paragraph, then the one before it, which may run on into it.
  for (let i = lowerBound(quotes, paragraph.end, (quote) => quote.start) - 1; i >= 0; i--) {
    const quote = quotes[i] as Attribution;
    if (quote.speaker && quote.end > paragraph.start) return true;
    if (quote.start < paragraph.start) return false;
  }
  return false;
}

function hitOf(
  { entry, paragraph }: Passage,
  score: number,
  wanted: ReadonlySet<string>,
  ownQuote: Attribution | undefined,
  speakers: ReadonlySet<string>,
): AskHit {
  const passage = { start: paragraph.start, end: paragraph.end };
  const highlights = tokenize(entry.doc.text.slice(passage.start, passage.end))
    .filter((token) => wanted.has(token.term))
    .map((token) => ({ start: passage.start + token.start, end: passage.start + token.end }));
  const quote = ownQuote ?? quoteOf(entry, passage, highlights);
  return {
    doc: entry.doc,
    paragraph: paragraph.number,
    passage,
    highlights,
    speaker: quote?.speaker ?? null,
    quote: quote ?? null,
    askedFor: quote?.speaker ? speakers.has(quote.speaker) : false,
    score,
  };
}

/** The passage's quote that holds most of the matched words (the first, when none does). */
function quoteOf(
  entry: AnalysedDocument,
  passage: Range,
  highlights: readonly Range[],
): Attribution | undefined {
  let best: Attribution | undefined;
  let bestCount = -1;
  for (const quote of entry.analysis.quotes) {
    if (!quote.speaker || overlap(quote, passage) === 0) continue;
    const count = highlights.filter((highlight) => overlap(quote, highlight) > 0).length;
    if (count > bestCount) {
      best = quote;
      bestCount = count;
    }
  }
  return best;
}

/** What the best passage answers, when the question named a person and the passage is their quote. */
export interface AskAnswer {
  speaker: string;
  role: string | null;
  /** The document's date, as stored. */
  date: string | null;
  quote: string;
  kind: Attribution['kind'];
}

export function answerOf(hits: readonly AskHit[]): AskAnswer | undefined {
  const best = hits[0];
  if (!best?.askedFor || !best.quote?.speaker) return undefined;
  const { speaker, role, quote, kind } = best.quote;
  return { speaker, role, date: best.doc.date, quote, kind };
}
