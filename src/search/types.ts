import type { Attribution, Person } from '../attribution/types.ts';
import type { CorpusDocument } from '../corpus/types.ts';

/**
 * Which documents a query may see: the global corpus, plus one guild's documents when `guild` is set;
 * with `since` or `until` (YYYY-MM-DD, inclusive), only documents dated within them.
 */
export interface Scope {
  guild: string | null;
  since?: string | null;
  until?: string | null;
}

export interface Range {
  start: number;
  end: number;
}

/** Where a `/who-said` fragment was found. Offsets are into `doc.text`. */
export interface QuoteMatch {
  doc: CorpusDocument;
  paragraph: number;
  /** The attribution the matched words belong to; null when the text is in the corpus but nobody is credited. */
  attribution: Attribution | null;
  person: Person | null;
  /** The matched words, each as its own range, in order. */
  highlights: Range[];
  /** The paragraph the match is in. */
  passage: Range;
  /** 0..1: how much of the fragment the passage holds, in order. */
  score: number;
}

export interface WhoSaidAnswer {
  query: string;
  best: QuoteMatch | null;
  /** Other plausible sources, when the fragment is ambiguous. */
  alternatives: QuoteMatch[];
  /** The fragment was too short to look for (one short word): nothing was searched. */
  tooShort?: boolean;
}

export interface AskHit {
  doc: CorpusDocument;
  paragraph: number;
  passage: Range;
  highlights: Range[];
  /** Who is speaking in the passage, where it holds an attributed quote. */
  speaker: string | null;
  /** That speaker's quote in the passage. */
  quote: Attribution | null;
  /** The speaker is the person the question asked about ("What did Putin say…"): the passage answers it. */
  askedFor: boolean;
  score: number;
}

export interface SpeakerSummary {
  name: string;
  role: string | null;
  quotes: number;
  /** How many documents quote them. */
  documents: number;
}

export interface SpeakerQuote {
  doc: CorpusDocument;
  paragraph: number;
  attribution: Attribution;
}
