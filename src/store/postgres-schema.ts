import type pg from 'pg';
import { StoreError } from './errors.ts';
import { DAILY_QUOTE_COLUMNS, SETTINGS_TABLES } from './settings.ts';

/**
 * The PostgreSQL schema's history, oldest first; the same tables as the SQLite store's. The
 * applied version is kept in `verbatim_schema`. Never edit a released migration: append one.
 */
export const PG_MIGRATIONS: readonly { version: number; description: string; sql: string }[] = [
  {
    version: 1,
    description: 'documents, paragraphs, quotes, people, audit, changes',
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        -- Insertion order, for listing oldest first (SQLite's rowid).
        row_order BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        guild TEXT,
        title TEXT NOT NULL,
        source TEXT,
        date TEXT,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT,
        added_by_name TEXT,
        added_via TEXT
      );
      -- One copy of a text per corpus, enforced by the server for every process at once;
      -- NULL (the global corpus) is folded to '' because a plain UNIQUE treats NULLs as distinct.
      CREATE UNIQUE INDEX documents_corpus_hash ON documents ((coalesce(guild, '')), content_hash);

      CREATE TABLE paragraphs (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        number INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (document_id, ord)
      );

      CREATE TABLE quotes (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        kind TEXT NOT NULL,
        quote TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        speaker TEXT,
        role TEXT,
        mention_text TEXT,
        mention_start INTEGER,
        mention_end INTEGER,
        cue TEXT,
        parts TEXT, -- JSON array of {start, end}; NULL when the attribution has none
        PRIMARY KEY (document_id, ord)
      );

      CREATE TABLE people (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT,
        kind TEXT NOT NULL,
        aliases TEXT NOT NULL, -- JSON array of strings
        PRIMARY KEY (document_id, ord)
      );

      -- No foreign key: the audit trail outlives the documents it mentions.
      CREATE TABLE audit (
        id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('add', 'remove')),
        document_id TEXT NOT NULL,
        title TEXT NOT NULL,
        guild TEXT,
        actor_id TEXT NOT NULL,
        actor_name TEXT,
        via TEXT NOT NULL
      );

      CREATE TABLE changes (
        seq INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('add', 'remove')),
        document_id TEXT NOT NULL,
        guild TEXT
      );
    `,
  },
  {
    version: 2,
    description: 'short-lived interaction state (paging), shared by processes and kept across restarts',
    sql: `
      CREATE TABLE states (
        id TEXT PRIMARY KEY,
        value TEXT NOT NULL, -- JSON
        expires_at BIGINT NOT NULL -- ms since the epoch
      );
      CREATE INDEX states_expiry ON states (expires_at);
    `,
  },
  {
    version: 3,
    description: 'per-user command times, for a rate limit that holds across processes and restarts',
    sql: `
      CREATE TABLE rate_hits (
        user_id TEXT NOT NULL,
        at BIGINT NOT NULL -- ms since the epoch
      );
      CREATE INDEX rate_hits_user ON rate_hits (user_id, at);
    `,
  },
  {
    version: 4,
    description: 'per-server settings and their audit trail',
    sql: SETTINGS_TABLES.replace(
      'id INTEGER PRIMARY KEY AUTOINCREMENT',
      'id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
    ),
  },
  {
    version: 5,
    description: 'quote of the day: its schedule and the last day posted, per server',
    sql: DAILY_QUOTE_COLUMNS,
  },
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;

/** Any constant both sides agree on: a transaction-scoped advisory lock key. */
const MIGRATION_LOCK = 0x76657262; // "verb"

/**
 * Brings the database up to PG_SCHEMA_VERSION in one transaction. The advisory lock makes
 * processes that start together migrate once; the others wait and then find it done.
 */
export async function migratePostgres(client: pg.ClientBase, location: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS verbatim_schema (version INTEGER NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM verbatim_schema');
    const from = rows[0]?.version ?? 0;
    if (from > PG_SCHEMA_VERSION) {
      throw new StoreError(
        'incompatible',
        `The document store (${location}) was written by a newer Verbatim (schema v${from}; this one knows v${PG_SCHEMA_VERSION}). Upgrade this process.`,
      );
    }
    for (const m of PG_MIGRATIONS) if (m.version > from) await client.query(m.sql);
    if (rows.length === 0) await client.query('INSERT INTO verbatim_schema VALUES ($1)', [PG_SCHEMA_VERSION]);
    else await client.query('UPDATE verbatim_schema SET version = $1', [PG_SCHEMA_VERSION]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
