import pg from 'pg';
import type { DocumentAttribution } from '../attribution/types.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { AnalysedDocument } from '../document.ts';
import { postgresStoreError, StoreError } from './errors.ts';
import { follow } from './postgres-follow.ts';
import { migratePostgres } from './postgres-schema.ts';
import {
  type DocumentRow,
  GET_DOCUMENT,
  insertRows,
  SUMMARY_SELECT,
  type SummaryRow,
} from './postgres-sql.ts';
import { actorOf, corpusName, duplicateMessage, personFromRow, quoteFromRow } from './rows.ts';
import * as settings from './settings-postgres.ts';
import { contentHash } from './store.ts';
import type {
  Actor,
  AuditEntry,
  Change,
  ChangeAction,
  DailyQuoteOutcome,
  DocumentSummary,
  FollowOptions,
  GuildSettings,
  SettingsAuditEntry,
  SettingsChange,
  Store,
  Watcher,
} from './types.ts';

/** The channel every add and remove notifies, with its seq as payload, when it commits. */
export const CHANGES_CHANNEL = 'verbatim_changes';
/**
 * Held from the change-feed insert to commit, so seqs commit in the order they are handed
 * out: a follower that has seen seq n has then seen every seq below n too.
 */
export const CHANGE_FEED_LOCK = 0x66656564; // "feed"

/** The URL without its password, fit for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured PostgreSQL database';
  }
}

/**
 * Documents in PostgreSQL, shared by every process on every host. Each add or remove is one
 * transaction; a writer that dies or loses its connection before COMMIT leaves nothing
 * behind. Other processes hear of a change through LISTEN/NOTIFY.
 */
export class PostgresStore implements Store {
  readonly location: string;
  readonly readonly = false;
  readonly shared = true;
  readonly #url: string;
  readonly #pool: pg.Pool;
  readonly #watchers = new Set<Watcher>();

  private constructor(url: string, pool: pg.Pool) {
    this.#url = url;
    this.#pool = pool;
    this.location = redactUrl(url);
  }

  /** Connects, and creates or migrates the schema. */
  static async open(url: string): Promise<PostgresStore> {
    // Few connections: a bot runs one command's store work at a time in practice, and many
    // processes share one server.
    const pool = new pg.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 30_000 });
    const store = new PostgresStore(url, pool);
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      try {
        await migratePostgres(client, store.location);
      } finally {
        client.release();
      }
      return store;
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw postgresStoreError(err, store.location);
    }
  }

  async add(doc: CorpusDocument, analysis: DocumentAttribution, actor: Actor): Promise<{ seq: number }> {
    const hash = contentHash(doc.text);
    const at = new Date().toISOString();
    try {
      return await this.#transaction(async (c) => {
        await c.query(
          `INSERT INTO documents (id, guild, title, source, date, language, text, content_hash,
                                  added_at, added_by, added_by_name, added_via)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [
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
          ],
        );
        await insertRows(c, doc, analysis);
        return { seq: await this.#record(c, 'add', doc.id, doc.title, doc.guild, actor, at) };
      });
    } catch (err) {
      // The unique constraints, not a read before the insert, decide: two processes adding the same text at once can't both win.
      if ((err as { code?: string }).code !== '23505') throw err;
      const existing = await this.#query<{ id: string; title: string }>(
        `SELECT id, title FROM documents
         WHERE id = $1 OR (coalesce(guild, '') = coalesce($2, '') AND content_hash = $3) LIMIT 1`,
        [doc.id, doc.guild, hash],
      );
      const found = existing[0] ?? { id: doc.id, title: doc.title };
      throw new StoreError('duplicate', duplicateMessage(doc.guild, found), { documentId: found.id });
    }
  }

  async remove(id: string, guild: string | null, actor: Actor): Promise<{ seq: number; title: string }> {
    return this.#transaction(async (c) => {
      // Paragraphs, quotes and people go with it (ON DELETE CASCADE).
      const { rows } = await c.query<{ title: string }>(
        'DELETE FROM documents WHERE id = $1 AND guild IS NOT DISTINCT FROM $2 RETURNING title',
        [id, guild],
      );
      const title = rows[0]?.title;
      if (title === undefined) {
        throw new StoreError('not_found', `There is no document with id ${id} in ${corpusName(guild)}.`);
      }
      return { seq: await this.#record(c, 'remove', id, title, guild, actor), title };
    });
  }

  /** Writes the audit row and the change row, and notifies followers on commit; returns the seq. */
  async #record(
    c: pg.ClientBase,
    action: ChangeAction,
    id: string,
    title: string,
    guild: string | null,
    actor: Actor,
    at = new Date().toISOString(),
  ): Promise<number> {
    await c.query(
      `INSERT INTO audit (at, action, document_id, title, guild, actor_id, actor_name, via)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [at, action, id, title, guild, actor.id, actor.name ?? null, actor.via],
    );
    await c.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_FEED_LOCK]);
    const { rows } = await c.query<{ seq: number }>(
      'INSERT INTO changes (at, action, document_id, guild) VALUES ($1, $2, $3, $4) RETURNING seq',
      [at, action, id, guild],
    );
    const seq = rows[0]?.seq as number;
    await c.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, String(seq)]);
    return seq;
  }

  async list(guild?: string | null): Promise<DocumentSummary[]> {
    const rows =
      guild === undefined
        ? await this.#query<SummaryRow>(`${SUMMARY_SELECT} ORDER BY d.row_order`)
        : await this.#query<SummaryRow>(
            `${SUMMARY_SELECT} WHERE d.guild IS NOT DISTINCT FROM $1 ORDER BY d.row_order`,
            [guild],
          );
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

  async get(id: string): Promise<AnalysedDocument | null> {
    const [d] = await this.#query<DocumentRow>(GET_DOCUMENT, [id]);
    if (!d) return null;
    const doc: CorpusDocument = {
      id: d.id,
      title: d.title,
      source: d.source,
      date: d.date,
      language: d.language,
      guild: d.guild,
      text: d.text,
      paragraphs: d.paragraphs,
    };
    return { doc, analysis: { quotes: d.quotes.map(quoteFromRow), people: d.people.map(personFromRow) } };
  }

  async *all(): AsyncGenerator<AnalysedDocument> {
    // One document at a time keeps memory flat; a document removed meanwhile is skipped.
    const ids = await this.#query<{ id: string }>('SELECT id FROM documents ORDER BY row_order');
    for (const { id } of ids) {
      const stored = await this.get(id);
      if (stored) yield stored;
    }
  }

  async changesSince(seq: number): Promise<Change[]> {
    return this.#query<Change>(
      `SELECT seq, action, document_id AS "documentId", guild, at FROM changes WHERE seq > $1 ORDER BY seq`,
      [seq],
    );
  }

  async latestSeq(): Promise<number> {
    const [row] = await this.#query<{ seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM changes');
    return row?.seq ?? 0;
  }

  async putState(id: string, value: string, expiresAt: number): Promise<void> {
    await this.#query(
      `WITH pruned AS (DELETE FROM states WHERE expires_at <= $4)
       INSERT INTO states (id, value, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
      [id, value, expiresAt, Date.now()],
    );
  }

  async getState(id: string): Promise<string | null> {
    const [row] = await this.#query<{ value: string }>(
      'SELECT value FROM states WHERE id = $1 AND expires_at > $2',
      [id, Date.now()],
    );
    return row?.value ?? null;
  }

  async takeRate(userId: string, limit: number, windowMs: number): Promise<number> {
    const now = Date.now();
    return this.#transaction(async (c) => {
      // One user's commands are counted one at a time, whichever process they reach.
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rate:${userId}`]);
      await c.query('DELETE FROM rate_hits WHERE user_id = $1 AND at <= $2', [userId, now - windowMs]);
      const { rows } = await c.query<{ n: number; first: string | null }>(
        'SELECT count(*)::int AS n, min(at) AS first FROM rate_hits WHERE user_id = $1',
        [userId],
      );
      const { n, first } = rows[0] ?? { n: 0, first: null };
      if (n >= limit) return windowMs - (now - Number(first));
      await c.query('INSERT INTO rate_hits (user_id, at) VALUES ($1, $2)', [userId, now]);
      return 0;
    });
  }

  async auditLog(limit = 100): Promise<AuditEntry[]> {
    const rows = await this.#query<{
      id: number;
      at: string;
      action: ChangeAction;
      document_id: string;
      title: string;
      guild: string | null;
      actor_id: string;
      actor_name: string | null;
      via: string;
    }>(
      `SELECT id, at, action, document_id, title, guild, actor_id, actor_name, via
       FROM audit ORDER BY id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      documentId: r.document_id,
      title: r.title,
      guild: r.guild,
      actor: actorOf(r.actor_id, r.actor_name, r.via),
    }));
  }

  follow(onChange: (change: Change) => void | Promise<void>, options: FollowOptions): Watcher {
    const watcher = follow(this.#url, CHANGES_CHANNEL, this, onChange, options);
    this.#watchers.add(watcher);
    return {
      stop: () => {
        this.#watchers.delete(watcher);
        watcher.stop();
      },
      get seq() {
        return watcher.seq;
      },
    };
  }

  async guildSettings(guild: string): Promise<GuildSettings> {
    return this.#guarded(() => settings.readSettings(this.#pool, guild));
  }

  async changeGuildSettings(guild: string, change: SettingsChange, actor: Actor): Promise<GuildSettings> {
    return this.#transaction((c) => settings.changeSettings(c, guild, change, actor));
  }

  async purgeGuildSettings(leftBefore: string, actor: Actor): Promise<string[]> {
    return this.#transaction((c) => settings.purgeSettings(c, leftBefore, actor));
  }

  async settingsAuditLog(limit = 100): Promise<SettingsAuditEntry[]> {
    return this.#guarded(() => settings.readSettingsAudit(this.#pool, limit));
  }

  async dailyQuoteSettings(): Promise<GuildSettings[]> {
    return this.#guarded(() => settings.readDailyQuotes(this.#pool));
  }

  async claimDailyQuote(guild: string, channel: string, day: string): Promise<boolean> {
    return this.#guarded(() => settings.claimDailyQuote(this.#pool, guild, channel, day));
  }

  async settleDailyQuote(guild: string, channel: string, outcome: DailyQuoteOutcome): Promise<boolean> {
    return this.#guarded(() => settings.settleDailyQuote(this.#pool, guild, channel, outcome));
  }

  async #guarded<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw postgresStoreError(err, this.location);
    }
  }

  async ping(): Promise<void> {
    await this.#query('SELECT 1');
  }

  async close(): Promise<void> {
    for (const watcher of this.#watchers) watcher.stop();
    this.#watchers.clear();
    await this.#pool.end();
  }

  async #query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.#pool.query<R>(sql, params)).rows;
    } catch (err) {
      throw postgresStoreError(err, this.location);
    }
  }

  /** Runs `fn` in one transaction on one connection: all of it commits, or none of it. */
  async #transaction<T>(fn: (client: pg.ClientBase) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (err) {
      throw postgresStoreError(err, this.location);
    }
    let broken: Error | undefined;
    // A connection lost while checked out is also reported as an 'error' event, which would
    // crash the process unheard; the failing query already tells the caller.
    const lost = (err: Error) => {
      broken = err;
    };
    client.on('error', lost);
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch((rollbackErr: Error) => {
        broken = rollbackErr;
      });
      // A unique violation is the caller's to explain; everything else gets the store's words.
      if ((err as { code?: string }).code === '23505') throw err;
      throw postgresStoreError(err, this.location);
    } finally {
      client.off('error', lost);
      // A connection that was lost or could not even roll back is discarded, not handed to the next query.
      client.release(broken);
    }
  }
}
