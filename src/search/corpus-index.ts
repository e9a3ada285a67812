import type { Attribution, Person } from '../attribution/types.ts';
import { paragraphAt } from '../corpus/clean.ts';
import type { CorpusDocument, Paragraph } from '../corpus/types.ts';
import { alignFragment, type FragmentTerm } from './align.ts';
import { tooShortToQuote } from './min-query.ts';
import { normalizeTerm, STOP_WORDS, type Token, tokenize } from './normalize.ts';
import { PassageIndex, type PassageIndexData, type TermGroup } from './passage-index.ts';
import { restoreEntry, type SavedEntry, saveEntry } from './saved-entry.ts';
import { decodeSnapshot, encodeSnapshot } from './snapshot.ts';
import { SpeakerDirectory } from './speaker-directory.ts';
import type {
  AskHit,
  IndexedDocument,
  QuoteMatch,
  Range,
  Scope,
  SpeakerQuote,
  SpeakerSummary,
  WhoSaidAnswer,
} from './types.ts';
import { TypoCorrector } from './typos.ts';

interface Passage {
  entry: IndexedDocument;
  paragraph: Paragraph;
}

/** A fragment must hold at least this share of its weight, in order, in one passage: below it we abstain. */
const MIN_MATCH_SCORE = 0.55;
/** An alternative must come this close to the best match to be shown beside it. */
const ALTERNATIVE_MARGIN = 0.12;
const MAX_ALTERNATIVES = 3;
/** Passages aligned word by word after the full-text search. */
const CANDIDATES = 40;
const MAX_FRAGMENT_TERMS = 64;
/** A word in more than this share of passages is too common to look passages up by. */
const COMMON_SHARE = 0.02;
/** …but in a small corpus every word is cheap to look up. */
const COMMON_FLOOR = 200;
const MIN_REQUIRED_GROUPS = 2;
/** Words whose passages fill up the candidates when no passage holds every telling word. */
const FALLBACK_GROUPS = 3;
const STOP_WORD_WEIGHT = 0.25;
const CORRECTION_SHARE = 0.9;
/** A corpus word one edit from a word the corpus also has: a typo that made another real word. */
const NEAR_WORD_SHARE = 0.6;
/** Words of a question that ask rather than say what about. */
const QUESTION_WORDS = new Set(
  'who whom whose what which when where why how said say says saying tell told think thinks thought about did does do'.split(
    ' ',
  ),
);
const NAMED_SPEAKER_BONUS = 0.6;

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** What a snapshot holds besides the postings block and the document texts. */
interface SnapshotHeader {
  entries: SavedEntry[];
  passageIds: number[][];
  nextPassageId: number;
  search: PassageIndexData;
}

/**
 * The searchable corpus: every paragraph in a full-text index, with each document's
 * attributions, so a fragment found in a paragraph is credited to whoever said those words.
 * Documents are added and removed live.
 */

export class CorpusIndex {
  private search = new PassageIndex();
  private readonly entries = new Map<string, IndexedDocument>();
  private readonly passageIds = new Map<string, number[]>();
  private readonly passages = new Map<number, Passage>();
  private readonly vocabulary = new TypoCorrector();
  private readonly speakerDirectory = new SpeakerDirectory();
  private nextPassageId = 1;

  get size(): number {
    return this.entries.size;
  }

  get passageCount(): number {
    return this.passages.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  get(id: string): IndexedDocument | undefined {
    return this.entries.get(id);
  }

  add(entry: IndexedDocument): void {
    const { doc } = entry;
    if (this.entries.has(doc.id)) this.remove(doc.id);
    const sortedQuotes = [...entry.analysis.quotes].sort((a, b) => a.start - b.start);
    const indexed: IndexedDocument = { doc, analysis: { ...entry.analysis, quotes: sortedQuotes } };
    this.entries.set(doc.id, indexed);
    const ids: number[] = [];
    for (const paragraph of doc.paragraphs) {
      const id = this.nextPassageId++;
      const text = doc.text.slice(paragraph.start, paragraph.end);
      this.passages.set(id, { entry: indexed, paragraph });
      const terms = words(text).map(normalizeTerm);
      this.search.add(id, terms);
      for (const term of new Set(terms)) this.vocabulary.add(term);
      ids.push(id);
    }
    this.passageIds.set(doc.id, ids);
    this.speakerDirectory.add(indexed);
  }

  /** The whole index, documents and attributions included, to restore without re-tokenising or re-attributing. */
  toSnapshot(): Buffer {
    const { data, postings } = this.search.save();
    const entries = [...this.entries.values()];
    const header: SnapshotHeader = {
      entries: entries.map(saveEntry),
      passageIds: [...this.passageIds.values()],
      nextPassageId: this.nextPassageId,
      search: data,
    };
    return encodeSnapshot(
      header,
      postings,
      entries.map((entry) => entry.doc.text),
    );
  }

  static fromSnapshot(snapshot: Buffer): CorpusIndex {
    const { header, block, texts } = decodeSnapshot<SnapshotHeader>(snapshot);
    const index = new CorpusIndex();
    index.search = PassageIndex.load(header.search, block);
    header.entries.forEach((saved, i) => {
      const entry = restoreEntry(saved, texts[i] as string);
      index.entries.set(entry.doc.id, entry);
      const ids = header.passageIds[i] as number[];
      index.passageIds.set(entry.doc.id, ids);
      ids.forEach((id, p) => {
        index.passages.set(id, { entry, paragraph: entry.doc.paragraphs[p] as Paragraph });
      });
      index.speakerDirectory.add(entry);
    });
    index.nextPassageId = header.nextPassageId;
    index.vocabulary.load(index.search.frequencies());
    return index;
  }

  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    for (const passageId of this.passageIds.get(id) ?? []) {
      const passage = this.passages.get(passageId) as Passage;
      const text = entry.doc.text.slice(passage.paragraph.start, passage.paragraph.end);
      for (const term of new Set(words(text).map(normalizeTerm))) this.vocabulary.remove(term);
      this.search.discard(passageId);
      this.passages.delete(passageId);
    }
    this.passageIds.delete(id);
    this.entries.delete(id);
    this.speakerDirectory.remove(entry);
    return true;
  }

  /** Documents visible in a scope: the global corpus, plus the guild's own. */
  documents(scope: Scope): IndexedDocument[] {
    return [...this.entries.values()].filter((entry) => visible(entry.doc, scope));
  }

  whoSaid(query: string, scope: Scope): WhoSaidAnswer {
    const fragment = tokenize(query).slice(0, MAX_FRAGMENT_TERMS);
    if (tooShortToQuote(fragment)) return { query, best: null, alternatives: [], tooShort: true };
    const terms = fragment.map((token) => this.fragmentTerm(token.term));
    const candidates = this.candidates(fragment, terms, scope);
    const matches: QuoteMatch[] = [];
    for (const passage of candidates) {
      const match = this.matchIn(passage, terms);
      if (match && match.score >= MIN_MATCH_SCORE) matches.push(match);
    }
    // Ties go to words somebody is credited with: quotes first, plain passages second.
    matches.sort(
      (a, b) => b.score - a.score || Number(!!b.attribution?.speaker) - Number(!!a.attribution?.speaker),
    );
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

  ask(question: string, scope: Scope, limit = 5): AskHit[] {
    const asked = tokenize(question).filter((token) => !QUESTION_WORDS.has(token.term));
    const named = this.speakerDirectory.namedBy(asked.map((token) => token.term));
    const content = asked.filter((token) => !STOP_WORDS.has(token.term));
    const groups = selective(this.queryGroups(content.length > 0 ? content : asked), this.passages.size).map(
      (group) => group.query,
    );
    const scores = new Map<number, number>();
    if (groups.length > 0) {
      const results = this.search.search(groups, 'any', (id) => this.isVisible(id, scope), limit * 20);
      const top = results[0]?.score ?? 1;
      for (const result of results) scores.set(result.id, result.score / top);
    }
    for (const name of named) {
      for (const { entry, quote } of this.speakerDirectory.quotesOf(name)) {
        if (!visible(entry.doc, scope)) continue;
        const id = this.passageIdAt(entry, quote.start);
        if (id !== undefined) scores.set(id, (scores.get(id) ?? 0) + NAMED_SPEAKER_BONUS);
      }
    }
    const wanted = new Map<string, number>();
    for (const token of content.length > 0 ? content : asked) {
      wanted.set(token.term, 1);
      for (const correction of this.vocabulary.has(token.term)
        ? []
        : this.vocabulary.corrections(token.term)) {
        wanted.set(correction, 1);
      }
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([id, score]) => {
        const { entry, paragraph } = this.passages.get(id) as Passage;
        const passage = { start: paragraph.start, end: paragraph.end };
        const highlights = tokenize(entry.doc.text.slice(passage.start, passage.end))
          .filter((token) => wanted.has(token.term))
          .map((token) => ({ start: passage.start + token.start, end: passage.start + token.end }));
        return {
          doc: entry.doc,
          paragraph: paragraph.number,
          passage,
          highlights,
          speaker: speakerOf(entry, passage, highlights, named),
          score,
        };
      });
  }

  /** Everyone quoted in a scope, most quoted first. */
  speakers(scope: Scope): SpeakerSummary[] {
    const summaries: SpeakerSummary[] = [];
    for (const [name, credited] of this.speakerDirectory.entries()) {
      const seen = credited.filter(({ entry }) => visible(entry.doc, scope));
      if (seen.length === 0) continue;
      const role = seen.find(({ quote }) => quote.role)?.quote.role ?? null;
      summaries.push({ name, role, quotes: seen.length });
    }
    return summaries.sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  }

  /** What a person said across a scope, in document and reading order. */
  quotesBy(speaker: string, scope: Scope): SpeakerQuote[] {
    const wanted = speaker.trim().toLowerCase();
    const out: SpeakerQuote[] = [];
    for (const [name, credited] of this.speakerDirectory.entries()) {
      if (name.toLowerCase() !== wanted) continue;
      for (const { entry, quote } of credited) {
        if (!visible(entry.doc, scope)) continue;
        const paragraph = paragraphAt(entry.doc.paragraphs, quote.start);
        out.push({ doc: entry.doc, paragraph: paragraph?.number ?? 1, attribution: quote });
      }
    }
    return out;
  }

  private isVisible(passageId: number, scope: Scope): boolean {
    const passage = this.passages.get(passageId);
    return passage !== undefined && visible(passage.entry.doc, scope);
  }

  private passageIdAt(entry: IndexedDocument, offset: number): number | undefined {
    const paragraph = paragraphAt(entry.doc.paragraphs, offset);
    if (!paragraph) return undefined;
    const index = entry.doc.paragraphs.indexOf(paragraph);
    return this.passageIds.get(entry.doc.id)?.[index];
  }

  /** How a word of the user's text is matched and weighed: rare words count most, typos are forgiven. */
  private fragmentTerm(term: string): FragmentTerm {
    const known = this.vocabulary.has(term);
    const accepts = new Map<string, number>([[term, 1]]);
    const corrections = this.vocabulary.corrections(term);
    for (const correction of corrections) accepts.set(correction, known ? NEAR_WORD_SHARE : CORRECTION_SHARE);
    const frequency = known
      ? this.vocabulary.frequency(term)
      : Math.max(0, ...corrections.map((word) => this.vocabulary.frequency(word)));
    const idf = Math.log(1 + this.passages.size / Math.max(frequency, 0.5));
    return { accepts, weight: STOP_WORDS.has(term) ? idf * STOP_WORD_WEIGHT : idf };
  }

  /** Each word as the set of corpus words it may be (itself where known, else its corrections), rarest first. */
  private queryGroups(tokens: readonly Token[]): QueryGroup[] {
    const groups: QueryGroup[] = [];
    for (const { term } of tokens) {
      const options = this.vocabulary.has(term) ? [term] : this.vocabulary.corrections(term).slice(0, 4);
      if (options.length === 0) continue;
      const passages = options.reduce((sum, option) => sum + this.vocabulary.frequency(option), 0);
      groups.push({ query: options, passages });
    }
    return groups.sort((a, b) => a.passages - b.passages);
  }

  /**
   * Passages worth aligning: those with every telling word of the fragment first, then those
   * with any of its rarest words. Common words are left to the alignment: looking them up
   * would score most of the corpus and tell no passage apart.
   */
  private candidates(fragment: readonly Token[], terms: readonly FragmentTerm[], scope: Scope): Passage[] {
    const content = fragment.filter((token) => !STOP_WORDS.has(token.term));
    const groups = this.queryGroups(content.length >= 2 ? content : fragment);
    if (groups.length === 0 || terms.length === 0) return [];
    const accept = (id: number) => this.isVisible(id, scope);
    const required = selective(groups, this.passages.size).map((group) => group.query);
    const ids = this.search.search(required, 'all', accept, CANDIDATES).map((result) => result.id);
    if (ids.length < CANDIDATES) {
      const seen = new Set(ids);
      const rarest = groups.slice(0, FALLBACK_GROUPS).map((group) => group.query);
      for (const result of this.search.search(rarest, 'any', accept, CANDIDATES * 2)) {
        if (ids.length >= CANDIDATES) break;
        if (!seen.has(result.id)) ids.push(result.id);
      }
    }
    return ids.map((id) => this.passages.get(id) as Passage);
  }

  private matchIn({ entry, paragraph }: Passage, terms: readonly FragmentTerm[]): QuoteMatch | null {
    const passage = { start: paragraph.start, end: paragraph.end };
    const tokens = tokenize(entry.doc.text.slice(passage.start, passage.end));
    const { score, matched } = alignFragment(terms, tokens);
    if (matched.length === 0) return null;
    const highlights = matched.map((index) => {
      const token = tokens[index] as Token;
      return { start: passage.start + token.start, end: passage.start + token.end };
    });
    const span = { start: (highlights[0] as Range).start, end: (highlights.at(-1) as Range).end };
    const attribution = attributionAt(entry.analysis.quotes, span);
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
}

interface QueryGroup {
  query: TermGroup;
  /** Passages that hold any of the group's words: what looking it up costs. */
  passages: number;
}

/**
 * The groups worth looking up, rarest first: those in at most a small share of the passages,
 * or the rarest few when every word is common.
 */
function selective(groups: readonly QueryGroup[], passageCount: number): QueryGroup[] {
  const rare = groups.filter(
    (group) => group.passages <= Math.max(COMMON_FLOOR, passageCount * COMMON_SHARE),
  );
  return rare.length >= MIN_REQUIRED_GROUPS ? rare : groups.slice(0, MIN_REQUIRED_GROUPS);
}

function visible(doc: CorpusDocument, scope: Scope): boolean {
  return doc.guild === null || doc.guild === scope.guild;
}

function sourceKey(match: QuoteMatch): string {
  return match.attribution?.speaker ?? `${match.doc.id}:${match.paragraph}`;
}

/** The attribution that holds most of the matched span, if any. */
function attributionAt(quotes: readonly Attribution[], span: Range): Attribution | null {
  let best: Attribution | null = null;
  let bestOverlap = 0;
  for (const quote of quotes) {
    if (quote.start >= span.end) break;
    const shared = overlap(quote, span);
    if (shared > bestOverlap) {
      best = quote;
      bestOverlap = shared;
    }
  }
  return best && bestOverlap * 2 >= span.end - span.start ? best : null;
}

function personOf(people: readonly Person[], name: string | null): Person | null {
  return name ? (people.find((person) => person.name === name) ?? null) : null;
}

/** The speaker of a passage: a named speaker quoted there, else whoever's quote holds most matched words. */
function speakerOf(
  entry: IndexedDocument,
  passage: Range,
  highlights: readonly Range[],
  named: ReadonlySet<string>,
): string | null {
  const inPassage = entry.analysis.quotes.filter((quote) => overlap(quote, passage) > 0 && quote.speaker);
  const namedQuote = inPassage.find((quote) => named.has(quote.speaker as string));
  if (namedQuote) return namedQuote.speaker;
  let best: string | null = null;
  let bestCount = -1;
  for (const quote of inPassage) {
    const count = highlights.filter((highlight) => overlap(quote, highlight) > 0).length;
    if (count > bestCount) {
      best = quote.speaker;
      bestCount = count;
    }
  }
  return best;
}
