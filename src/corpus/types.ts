/** What is known about a document besides its text. */
export interface DocumentMeta {
  /** Stable id: a short hash of the cleaned text (and guild), so the same content is recognised. */
  id: string;
  title: string;
  /** Source URL or a free-text origin; null where unknown. */
  source: string | null;
  /** Publication date, YYYY-MM-DD; null where unknown. */
  date: string | null;
  /** BCP 47 language tag, e.g. "en". */
  language: string;
  /** Discord guild the document belongs to; null for the global corpus (seeds, CLI adds without --guild). */
  guild: string | null;
}

/** A paragraph as a reader counts it in the original file (1-based), with offsets into the document text. */
export interface Paragraph {
  number: number;
  start: number;
  end: number;
}

/** A cleaned document: paragraphs joined by "\n", web-page leftovers removed. */
export interface CorpusDocument extends DocumentMeta {
  text: string;
  paragraphs: Paragraph[];
}
