import type { Database } from 'better-sqlite3';
import { StoreError } from './errors.ts';
import { DAILY_QUOTE_COLUMNS, SETTINGS_TABLES } from './settings.ts';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/**
 * The schema's history, oldest first. A store records the last applied version in
 * `PRAGMA user_version`; opening it applies the rest. Never edit a released migration:
 * stores in the wild were built by it. Append a new one instead.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, paragraphs, quotes, people, audit',
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        guild TEXT,
        title TEXT NOT NULL,
        source TEXT,
        date TEXT,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        added_at TEXT NOT NULL
      );
      -- One copy of a text per corpus; NULL (the global corpus) is folded to '' because
      -- a plain UNIQUE treats every NULL as distinct. Discord guild ids are never ''.
      CREATE UNIQUE INDEX documents_corpus_hash ON documents (coalesce(guild, ''), content_hash);

      CREATE TABLE paragraphs (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        number INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (document_id, ord)
      ) WITHOUT ROWID;

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
        PRIMARY KEY (document_id, ord)
      ) WITHOUT ROWID;

      CREATE TABLE people (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT,
        kind TEXT NOT NULL,
        aliases TEXT NOT NULL, -- JSON array of strings
        PRIMARY KEY (document_id, ord)
      ) WITHOUT ROWID;

      -- No foreign key: the audit trail outlives the documents it mentions.
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('add', 'remove')),
        document_id TEXT NOT NULL,
        title TEXT NOT NULL,
        guild TEXT,
        actor_id TEXT NOT NULL,
        actor_name TEXT,
        via TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'changes feed that other processes poll',
    // AUTOINCREMENT: a seq is never reused, so a follower's "seen up to" stays meaningful.
    sql: `
      CREATE TABLE changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('add', 'remove')),
        document_id TEXT NOT NULL,
        guild TEXT
      );
    `,
  },
  {
    version: 3,
    description: 'who added each document, backfilled from the audit trail',
    sql: `
      ALTER TABLE documents ADD COLUMN added_by TEXT;
      ALTER TABLE documents ADD COLUMN added_by_name TEXT;
      ALTER TABLE documents ADD COLUMN added_via TEXT;
      -- max(id) makes the bare columns come from each document's latest 'add'.
      UPDATE documents
        SET added_by = a.actor_id, added_by_name = a.actor_name, added_via = a.via
        FROM (
          SELECT document_id, actor_id, actor_name, via, max(id)
          FROM audit WHERE action = 'add' GROUP BY document_id
        ) AS a
        WHERE a.document_id = documents.id;
    `,
  },
  {
    version: 4,
    description: 'pieces of an interrupted or multi-paragraph direct quote',
    // JSON array of {start, end}; NULL where the attribution has no `parts`.
    sql: 'ALTER TABLE quotes ADD COLUMN parts TEXT;',
  },
  {
    version: 5,
    description: 'short-lived interaction state (paging), shared by processes and kept across restarts',
    sql: `
      CREATE TABLE states (
        id TEXT PRIMARY KEY,
        value TEXT NOT NULL, -- JSON
        expires_at INTEGER NOT NULL -- ms since the epoch
      );
      CREATE INDEX states_expiry ON states (expires_at);
    `,
  },
  {
    version: 6,
    description: 'per-user command times, for a rate limit that holds across processes and restarts',
    sql: `
      CREATE TABLE rate_hits (
        user_id TEXT NOT NULL,
        at INTEGER NOT NULL -- ms since the epoch
      );
      CREATE INDEX rate_hits_user ON rate_hits (user_id, at);
    `,
  },
  {
    version: 7,
    description: 'per-server settings and their audit trail',
    sql: SETTINGS_TABLES,
  },
  {
    version: 8,
    description: 'quote of the day: its schedule and the last day posted, per server',
    sql: DAILY_QUOTE_COLUMNS,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a store written by newer code: this code would misread or damage it. */
export function assertKnownVersion(db: Database, file: string): number {
  const version = schemaVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new StoreError(
      'incompatible',
      `The document store (${file}) was written by a newer Verbatim (schema v${version}; this one knows v${SCHEMA_VERSION}). Upgrade this process.`,
    );
  }
  return version;
}

/** Brings the store up to SCHEMA_VERSION, all or nothing. */
export function migrate(db: Database, file: string): void {
  if (assertKnownVersion(db, file) === SCHEMA_VERSION) return;
  // IMMEDIATE takes the write lock first and the version is re-read inside, so two
  // processes opening an old store at once migrate it exactly once.
  db.transaction(() => {
    const from = assertKnownVersion(db, file);
    for (const m of MIGRATIONS) if (m.version > from) db.exec(m.sql);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
