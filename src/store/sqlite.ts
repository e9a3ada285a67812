import type { DocumentAttribution } from '../attribution/types.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { AnalysedDocument } from '../document.ts';
import { DocumentStore, type OpenOptions } from './store.ts';
import type {
  Actor,
  Change,
  DailyQuoteOutcome,
  FollowOptions,
  SettingsChange,
  Store,
  Watcher,
} from './types.ts';
import { watchChanges } from './watch.ts';

/**
 * The embedded default: a SQLite file in the data directory, shared by the processes of one
 * host. Other processes' changes are found by polling the change feed, which costs one
 * indexed read per interval.
 */
export class SqliteStore implements Store {
  readonly #db: DocumentStore;
  readonly #pollMs: number;

  private constructor(db: DocumentStore, pollMs: number) {
    this.#db = db;
    this.#pollMs = pollMs;
  }

  static open(dataDir: string, options: OpenOptions & { pollMs?: number } = {}): SqliteStore {
    return new SqliteStore(DocumentStore.open(dataDir, options), options.pollMs ?? 500);
  }

  get location(): string {
    return this.#db.file;
  }

  /** One host's file: a per-process limit in memory is cheaper than an fsync per command. */
  readonly shared = false;

  get readonly(): boolean {
    return this.#db.readonly;
  }

  async add(doc: CorpusDocument, analysis: DocumentAttribution, actor: Actor) {
    return this.#db.add(doc, analysis, actor);
  }

  async remove(id: string, guild: string | null, actor: Actor) {
    return this.#db.remove(id, guild, actor);
  }

  async list(guild?: string | null) {
    return this.#db.list(guild);
  }

  async get(id: string) {
    return this.#db.get(id);
  }

  async *all(): AsyncGenerator<AnalysedDocument> {
    yield* this.#db.all();
  }

  async changesSince(seq: number) {
    return this.#db.changesSince(seq);
  }

  async latestSeq() {
    return this.#db.latestSeq();
  }

  async putState(id: string, value: string, expiresAt: number) {
    this.#db.putState(id, value, expiresAt);
  }

  async getState(id: string) {
    return this.#db.getState(id);
  }

  async takeRate(userId: string, limit: number, windowMs: number) {
    return this.#db.takeRate(userId, limit, windowMs);
  }

  async auditLog(limit?: number) {
    return this.#db.auditLog(limit);
  }

  async guildSettings(guild: string) {
    return this.#db.settings.get(guild);
  }

  async changeGuildSettings(guild: string, change: SettingsChange, actor: Actor) {
    return this.#db.settings.change(guild, change, actor);
  }

  async purgeGuildSettings(leftBefore: string, actor: Actor) {
    return this.#db.settings.purge(leftBefore, actor);
  }

  async settingsAuditLog(limit?: number) {
    return this.#db.settings.auditLog(limit);
  }

  async dailyQuoteSettings() {
    return this.#db.settings.dailyQuotes();
  }

  async claimDailyQuote(guild: string, channel: string, day: string) {
    return this.#db.settings.claimDailyQuote(guild, channel, day);
  }

  async settleDailyQuote(guild: string, channel: string, outcome: DailyQuoteOutcome) {
    return this.#db.settings.settleDailyQuote(guild, channel, outcome);
  }

  follow(onChange: (change: Change) => void | Promise<void>, options: FollowOptions): Watcher {
    return watchChanges(this.#db, onChange, this.#pollMs, options);
  }

  async ping(): Promise<void> {
    this.#db.latestSeq();
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}
