import type { Paragraph } from '../corpus/types.ts';
import type { AnalysedDocument } from '../document.ts';
import { lowerBound } from '../text/sorted.ts';
import { ask } from './ask.ts';
import { terms } from './normalize.ts';
import { PassageIndex, type PassageIndexData } from './passage-index.ts';
import { restoreEntry, type SavedEntry, saveEntry } from './saved-entry.ts';
import type { Passage, SearchableCorpus } from './searchable.ts';
import { visible } from './searchable.ts';
import { decodeSnapshot, encodeSnapshot } from './snapshot.ts';
import { SpeakerDirectory } from './speaker-directory.ts';
import { quotesBy, type RandomQuoteOptions, randomQuote, speakers } from './speaker-queries.ts';
import type { AskHit, Scope, SpeakerQuote, SpeakerSummary, WhoSaidAnswer } from './types.ts';
import { TypoCorrector } from './typos.ts';
import { whoSaid } from './who-said.ts';

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
 * This module keeps it up to date as documents are added and removed, and saves and restores
 * it; the query strategies (`who-said.ts`, `ask.ts`, `speaker-queries.ts`) only read it.
 */
export class CorpusIndex implements SearchableCorpus {
  private readonly entries = new Map<string, AnalysedDocument>();
  private readonly passageIds = new Map<string, number[]>();
  readonly passages = new Map<number, Passage>();
  readonly vocabulary = new TypoCorrector();
  readonly speakerDirectory = new SpeakerDirectory();
  private nextPassageId = 1;
  /** Goes up with every add and remove, so lookups built from the index know when they are stale. */
  generation = 0;

  constructor(readonly search: PassageIndex = new PassageIndex()) {}

  get size(): number {
    return this.entries.size;
  }

  get passageCount(): number {
    return this.passages.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  get(id: string): AnalysedDocument | undefined {
    return this.entries.get(id);
  }

  add(entry: AnalysedDocument): void {
    const { doc } = entry;
    if (this.entries.has(doc.id)) this.remove(doc.id);
    const sortedQuotes = [...entry.analysis.quotes].sort((a, b) => a.start - b.start);
    const indexed: AnalysedDocument = { doc, analysis: { ...entry.analysis, quotes: sortedQuotes } };
    this.entries.set(doc.id, indexed);
    const ids: number[] = [];
    for (const paragraph of doc.paragraphs) {
      const id = this.nextPassageId++;
      const text = doc.text.slice(paragraph.start, paragraph.end);
      this.passages.set(id, { entry: indexed, paragraph });
      const words = terms(text);
      this.search.add(id, words);
      for (const term of new Set(words)) this.vocabulary.add(term);
      ids.push(id);
    }
    this.passageIds.set(doc.id, ids);
    this.speakerDirectory.add(indexed);
    this.generation++;
  }

  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    for (const passageId of this.passageIds.get(id) ?? []) {
      const passage = this.passages.get(passageId) as Passage;
      const text = entry.doc.text.slice(passage.paragraph.start, passage.paragraph.end);
      for (const term of new Set(terms(text))) this.vocabulary.remove(term);
      this.search.discard(passageId);
      this.passages.delete(passageId);
    }
    this.passageIds.delete(id);
    this.entries.delete(id);
    this.speakerDirectory.remove(entry);
    this.generation++;
    return true;
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
    const index = new CorpusIndex(PassageIndex.load(header.search, block));
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

  /** Documents visible in a scope: the global corpus, plus the guild's own. */
  documents(scope: Scope): AnalysedDocument[] {
    return [...this.entries.values()].filter((entry) => visible(entry.doc, scope));
  }

  isVisible(passageId: number, scope: Scope): boolean {
    const passage = this.passages.get(passageId);
    return passage !== undefined && visible(passage.entry.doc, scope);
  }

  passageIdAt(entry: AnalysedDocument, offset: number): number | undefined {
    const { paragraphs } = entry.doc;
    const index = lowerBound(paragraphs, offset + 1, (paragraph) => paragraph.start) - 1;
    if (index < 0 || offset > (paragraphs[index] as Paragraph).end) return undefined;
    return this.passageIds.get(entry.doc.id)?.[index];
  }

  whoSaid(query: string, scope: Scope): WhoSaidAnswer {
    return whoSaid(this, query, scope);
  }

  ask(question: string, scope: Scope, limit?: number): AskHit[] {
    return ask(this, question, scope, limit);
  }

  speakers(scope: Scope): SpeakerSummary[] {
    return speakers(this.speakerDirectory, scope);
  }

  quotesBy(speaker: string, scope: Scope): SpeakerQuote[] {
    return quotesBy(this.speakerDirectory, speaker, scope);
  }

  randomQuote(scope: Scope, options?: RandomQuoteOptions): { quote: SpeakerQuote | null; total: number } {
    return randomQuote(this.speakerDirectory, scope, options);
  }
}
