import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentAttribution } from '../attribution/types.ts';
import type { CorpusDocument, Paragraph } from '../corpus/types.ts';
import type { AnalysedDocument } from '../document.ts';
import { makeDirectory } from '../make-directory.ts';
import { StoreError, toStoreError } from './errors.ts';
import { assertKnownVersion, migrate, SCHEMA_VERSION, schemaVersion } from './migrations.ts';
import {
  actorOf,
  corpusName,
  duplicateMessage,
  type PersonRow,
  personFromRow,
  type QuoteRow,
  quoteFromRow,
} from './rows.ts';
import { SqliteSettings } from './settings-sqlite.ts';
import { prepare, type Statements } from './statements.ts';
import type { Actor, AuditEntry, Change, ChangeAction, DocumentSummary } from './types.ts';

export const STORE_FILE = 'verbatim.sqlite';

export interface OpenOptions {
  /** Serve reads only; add/remove fail with 'read_only'. The store must already exist. */
  readonly?: boolean;
  /**
   * Cap the store's size (rounded to pages). Adds that would pass it fail with 'disk_full'
   * and change nothing, so a growing corpus can't fill the disk other services share.
   */
  maxBytes?: number;
}

/** Several processes (bot, CLI, indexer) may share one store, so writers wait this long for the lock. */
const BUSY_TIMEOUT_MS = 5000;

interface DocumentRow {
  id: string;
  guild: string | null;
  title: string;
  source: string | null;
  date: string | null;
  language: string;
  text: string;
}

interface SummaryRow extends Omit<DocumentRow, 'text'> {
  added_at: string;
  added_by: string | null;
  added_by_name: string | null;
  added_via: string | null;
  paragraphs: number;
  quotes: number;
  people: number;
}

interface AuditRow {
  id: number;
  at: string;
  action: ChangeAction;
  document_id: string;
  title: string;
  guild: string | null;
  actor_id: string;
  actor_name: string | null;
  via: Actor['via'];
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A WAL store can normally be read only by a process that may create its `-shm` file. In a
 * directory nobody may write, no writer can change the store either, so an in-memory copy
 * is exact; it is used only then, and only if no `-wal` file holds commits the copy would miss.
 */
function openReadonly(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (err) {
    db.close();
    const code = (err as { code?: string }).code;
    if (code !== 'SQLITE_READONLY_DIRECTORY' || existsSync(`${file}-wal`)) throw err;
    const image = readFileSync(file);
    // Header bytes 18-19 = 2 mark WAL mode, which an in-memory database can't use; 1 is the rollback-journal format.
    image[18] = 1;
    image[19] = 1;
    return new Database(image, { readonly: true });
  }
}

/**
 * WAL lets readers in other processes carry on while a document is added. Switching a new
 * file to WAL needs an exclusive lock and SQLite answers BUSY at once, without the busy
 * handler, while another process opening the same new file holds it; so wait here instead.
 */
function switchToWal(db: Database.Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

export class DocumentStore {
  readonly file: string;
  readonly readonly: boolean;
  readonly #db: Database.Database;
  readonly #sql: Statements;
  /** Per-server settings, in the same file and under the same locks. */
  readonly settings: SqliteSettings;

  private constructor(db: Database.Database, file: string, readonly: boolean) {
    this.#db = db;
    this.file = file;
    this.readonly = readonly;
    this.#sql = prepare(db);
    this.settings = new SqliteSettings(
      db,
      (fn) => this.batch(fn),
      (fn) => this.#read(fn),
    );
  }

  /** Opens (creating and migrating when writable) `dataDir/verbatim.sqlite`. */
  static open(dataDir: string, options: OpenOptions = {}): DocumentStore {
    const file = join(dataDir, STORE_FILE);
    const readonly = options.readonly ?? false;
    let db: Database.Database | undefined;
    try {
      if (readonly && !existsSync(file)) {
        throw new StoreError(
          'unavailable',
          `There is no document store at ${file} yet. Start the bot or CLI once without read-only mode to create it.`,
        );
      }
      if (!readonly) makeDirectory(dataDir);
      db = readonly ? openReadonly(file) : new Database(file);
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      db.pragma('foreign_keys = ON');
      if (readonly) {
        // Migrating needs writes; reading an old layout with new queries would fail obscurely.
        if (assertKnownVersion(db, file) < SCHEMA_VERSION) {
          throw new StoreError(
            'read_only',
            `The document store (${file}) is at schema v${schemaVersion(db)} and needs upgrading to v${SCHEMA_VERSION}, which a read-only open can't do. Open it once without read-only mode.`,
          );
        }
      } else {
        switchToWal(db);
        // FULL, not NORMAL: in WAL mode NORMAL may drop the last commits on power loss or an
        // OS crash. A moderator's add must never vanish, and adds are rare, so an fsync per
        // commit costs nothing that matters.
        db.pragma('synchronous = FULL');
        migrate(db, file);
      }
      if (options.maxBytes !== undefined) {
        const pageSize = db.pragma('page_size', { simple: true }) as number;
        db.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxBytes / pageSize))}`);
      }
      return new DocumentStore(db, file, readonly);
    } catch (err) {
      db?.close();
      throw toStoreError(err, file);
    }
  }

  close(): void {
    this.#db.close();
  }

  /**
   * Runs `fn` as one write transaction: adds and removes made inside it land together or not
   * at all (e.g. seeding a folder). `add`/`remove` use it themselves; nested, they become savepoints.
   */
  batch<T>(fn: () => T): T {
    if (this.readonly) {
      throw new StoreError(
        'read_only',
        `The document store (${this.file}) was opened read-only, so documents can't be added or removed here. Use the bot or CLI that owns it.`,
      );
    }
    try {
      // IMMEDIATE takes the write lock up front (waiting up to busy_timeout) instead of
      // failing with SQLITE_BUSY when a read lock can't be upgraded.
      return this.#db.transaction(fn).immediate();
    } catch (err) {
      throw toStoreError(err, this.file);
    }
  }

  /** Stores a document and its analysis; refuses the same text twice in one corpus. */
  add(doc: CorpusDocument, analysis: DocumentAttribution, actor: Actor): { seq: number } {
    return this.batch(() => {
      const hash = contentHash(doc.text);
      const existing = this.#sql.findDuplicate.get({ id: doc.id, guild: doc.guild, hash }) as
        | { id: string; title: string }
        | undefined;
      if (existing) {
        throw new StoreError('duplicate', duplicateMessage(doc.guild, existing), {
          documentId: existing.id,
        });
      }
      const at = new Date().toISOString();
      const s = this.#sql;
      s.insertDocument.run(
        doc.id,
        doc.guild,
        doc.title,
        doc.source,
        doc.date,
        doc.language,
        doc.text,
        hash,
        at,
        actor.id,
        actor.name ?? null,
        actor.via,
      );
      doc.paragraphs.forEach((p, ord) => {
        s.insertParagraph.run(doc.id, ord, p.number, p.start, p.end);
      });
      analysis.quotes.forEach((q, ord) => {
        const m = q.mention;
        s.insertQuote.run(
          doc.id,
          ord,
          q.kind,
          q.quote,
          q.start,
          q.end,
          q.speaker,
          q.role,
          m?.text ?? null,
          m?.start ?? null,
          m?.end ?? null,
          q.cue,
          q.parts === undefined ? null : JSON.stringify(q.parts),
        );
      });
      analysis.people.forEach((p, ord) => {
        s.insertPerson.run(doc.id, ord, p.name, p.role, p.kind, JSON.stringify(p.aliases));
      });
      return { seq: this.#record('add', doc.id, doc.title, doc.guild, actor, at) };
    });
  }

  /**
   * Removes a document from one corpus: a guild's own documents with its id, the global
   * corpus only with `guild` null, so a server can't remove what every server shares.
   */
  remove(id: string, guild: string | null, actor: Actor): { seq: number; title: string } {
    return this.batch(() => {
      const row = this.#sql.findInCorpus.get(id, guild) as { title: string } | undefined;
      if (!row) {
        throw new StoreError('not_found', `There is no document with id ${id} in ${corpusName(guild)}.`);
      }
      // Paragraphs, quotes and people go with it (ON DELETE CASCADE).
      this.#sql.deleteDocument.run(id);
      return { seq: this.#record('remove', id, row.title, guild, actor), title: row.title };
    });
  }

  /** Writes the audit row and the change row; returns the change's seq. */
  #record(
    action: ChangeAction,
    id: string,
    title: string,
    guild: string | null,
    actor: Actor,
    at = new Date().toISOString(),
  ): number {
    this.#sql.insertAudit.run(at, action, id, title, guild, actor.id, actor.name ?? null, actor.via);
    return Number(this.#sql.insertChange.run(at, action, id, guild).lastInsertRowid);
  }

  /** `undefined`: every document; `null`: the global corpus; a guild id: that guild's own documents. */
  list(guild?: string | null): DocumentSummary[] {
    const rows = this.#read(() =>
      guild === undefined ? this.#sql.listAll.all() : this.#sql.listCorpus.all(guild),
    ) as SummaryRow[];
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      source: r.source,
      date: r.date,
      language: r.language,
      guild: r.guild,
      paragraphs: r.paragraphs,
      quotes: r.quotes,
      people: r.people,
      addedAt: r.added_at,
      addedBy: r.added_by === null ? null : actorOf(r.added_by, r.added_by_name, r.added_via ?? 'cli'),
    }));
  }

  /** The document and analysis exactly as added, or null. */
  get(id: string): AnalysedDocument | null {
    return this.#read(() => {
      const s = this.#sql;
      const d = s.getDocument.get(id) as DocumentRow | undefined;
      if (!d) return null;
      const paragraphs = s.getParagraphs.all(id) as Paragraph[];
      const quotes = (s.getQuotes.all(id) as QuoteRow[]).map(quoteFromRow);
      const people = (s.getPeople.all(id) as PersonRow[]).map(personFromRow);
      const doc: CorpusDocument = {
        id: d.id,
        title: d.title,
        source: d.source,
        date: d.date,
        language: d.language,
        guild: d.guild,
        text: d.text,
        paragraphs,
      };
      return { doc, analysis: { quotes, people } };
    });
  }

  /** Every stored document, oldest first, for rebuilding the search index at start. */
  *all(): Generator<AnalysedDocument> {
    // One document at a time keeps memory flat; a document removed meanwhile is skipped.
    const ids = this.#read(() => this.#sql.allIds.all()) as string[];
    for (const id of ids) {
      const stored = this.get(id);
      if (stored) yield stored;
    }
  }

  /** Adds and removes committed after `seq`, oldest first. */
  changesSince(seq: number): Change[] {
    return this.#read(() => this.#sql.changesSince.all(seq)) as Change[];
  }

  /** The seq of the newest change, 0 for none. Read it before `all()` and follow from it. */
  latestSeq(): number {
    return this.#read(() => this.#sql.latestSeq.get()) as number;
  }

  /** Keeps `value` (JSON) under `id` until `expiresAt` (ms), dropping what has expired. */
  putState(id: string, value: string, expiresAt: number): void {
    this.batch(() => {
      this.#sql.pruneStates.run(Date.now());
      this.#sql.putState.run(id, value, expiresAt);
    });
  }

  /** The value kept under `id`, or null when there is none or it expired. */
  getState(id: string): string | null {
    return (this.#read(() => this.#sql.getState.get(id, Date.now())) as string | undefined) ?? null;
  }

  /** Records a command by `userId` unless `limit` were already made within `windowMs`; returns ms to wait, 0 when allowed. */
  takeRate(userId: string, limit: number, windowMs: number, now = Date.now()): number {
    return this.batch(() => {
      const s = this.#sql;
      s.forgetHits.run(userId, now - windowMs);
      const { n, first } = s.recentHits.get(userId) as { n: number; first: number | null };
      if (n >= limit) return windowMs - (now - (first as number));
      s.addHit.run(userId, now);
      return 0;
    });
  }

  /** The audit trail, newest first. */
  auditLog(limit = 100): AuditEntry[] {
    return (this.#read(() => this.#sql.audit.all(limit)) as AuditRow[]).map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      documentId: r.document_id,
      title: r.title,
      guild: r.guild,
      actor: actorOf(r.actor_id, r.actor_name, r.via),
    }));
  }

  /** One read snapshot, so a document is never seen half-removed by a concurrent writer. */
  #read<T>(fn: () => T): T {
    try {
      return this.#db.transaction(fn).deferred();
    } catch (err) {
      throw toStoreError(err, this.file);
    }
  }
}
