import { attributeText } from '../attribution/index.ts';
import type { DocumentAttribution } from '../attribution/types.ts';
import { type DocumentInput, documentId, makeDocument } from '../corpus/document.ts';
import { checkDocument, IntakeError } from '../corpus/intake.ts';
import { loadDirectory, SEEDS_DIR } from '../corpus/load.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import { CorpusIndex } from '../search/corpus-index.ts';
import type { IndexedDocument } from '../search/types.ts';
import {
  type Actor,
  type Change,
  DocumentStore,
  StoreError,
  type Watcher,
  watchChanges,
} from '../store/index.ts';

export interface LibraryOptions {
  /** Read the corpus from this directory only, with no store (the CLI's --corpus). */
  corpusDir?: string;
  /** Where the document store lives; null for none (seeds only). */
  dataDir?: string | null;
  /** Directory of the seed documents, visible in every guild. */
  seedsDir?: string;
}

/** A row of the documents list: seeds have no `addedAt`. */
export interface DocumentListing {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  guild: string | null;
  paragraphs: number;
  quotes: number;
  people: number;
  addedAt: string | null;
}

export function analyse(doc: CorpusDocument): IndexedDocument {
  return { doc, analysis: attributeText(doc.text) };
}

/**
 * The corpus a bot or CLI answers from: seed documents plus everything in the store, indexed
 * once at start and kept in step with adds and removes, including other processes' adds and
 * removes when `follow` runs.
 */
export class Library {
  readonly index = new CorpusIndex();
  private readonly seedIds = new Set<string>();
  private watcher: Watcher | null = null;
  /** The store's change seq when the index was built: following starts after it. */
  private followFrom = 0;

  /** Why there is no store to change, in words for the person who tried. */
  private readonly noStore: string;

  private constructor(
    readonly store: DocumentStore | null,
    noStore = 'This corpus is read from a folder; documents cannot be added to it or removed from it.',
  ) {
    this.noStore = noStore;
  }

  static open(options: LibraryOptions = {}): Library {
    if (options.corpusDir !== undefined) {
      const library = new Library(null);
      for (const doc of loadDirectory(options.corpusDir)) library.index.add(analyse(doc));
      return library;
    }
    const { store, problem } = options.dataDir
      ? openStore(options.dataDir)
      : { store: null, problem: undefined };
    const library = new Library(store, problem);
    for (const doc of loadDirectory(options.seedsDir ?? SEEDS_DIR)) {
      library.index.add(analyse(doc));
      library.seedIds.add(doc.id);
    }
    library.followFrom = store?.latestSeq() ?? 0;
    for (const stored of store?.all() ?? []) library.index.add(stored);
    return library;
  }

  /** Applies other processes' adds and removes to the index, polling the store's change feed. */
  follow(intervalMs: number, onError: (err: unknown) => void): void {
    if (!this.store || this.watcher) return;
    const store = this.store;
    this.watcher = watchChanges(store, (change) => this.apply(store, change), intervalMs, {
      from: this.followFrom,
      onError,
    });
  }

  private apply(store: DocumentStore, change: Change): void {
    if (change.action === 'remove') {
      this.index.remove(change.documentId);
      return;
    }
    if (this.index.has(change.documentId)) return;
    const stored = store.get(change.documentId);
    if (stored) this.index.add(stored);
  }

  /** Cleans, checks, attributes, stores and indexes a document; refuses a duplicate of anything the guild sees. */
  add(raw: string, meta: DocumentInput, actor: Actor): IndexedDocument {
    if (!this.store) throw new IntakeError(this.noStore);
    const doc = makeDocument(raw, meta);
    checkDocument(doc.text, doc);
    const existing = [documentId(doc.text, null), doc.id].map((id) => this.index.get(id)).find(Boolean);
    if (existing) {
      throw new IntakeError(
        `This text is already in the corpus as “${existing.doc.title}” (id ${existing.doc.id}).`,
      );
    }
    const entry = analyse(doc);
    this.store.add(doc, entry.analysis, actor);
    this.index.add(entry);
    return entry;
  }

  /** Removes a stored document from the guild's corpus (or the global one, for guild null). */
  remove(id: string, guild: string | null, actor: Actor): string {
    if (this.seedIds.has(id)) {
      throw new IntakeError('That is a seed document: it ships with the bot and cannot be removed.');
    }
    if (!this.store) throw new IntakeError(this.noStore);
    const { title } = this.store.remove(id, guild, actor);
    this.index.remove(id);
    return title;
  }

  /** The documents a guild sees (seeds, global documents and its own), newest additions last. */
  list(guild: string | null): DocumentListing[] {
    // Every corpus, not just `guild`'s: the global documents a guild sees have an addedAt too.
    const stored = new Map((this.store?.list() ?? []).map((summary) => [summary.id, summary]));
    return this.index.documents({ guild }).map(({ doc, analysis }) => ({
      id: doc.id,
      title: doc.title,
      source: doc.source,
      date: doc.date,
      guild: doc.guild,
      paragraphs: doc.paragraphs.length,
      quotes: analysis.quotes.length,
      people: analysis.people.length,
      addedAt: stored.get(doc.id)?.addedAt ?? null,
    }));
  }

  close(): void {
    this.watcher?.stop();
    this.watcher = null;
    this.store?.close();
  }
}

/**
 * A read-only data directory still serves answers: from its store when there is one, else from the
 * seeds alone. Adds and removes then say why they can't be made.
 */
function openStore(dataDir: string): { store: DocumentStore | null; problem?: string } {
  try {
    return { store: DocumentStore.open(dataDir) };
  } catch (err) {
    if (!(err instanceof StoreError) || err.code !== 'read_only') throw err;
    try {
      return { store: DocumentStore.open(dataDir, { readonly: true }) };
    } catch (readErr) {
      if (readErr instanceof StoreError && readErr.code === 'unavailable')
        return { store: null, problem: err.message };
      throw readErr;
    }
  }
}

export type { Actor, DocumentAttribution };
export { IntakeError, StoreError };
