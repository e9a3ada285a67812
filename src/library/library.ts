import type { DocumentAttribution, Person } from '../attribution/types.ts';
import { ATTRIBUTION_VERSION } from '../attribution/version.ts';
import { type DocumentInput, documentId, makeDocument } from '../corpus/document.ts';
import { checkDocument, IntakeError } from '../corpus/intake.ts';
import { loadDirectory, SEEDS_DIR } from '../corpus/load.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { AnalysedDocument } from '../document.ts';
import { CorpusIndex } from '../search/corpus-index.ts';
import { visible } from '../search/searchable.ts';
import type { RandomQuoteOptions } from '../search/speaker-queries.ts';
import type { AskHit, Scope, SpeakerQuote, SpeakerSummary, WhoSaidAnswer } from '../search/types.ts';
import { type Actor, type Change, openStore, type Store, StoreError, type Watcher } from '../store/index.ts';
import { analyse, analyseAll } from './analyse-all.ts';
import { readIndexCache, removeStaleTemporaries, writeIndexCache } from './index-cache.ts';
import { type DocumentChoice, Lookups } from './lookups.ts';

export interface LibraryOptions {
  /** Read the corpus from this directory only, with no store (the CLI's --corpus). */
  corpusDir?: string;
  /** Where the document store lives; null for none (seeds only). */
  dataDir?: string | null;
  /** Directory of the seed documents, visible in every guild. */
  seedsDir?: string;
  /** How often a SQLite store is read for other processes' changes once `follow` runs. */
  pollMs?: number;
  /** Keep documents in this PostgreSQL database; `dataDir` then holds only the index cache. */
  databaseUrl?: string | null;
}

/** A quote with where it is and who the document says said it. */
export interface CitedQuote extends SpeakerQuote {
  person: Person | null;
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

/**
 * The corpus a bot or CLI answers from: seed documents plus everything in the store, indexed
 * once at start and kept in step with adds and removes, including other processes' adds and
 * removes when `follow` runs.
 */
export class Library {
  private readonly seedIds: string[];
  private watcher: Watcher | null = null;
  /** Every store change up to this seq is in the index; following starts after it. */
  private appliedSeq = 0;
  /** The index differs from the cached snapshot, which should be written again on close. */
  private changedSinceCache = false;
  private readonly lookups: Lookups;

  private constructor(
    readonly index: CorpusIndex,
    seeds: readonly AnalysedDocument[],
    readonly store: Store | null,
    private readonly dataDir: string | null,
    /** Why there is no store to change (the store's own words, with its path), when one was expected. */
    private readonly storeProblem?: string,
  ) {
    for (const seed of seeds) index.add(seed);
    this.lookups = new Lookups(index);
    this.seedIds = seeds.map((seed) => seed.doc.id);
  }

  static async open(options: LibraryOptions = {}): Promise<Library> {
    if (options.corpusDir !== undefined) {
      return new Library(new CorpusIndex(), await analyseAll(loadDirectory(options.corpusDir)), null, null);
    }
    const seeds = loadDirectory(options.seedsDir ?? SEEDS_DIR).map(analyse);
    const dataDir = options.dataDir ?? null;
    const { store, problem } = dataDir
      ? await openStore({ dataDir, pollMs: options.pollMs, databaseUrl: options.databaseUrl })
      : { store: null, problem: undefined };
    if (!store || !dataDir) return new Library(new CorpusIndex(), seeds, null, null, problem);

    try {
      if (!store.readonly) removeStaleTemporaries(dataDir);
      const cached = readIndexCache(dataDir);
      const latest = await store.latestSeq();
      const current = cached?.attribution === ATTRIBUTION_VERSION;
      if (cached && current && cached.store === store.location && cached.seq <= latest) {
        // Seeds are analysed afresh each start, so drop the cached copies before adding them again.
        for (const id of cached.seeds) cached.index.remove(id);
        const library = new Library(cached.index, seeds, store, dataDir, problem);
        library.appliedSeq = cached.seq;
        for (const change of await store.changesSince(cached.seq)) await library.apply(store, change);
        return library;
      }
      const library = new Library(new CorpusIndex(), seeds, store, dataDir, problem);
      library.appliedSeq = latest;
      // The store keeps each analysis as it was made; the index is rebuilt with this version's
      // rules, so an upgrade reaches documents added before it.
      const docs: CorpusDocument[] = [];
      for await (const stored of store.all()) docs.push(stored.doc);
      for (const entry of await analyseAll(docs)) library.index.add(entry);
      library.changedSinceCache = true;
      library.saveCache();
      return library;
    } catch (err) {
      await store.close();
      throw err;
    }
  }

  /** Who said a fragment of a quote (partial, misspelt), with the passage and the attribution. */
  whoSaid(fragment: string, scope: Scope): WhoSaidAnswer {
    return this.index.whoSaid(fragment, scope);
  }

  /** The best cited passages for a question, at most `limit`. */
  ask(question: string, scope: Scope, limit?: number): AskHit[] {
    return this.index.ask(question, scope, limit);
  }

  /** Everyone quoted in a scope, most quoted first. */
  speakers(scope: Scope): SpeakerSummary[] {
    return this.index.speakers(scope);
  }

  /** What a person said across a scope, in document and reading order. */
  quotesBy(speaker: string, scope: Scope): SpeakerQuote[] {
    return this.index.quotesBy(speaker, scope);
  }

  /** One attributed quote, every quote of the scope (or of one speaker) equally likely; `total` of them. */
  randomQuote(scope: Scope, options?: RandomQuoteOptions): { quote: SpeakerQuote | null; total: number } {
    return this.index.randomQuote(scope, options);
  }

  /**
   * The attributed quote that starts at `start` in a document the scope sees (how a quote card's
   * button names its quote), with the person the document says it is; null when it is gone.
   */
  quoteAt(documentId: string, start: number, scope: Scope): CitedQuote | null {
    const entry = this.index.get(documentId);
    if (!entry || !visible(entry.doc, scope)) return null;
    const attribution = entry.analysis.quotes.find((q) => q.start === start && q.speaker);
    if (!attribution) return null;
    const paragraph = entry.doc.paragraphs.filter((p) => p.start <= start).at(-1)?.number ?? 1;
    const person = entry.analysis.people.find((p) => p.name === attribution.speaker) ?? null;
    return { doc: entry.doc, paragraph, attribution, person };
  }

  /** Speakers for what was typed (typos, first names, surnames, roles), best first. */
  speakerChoices(typed: string, scope: Scope, limit: number): SpeakerSummary[] {
    return this.lookups.speakers(typed, scope.guild, limit);
  }

  /** Documents for a typed title (typos, prefixes, ids), best first; `ownOnly`: the guild's own. */
  documentChoices(
    typed: string,
    scope: Scope,
    limit: number,
    options: { ownOnly?: boolean } = {},
  ): DocumentChoice[] {
    return this.lookups.documents(typed, scope.guild, limit, options);
  }

  /** Documents of the scope's guild that a date filter leaves out for having no date (0 with no filter). */
  undatedLeftOut(scope: Scope): number {
    if (!scope.since && !scope.until) return 0;
    return this.index.documents({ guild: scope.guild }).filter(({ doc }) => !doc.date).length;
  }

  /** Whether adds and removes will be refused because the store cannot be written. */
  get readonly(): boolean {
    return this.store?.readonly ?? false;
  }

  /** Documents and passages being served, for metrics. */
  get size(): { documents: number; passages: number } {
    return { documents: this.index.size, passages: this.index.passageCount };
  }

  /** Store changes not yet applied to the index (0: up to date); null with no store. */
  async changesBehind(): Promise<number | null> {
    return this.store ? (await this.store.latestSeq()) - this.appliedSeq : null;
  }

  /**
   * Keeps short-lived state (a paged reply's query) in the store, so any process, and this one
   * after a restart, can read it; resolves false when there is no writable store.
   */
  async putState(id: string, value: string, expiresAt: number): Promise<boolean> {
    if (!this.store || this.store.readonly) return false;
    await this.store.putState(id, value, expiresAt);
    return true;
  }

  /** State kept by `putState`, here or in another process; null when gone or expired. */
  async getState(id: string): Promise<string | null> {
    return this.store ? this.store.getState(id) : null;
  }

  /**
   * Counts a command by `userId` in a store shared by processes (PostgreSQL), so a user's rate
   * limit holds whichever process answers and across restarts; null without one.
   */
  async takeRate(userId: string, limit: number, windowMs: number): Promise<number | null> {
    if (!this.store?.shared || this.store.readonly) return null;
    return this.store.takeRate(userId, limit, windowMs);
  }

  /** Resolves when the store answers a query (at once with no store); for health checks. */
  async ping(): Promise<void> {
    await this.store?.ping();
  }

  /** Applies other processes' adds and removes to the index as the store reports them. */
  follow(onError: (err: unknown) => void): void {
    if (!this.store || this.watcher) return;
    const store = this.store;
    this.watcher = store.follow((change) => this.apply(store, change), { from: this.appliedSeq, onError });
  }

  /** Replaying a change the index already has is harmless, so a cache or a follower may start early. */
  private async apply(store: Store, change: Change): Promise<void> {
    if (change.action === 'remove') {
      if (this.index.remove(change.documentId)) this.changedSinceCache = true;
      this.appliedSeq = Math.max(this.appliedSeq, change.seq);
      return;
    }
    if (this.index.has(change.documentId)) {
      this.appliedSeq = Math.max(this.appliedSeq, change.seq);
      return;
    }
    const stored = await store.get(change.documentId);
    this.appliedSeq = Math.max(this.appliedSeq, change.seq);
    // Checked again: this process may have added it while the store was read.
    if (stored && !this.index.has(change.documentId)) {
      this.index.add(stored);
      this.changedSinceCache = true;
    }
  }

  /** Saves the index beside a writable store; a failure only costs the next start a rebuild. */
  private saveCache(): void {
    if (!this.store || this.store.readonly || !this.dataDir || !this.changedSinceCache) return;
    try {
      writeIndexCache(
        this.dataDir,
        {
          seq: this.appliedSeq,
          seeds: this.seedIds,
          store: this.store.location,
          attribution: ATTRIBUTION_VERSION,
        },
        this.index,
      );
      this.changedSinceCache = false;
    } catch {
      // Full disk or no permission: the store is still the record and the next start rebuilds.
    }
  }

  /** Why a change cannot be made: a read-only store (by code, so callers choose the words), or a folder corpus. */
  private noStore(): Error {
    if (this.storeProblem) return new StoreError('read_only', this.storeProblem);
    return new IntakeError(
      'folder_corpus',
      'This corpus is read from a folder; documents cannot be added to it or removed from it.',
    );
  }

  /** Cleans, checks, attributes, stores and indexes a document; refuses a duplicate of anything the guild sees. */
  async add(raw: string, meta: DocumentInput, actor: Actor): Promise<AnalysedDocument> {
    if (!this.store) throw this.noStore();
    const doc = makeDocument(raw, meta);
    checkDocument(doc.text, doc);
    return this.addDocument(doc, actor);
  }

  /** The document the guild already sees with this text (its own or a global one), if any. */
  existing(text: string, guild: string | null): AnalysedDocument | undefined {
    return [documentId(text, null), documentId(text, guild)].map((id) => this.index.get(id)).find(Boolean);
  }

  /** Attributes, stores and indexes a document already cleaned and checked (an import keeps its paragraphs). */
  async addDocument(doc: CorpusDocument, actor: Actor): Promise<AnalysedDocument> {
    if (!this.store) throw this.noStore();
    const existing = this.existing(doc.text, doc.guild);
    if (existing) {
      const { title, id } = existing.doc;
      throw new IntakeError(
        'duplicate_text',
        `This text is already in the corpus as “${title}” (id ${id}).`,
        { title, id },
      );
    }
    const entry = analyse(doc);
    await this.store.add(doc, entry.analysis, actor);
    this.index.add(entry);
    this.changedSinceCache = true;
    return entry;
  }

  /** Removes a stored document from the guild's corpus (or the global one, for guild null). */
  async remove(id: string, guild: string | null, actor: Actor): Promise<string> {
    if (this.seedIds.includes(id)) {
      throw new IntakeError(
        'seed_document',
        'That is a seed document: it ships with the bot and cannot be removed.',
      );
    }
    if (!this.store) throw this.noStore();
    const { title } = await this.store.remove(id, guild, actor);
    this.index.remove(id);
    this.changedSinceCache = true;
    return title;
  }

  /** The documents a guild sees (seeds, global documents and its own), newest additions last. */
  async list(guild: string | null): Promise<DocumentListing[]> {
    // Every corpus, not just `guild`'s: the global documents a guild sees have an addedAt too.
    const stored = new Map(((await this.store?.list()) ?? []).map((summary) => [summary.id, summary]));
    return this.index
      .documents({ guild })
      .map(({ doc, analysis }) => ({
        id: doc.id,
        title: doc.title,
        source: doc.source,
        date: doc.date,
        guild: doc.guild,
        paragraphs: doc.paragraphs.length,
        quotes: analysis.quotes.length,
        people: analysis.people.length,
        addedAt: stored.get(doc.id)?.addedAt ?? null,
      }))
      .sort((a, b) => (a.addedAt ?? '').localeCompare(b.addedAt ?? ''));
  }

  async close(): Promise<void> {
    this.watcher?.stop();
    this.saveCache();
    this.watcher = null;
    await this.store?.close();
  }
}

export type { Actor, DocumentAttribution, DocumentChoice };
export { IntakeError, StoreError };
