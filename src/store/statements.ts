import type Database from 'better-sqlite3';

// Every SQL statement the store runs, prepared once per connection.

const SUMMARY_SELECT = `
  SELECT d.id, d.guild, d.title, d.source, d.date, d.language,
         d.added_at, d.added_by, d.added_by_name, d.added_via,
         (SELECT count(*) FROM paragraphs p WHERE p.document_id = d.id) AS paragraphs,
         (SELECT count(*) FROM quotes q WHERE q.document_id = d.id) AS quotes,
         (SELECT count(*) FROM people h WHERE h.document_id = d.id) AS people
  FROM documents d`;

export type Statements = ReturnType<typeof prepare>;

export function prepare(db: Database.Database) {
  const p = (sql: string): Database.Statement => db.prepare(sql);
  return {
    findDuplicate: p(
      `SELECT id, title FROM documents
       WHERE id = @id OR (coalesce(guild, '') = coalesce(@guild, '') AND content_hash = @hash)`,
    ),
    findInCorpus: p('SELECT title FROM documents WHERE id = ? AND guild IS ?'),
    insertDocument: p(
      `INSERT INTO documents (id, guild, title, source, date, language, text, content_hash,
                              added_at, added_by, added_by_name, added_via)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertParagraph: p(
      'INSERT INTO paragraphs (document_id, ord, number, start, "end") VALUES (?, ?, ?, ?, ?)',
    ),
    insertQuote: p(
      `INSERT INTO quotes (document_id, ord, kind, quote, start, "end", speaker, role,
                           mention_text, mention_start, mention_end, cue, parts)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertPerson: p(
      'INSERT INTO people (document_id, ord, name, role, kind, aliases) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertAudit: p(
      `INSERT INTO audit (at, action, document_id, title, guild, actor_id, actor_name, via)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertChange: p('INSERT INTO changes (at, action, document_id, guild) VALUES (?, ?, ?, ?)'),
    deleteDocument: p('DELETE FROM documents WHERE id = ?'),
    listAll: p(`${SUMMARY_SELECT} ORDER BY d.rowid`),
    listCorpus: p(`${SUMMARY_SELECT} WHERE coalesce(d.guild, '') = coalesce(?, '') ORDER BY d.rowid`),
    getDocument: p('SELECT id, guild, title, source, date, language, text FROM documents WHERE id = ?'),
    getParagraphs: p('SELECT number, start, "end" FROM paragraphs WHERE document_id = ? ORDER BY ord'),
    getQuotes: p(
      `SELECT kind, quote, start, "end", speaker, role, mention_text, mention_start, mention_end, cue, parts
       FROM quotes WHERE document_id = ? ORDER BY ord`,
    ),
    getPeople: p('SELECT name, role, kind, aliases FROM people WHERE document_id = ? ORDER BY ord'),
    allIds: p('SELECT id FROM documents ORDER BY rowid').pluck(),
    changesSince: p(
      `SELECT seq, action, document_id AS documentId, guild, at FROM changes WHERE seq > ? ORDER BY seq`,
    ),
    latestSeq: p('SELECT coalesce(max(seq), 0) FROM changes').pluck(),
    putState: p(
      `INSERT INTO states (id, value, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
    ),
    getState: p('SELECT value FROM states WHERE id = ? AND expires_at > ?').pluck(),
    pruneStates: p('DELETE FROM states WHERE expires_at <= ?'),
    forgetHits: p('DELETE FROM rate_hits WHERE user_id = ? AND at <= ?'),
    recentHits: p('SELECT count(*) AS n, min(at) AS first FROM rate_hits WHERE user_id = ?'),
    addHit: p('INSERT INTO rate_hits (user_id, at) VALUES (?, ?)'),
    audit: p(
      `SELECT id, at, action, document_id, title, guild, actor_id, actor_name, via
       FROM audit ORDER BY id DESC LIMIT ?`,
    ),
  };
}
