import type { Paragraph } from '../corpus/types.ts';
import type { AnalysedDocument } from '../document.ts';
import type { PassageIndex } from './passage-index.ts';
import type { SpeakerDirectory } from './speaker-directory.ts';
import type { Range, Scope } from './types.ts';
import type { TypoCorrector } from './typos.ts';

/** One paragraph of one document: the unit the full-text index finds. */
export interface Passage {
  entry: AnalysedDocument;
  paragraph: Paragraph;
}

/** What the query strategies read of the index, which keeps it up to date. */
export interface SearchableCorpus {
  readonly search: PassageIndex;
  readonly passages: ReadonlyMap<number, Passage>;
  readonly vocabulary: TypoCorrector;
  readonly speakerDirectory: SpeakerDirectory;
  isVisible(passageId: number, scope: Scope): boolean;
  /** The passage holding `offset` of a document, if the document is indexed. */
  passageIdAt(entry: AnalysedDocument, offset: number): number | undefined;
}

/** A guild sees the global corpus and its own documents; a date filter keeps dated documents within it. */
export function visible(doc: { guild: string | null; date: string | null }, scope: Scope): boolean {
  if (doc.guild !== null && doc.guild !== scope.guild) return false;
  return withinDates(doc.date, scope);
}

/** Whether a document's date passes the scope's filter; an undated document passes only when there is none. */
export function withinDates(date: string | null, { since, until }: Scope): boolean {
  if (!since && !until) return true;
  if (!date) return false;
  // YYYY-MM-DD compares as text; a longer date ("2022-03-04T10:00") still sorts by its day.
  const day = date.slice(0, 10);
  return (!since || day >= since) && (!until || day <= until);
}

export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
