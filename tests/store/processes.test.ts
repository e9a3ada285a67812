import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type Change, DocumentStore, STORE_FILE } from '../../src/store/index.ts';
import { CLI, MOD, makeAnalysis, makeDoc } from './fixtures/documents.ts';
import { spawnChild, tempDir } from './helpers.ts';

const EARLIER = ['one', 'two', 'three'];
/** Big enough (~10 MB of rows) that SQLite's page cache overflows into the WAL before commit. */
const HELD_PARAGRAPHS = 60_000;

function seededDir(): string {
  const dir = tempDir();
  const store = DocumentStore.open(dir);
  for (const seed of EARLIER) {
    const doc = makeDoc(seed, null, 50);
    store.add(doc, makeAnalysis(doc), CLI);
  }
  store.close();
  return dir;
}

/** Low-level checks with a raw connection: file sound, no rows left without their document. */
function checkFile(dir: string): void {
  const db = new Database(join(dir, STORE_FILE), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    for (const table of ['paragraphs', 'quotes', 'people']) {
      const orphans = db
        .prepare(`SELECT count(*) FROM ${table} WHERE document_id NOT IN (SELECT id FROM documents)`)
        .pluck()
        .get();
      expect(orphans, table).toBe(0);
    }
  } finally {
    db.close();
  }
}

function expectEarlierIntact(store: DocumentStore): void {
  for (const seed of EARLIER) {
    const doc = makeDoc(seed, null, 50);
    expect(store.get(doc.id)).toStrictEqual({ doc, analysis: makeAnalysis(doc) });
  }
}

describe('a writer killed mid-add', () => {
  it('SIGKILL inside an open transaction leaves the store sound and the add absent', async () => {
    const dir = seededDir();
    // The child wraps store.add in store.batch (public API) and announces "inside" only after
    // add has written every row, with the transaction still open; then it blocks. So the kill
    // lands mid-transaction every time, not by luck of timing. The document is large enough
    // that SQLite spills uncommitted pages to the WAL, so recovery has real debris to ignore.
    const child = spawnChild(['hold', dir, String(HELD_PARAGRAPHS)]);
    const { line } = await child.next(/^inside /);
    const heldId = line.split(' ')[1] ?? '';
    // The seeded store was closed (WAL checkpointed and emptied), so these bytes are the held add's.
    expect(statSync(join(dir, `${STORE_FILE}-wal`)).size).toBeGreaterThan(0);
    child.proc.kill('SIGKILL');
    expect((await child.exited).signal).toBe('SIGKILL');

    checkFile(dir);
    const store = DocumentStore.open(dir);
    expectEarlierIntact(store);
    expect(store.get(heldId)).toBeNull();
    expect(store.list()).toHaveLength(EARLIER.length);
    expect(store.latestSeq()).toBe(EARLIER.length);
    expect(store.auditLog()).toHaveLength(EARLIER.length);
    // The dead writer's lock is gone: the same document can now be added.
    const held = makeDoc('held', null, HELD_PARAGRAPHS);
    expect(store.add(held, makeAnalysis(held), CLI).seq).toBe(EARLIER.length + 1);
    store.close();
    checkFile(dir);
  });

  it('SIGKILL during back-to-back large adds: each document is wholly present or wholly absent', async () => {
    const dir = seededDir();
    // Here the kill falls wherever the child happens to be, most likely inside the third add.
    const child = spawnChild(['loop', dir, '3000']);
    await child.next(new RegExp(`^added ${makeDoc('loop-1', null, 3000).id}$`));
    child.proc.kill('SIGKILL');
    await child.exited;
    const announced = child.lines.map((l) => l.slice('added '.length));
    expect(announced.length).toBeGreaterThanOrEqual(2);

    checkFile(dir);
    const store = DocumentStore.open(dir);
    expectEarlierIntact(store);
    const stored = store.list(null).filter((d) => d.title.startsWith('Report on loop-'));
    // Every committed add survived the kill; anything stored is complete, rows and all.
    expect(stored.map((d) => d.id).slice(0, announced.length)).toEqual(announced);
    for (const summary of stored) {
      const doc = makeDoc(summary.title.slice('Report on '.length), null, 3000);
      expect(store.get(summary.id)).toStrictEqual({ doc, analysis: makeAnalysis(doc) });
    }
    expect(store.latestSeq()).toBe(EARLIER.length + stored.length);
    store.close();
  });
});

describe('several processes', () => {
  it('two processes adding at the same time both land every document', async () => {
    const dir = seededDir();
    const a = spawnChild(['add-many', dir, 'guild-a', '25']);
    const b = spawnChild(['add-many', dir, 'guild-b', '25']);
    await Promise.all([a.next(/^ready$/), b.next(/^ready$/)]);
    writeFileSync(join(dir, 'go'), '');
    await Promise.all([a.next(/^done$/), b.next(/^done$/)]);

    const store = DocumentStore.open(dir);
    expect(store.list('guild-a')).toHaveLength(25);
    expect(store.list('guild-b')).toHaveLength(25);
    expect(store.changesSince(0).map((c) => c.seq)).toEqual(
      Array.from({ length: EARLIER.length + 50 }, (_, i) => i + 1),
    );
    store.close();
    checkFile(dir);
  });

  it('a process opening a new store while another is creating it waits instead of failing busy', async () => {
    const dir = tempDir();
    const creator = spawnChild(['lock-new', dir, '300']);
    await creator.next(/^locked$/);
    const store = DocumentStore.open(dir);
    await creator.next(/^released$/);
    const doc = makeDoc('after-wait', null);
    expect(store.add(doc, makeAnalysis(doc), CLI).seq).toBe(1);
    store.close();
    checkFile(dir);
  });

  it('a second process follows adds and removes within a second', async () => {
    const dir = seededDir();
    const store = DocumentStore.open(dir);
    const follower = spawnChild(['follow', dir, '100']);
    expect((await follower.next(/^ready /)).line).toBe(`ready ${EARLIER.length}`);

    const seen = async (seq: number): Promise<{ change: Change; ms: number }> => {
      const started = performance.now();
      const { line } = await follower.next(new RegExp(`"seq":${seq},`), 5000);
      return { change: JSON.parse(line), ms: performance.now() - started };
    };

    const doc = makeDoc('followed', 'guild-a');
    const added = store.add(doc, makeAnalysis(doc), MOD);
    const onAdd = await seen(added.seq);
    expect(onAdd.change).toMatchObject({
      seq: added.seq,
      action: 'add',
      documentId: doc.id,
      guild: 'guild-a',
    });
    expect(onAdd.ms).toBeLessThan(1000);

    const removed = store.remove(doc.id, 'guild-a', MOD);
    const onRemove = await seen(removed.seq);
    expect(onRemove.change).toMatchObject({ seq: removed.seq, action: 'remove', documentId: doc.id });
    expect(onRemove.ms).toBeLessThan(1000);

    // Exactly those two, in order: nothing earlier replayed, nothing twice.
    expect(follower.lines.slice(1).map((l) => (JSON.parse(l) as Change).seq)).toEqual([
      added.seq,
      removed.seq,
    ]);
    store.close();
  });
});
