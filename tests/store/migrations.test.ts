import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DocumentStore, SCHEMA_VERSION, STORE_FILE, StoreError } from '../../src/store/index.ts';
import { MOD, makeAnalysis, makeDoc } from './fixtures/documents.ts';
import { tempDir } from './helpers.ts';

// The v1 layout exactly as the first release wrote it, frozen here on purpose: if someone
// edits migration 1, this test still checks that real v1 stores upgrade.
const V1_SCHEMA = `
  CREATE TABLE documents (id TEXT PRIMARY KEY, guild TEXT, title TEXT NOT NULL, source TEXT, date TEXT,
    language TEXT NOT NULL, text TEXT NOT NULL, content_hash TEXT NOT NULL, added_at TEXT NOT NULL);
  CREATE UNIQUE INDEX documents_corpus_hash ON documents (coalesce(guild, ''), content_hash);
  CREATE TABLE paragraphs (document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, number INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY (document_id, ord)) WITHOUT ROWID;
  CREATE TABLE quotes (document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, kind TEXT NOT NULL, quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    speaker TEXT, role TEXT, mention_text TEXT, mention_start INTEGER, mention_end INTEGER, cue TEXT,
    PRIMARY KEY (document_id, ord)) WITHOUT ROWID;
  CREATE TABLE people (document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, name TEXT NOT NULL, role TEXT, kind TEXT NOT NULL, aliases TEXT NOT NULL,
    PRIMARY KEY (document_id, ord)) WITHOUT ROWID;
  CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('add', 'remove')), document_id TEXT NOT NULL, title TEXT NOT NULL,
    guild TEXT, actor_id TEXT NOT NULL, actor_name TEXT, via TEXT NOT NULL);
  PRAGMA user_version = 1;
`;

/** What a v1 store could hold: attributions had no `parts` yet. */
function v1Analysis(doc: ReturnType<typeof makeDoc>) {
  const { quotes, people } = makeAnalysis(doc);
  return { quotes: quotes.map(({ parts: _, ...q }) => q), people };
}

/** Writes a v1 store by hand (no store code involved) holding `docs`, each added by MOD. */
function writeV1Store(dir: string, docs: ReturnType<typeof makeDoc>[]): void {
  const db = new Database(join(dir, STORE_FILE));
  db.exec(V1_SCHEMA);
  const at = '2024-01-02T03:04:05.000Z';
  for (const doc of docs) {
    const { quotes, people } = v1Analysis(doc);
    db.prepare('INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      doc.id,
      doc.guild,
      doc.title,
      doc.source,
      doc.date,
      doc.language,
      doc.text,
      `hash-of-${doc.id}`,
      at,
    );
    doc.paragraphs.forEach((p, i) => {
      db.prepare('INSERT INTO paragraphs VALUES (?, ?, ?, ?, ?)').run(doc.id, i, p.number, p.start, p.end);
    });
    quotes.forEach((q, i) => {
      db.prepare('INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        doc.id,
        i,
        q.kind,
        q.quote,
        q.start,
        q.end,
        q.speaker,
        q.role,
        q.mention?.text ?? null,
        q.mention?.start ?? null,
        q.mention?.end ?? null,
        q.cue,
      );
    });
    people.forEach((p, i) => {
      db.prepare('INSERT INTO people VALUES (?, ?, ?, ?, ?, ?)').run(
        doc.id,
        i,
        p.name,
        p.role,
        p.kind,
        JSON.stringify(p.aliases),
      );
    });
    db.prepare(
      'INSERT INTO audit (at, action, document_id, title, guild, actor_id, actor_name, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(at, 'add', doc.id, doc.title, doc.guild, MOD.id, MOD.name, MOD.via);
  }
  db.close();
}

describe('migrations', () => {
  it('opens a v1 store, migrates it, and finds every document intact', () => {
    const dir = tempDir();
    const docs = [makeDoc('old-global', null, 5), makeDoc('old-guild', 'guild-a')];
    writeV1Store(dir, docs);

    const store = DocumentStore.open(dir);
    for (const doc of docs) {
      expect(store.get(doc.id)).toStrictEqual({ doc, analysis: v1Analysis(doc) });
    }
    // v3 backfilled who added each document from the v1 audit trail.
    expect(store.list().map((d) => [d.id, d.addedBy, d.addedAt])).toEqual(
      docs.map((d) => [d.id, MOD, '2024-01-02T03:04:05.000Z']),
    );
    // v2's change feed works on the upgraded store.
    expect(store.latestSeq()).toBe(0);
    const fresh = makeDoc('new', 'guild-a');
    expect(store.add(fresh, makeAnalysis(fresh), MOD).seq).toBe(1);
    expect(store.remove(docs[1]?.id ?? '', 'guild-a', MOD).seq).toBe(2);
    store.close();

    const db = new Database(join(dir, STORE_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    // Reopening an up-to-date store changes nothing.
    const again = DocumentStore.open(dir);
    expect(again.list().map((d) => d.id)).toEqual([docs[0]?.id, fresh.id]);
    again.close();
  });

  it('a read-only open of an old store asks for one writable open instead of failing obscurely', () => {
    const dir = tempDir();
    writeV1Store(dir, [makeDoc('old')]);
    const err = (() => {
      try {
        DocumentStore.open(dir, { readonly: true });
      } catch (e) {
        return e as StoreError;
      }
    })();
    expect(err).toBeInstanceOf(StoreError);
    expect(err?.code).toBe('read_only');
    expect(err?.message).toMatch(/v1.*upgrading/);
  });

  it('refuses a store written by a newer schema, leaving it untouched', () => {
    const dir = tempDir();
    const store = DocumentStore.open(dir);
    store.close();
    const db = new Database(join(dir, STORE_FILE));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => DocumentStore.open(dir)).toThrow(expect.objectContaining({ code: 'incompatible' }));
    const check = new Database(join(dir, STORE_FILE), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    check.close();
  });
});
