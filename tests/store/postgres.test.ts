import pg from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CHANGE_FEED_LOCK, type Change, PostgresStore, type StoreError } from '../../src/store/index.ts';
import { freshDatabase, postgresUrl } from '../postgres/databases.ts';
import { CLI, MOD, makeAnalysis, makeDoc } from './fixtures/documents.ts';
import { spawnChild } from './helpers.ts';

const EARLIER = ['one', 'two', 'three'];
const HELD_PARAGRAPHS = 20_000;

async function seeded(): Promise<{ url: string; store: PostgresStore }> {
  const url = await freshDatabase();
  const store = await PostgresStore.open(url);
  onTestFinished(() => store.close());
  for (const seed of EARLIER) {
    const doc = makeDoc(seed, null, 50);
    await store.add(doc, makeAnalysis(doc), CLI);
  }
  return { url, store };
}

/** A raw connection for looking under the store: locks, backends, row counts. */
async function raw(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  onTestFinished(() => client.end());
  return client;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!postgresUrl)('the PostgreSQL store across processes', { timeout: 60_000 }, () => {
  it('SIGKILL of a writer mid-add, rows written but not committed, leaves the add absent', async () => {
    const { url, store } = await seeded();
    const admin = await raw(url);
    // Holding the change-feed lock stops the writer just before its change row, after every
    // document row is written: the kill lands mid-transaction every time, not by luck.
    await admin.query('SELECT pg_advisory_lock($1)', [CHANGE_FEED_LOCK]);
    const child = spawnChild(['pg-add', url, 'held', String(HELD_PARAGRAPHS)]);
    const heldId = (await child.next(/^adding /)).line.split(' ')[1] ?? '';
    const writer = await until('the writer to block mid-transaction', async () => {
      const { rows } = await admin.query<{ pid: number }>(
        `SELECT a.pid FROM pg_stat_activity a
         WHERE a.wait_event = 'advisory' AND a.xact_start IS NOT NULL
           AND EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                       WHERE l.pid = a.pid AND c.relname = 'paragraphs' AND l.mode = 'RowExclusiveLock')`,
      );
      return rows[0]?.pid;
    });
    child.proc.kill('SIGKILL');
    expect((await child.exited).signal).toBe('SIGKILL');
    await admin.query('SELECT pg_advisory_unlock($1)', [CHANGE_FEED_LOCK]);
    // The server rolls the orphaned transaction back when it finds the client gone.
    await until('the dead writer’s session to end', async () => {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [writer]);
      return rowCount === 0 ? true : undefined;
    });

    expect(await store.get(heldId)).toBeNull();
    for (const table of ['paragraphs', 'quotes', 'people']) {
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM ${table} WHERE document_id = $1`, [
        heldId,
      ]);
      expect(rows[0].n, table).toBe(0);
    }
    expect(await store.list()).toHaveLength(EARLIER.length);
    expect(await store.latestSeq()).toBe(EARLIER.length);
    expect(await store.auditLog()).toHaveLength(EARLIER.length);
    const held = makeDoc('held', null, HELD_PARAGRAPHS);
    expect((await store.add(held, makeAnalysis(held), CLI)).seq).toBe(EARLIER.length + 1);
  });

  it('a connection dropped mid-add leaves the add absent and says the store could not be reached', async () => {
    const { url, store } = await seeded();
    const admin = await raw(url);
    await admin.query('SELECT pg_advisory_lock($1)', [CHANGE_FEED_LOCK]);
    const held = makeDoc('cut-off', null, 500);
    const adding = store.add(held, makeAnalysis(held), CLI).then(
      () => null,
      (err: unknown) => err as StoreError,
    );
    const writer = await until('the add to block mid-transaction', async () => {
      const { rows } = await admin.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE wait_event = 'advisory' AND xact_start IS NOT NULL`,
      );
      return rows[0]?.pid;
    });
    await admin.query('SELECT pg_terminate_backend($1)', [writer]);
    await admin.query('SELECT pg_advisory_unlock($1)', [CHANGE_FEED_LOCK]);

    const err = await adding;
    expect(err?.code).toBe('unavailable');
    expect(err?.message).toMatch(/can't be reached.*try again/i);
    expect(err?.message).not.toContain('verbatim-tests'); // the password
    expect(await store.get(held.id)).toBeNull();
    expect(await store.latestSeq()).toBe(EARLIER.length);
    // The pool replaced the dead connection: the retry lands.
    expect((await store.add(held, makeAnalysis(held), CLI)).seq).toBe(EARLIER.length + 1);
  });

  it('two processes adding the same text at once: one lands, the other is refused as a duplicate', async () => {
    const { url, store } = await seeded();
    const other = await PostgresStore.open(url);
    onTestFinished(() => other.close());
    const doc = makeDoc('raced', 'guild-a', 400);
    const results = await Promise.allSettled([
      store.add(doc, makeAnalysis(doc), MOD),
      other.add({ ...doc, id: 'other-id' }, makeAnalysis(doc), CLI),
    ]);
    const codes = results.map((r) =>
      r.status === 'fulfilled' ? 'ok' : (r.reason as { code?: string }).code,
    );
    expect(codes.sort()).toEqual(['duplicate', 'ok']);
    expect((await store.list('guild-a')).map((d) => d.title)).toEqual([doc.title]);
  });

  it('a second process follows adds and removes through LISTEN/NOTIFY within a second', async () => {
    const { url, store } = await seeded();
    const follower = spawnChild(['pg-follow', url]);
    expect((await follower.next(/^ready /)).line).toBe(`ready ${EARLIER.length}`);
    // LISTEN is issued just after "ready"; give it a moment so the first add isn't only caught by the connect-time read.
    await new Promise((r) => setTimeout(r, 300));

    const seen = async (seq: number) => {
      const started = Date.now();
      const { line, at } = await follower.next(new RegExp(`"seq":${seq},`), 5000);
      return { change: JSON.parse(line) as Change, ms: at - started };
    };
    const doc = makeDoc('followed', 'guild-a');
    const added = await store.add(doc, makeAnalysis(doc), MOD);
    const onAdd = await seen(added.seq);
    expect(onAdd.change).toMatchObject({ action: 'add', documentId: doc.id, guild: 'guild-a' });
    expect(onAdd.ms).toBeLessThan(1000);

    const removed = await store.remove(doc.id, 'guild-a', MOD);
    const onRemove = await seen(removed.seq);
    expect(onRemove.change).toMatchObject({ action: 'remove', documentId: doc.id });
    expect(onRemove.ms).toBeLessThan(1000);

    // The follower's connection is cut; what is added meanwhile arrives after it reconnects.
    const admin = await raw(url);
    const { rows } = await admin.query<{ cut: boolean }>(
      `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity
       WHERE query LIKE 'LISTEN%' AND datname = current_database()`,
    );
    expect(rows.map((r) => r.cut)).toEqual([true]);
    const late = makeDoc('while-cut', 'guild-b');
    const lateAdd = await store.add(late, makeAnalysis(late), MOD);
    expect((await seen(lateAdd.seq)).change).toMatchObject({ action: 'add', documentId: late.id });

    // Exactly those, in order: nothing earlier replayed, nothing twice.
    const changes = follower.lines.filter((l) => l.startsWith('{')).map((l) => (JSON.parse(l) as Change).seq);
    expect(changes).toEqual([added.seq, removed.seq, lateAdd.seq]);
  });

  it('two processes adding at the same time both land every document, seqs in commit order', async () => {
    const { url, store } = await seeded();
    const writers = ['guild-a', 'guild-b'].map((guild) => spawnChild(['pg-add-many', url, guild, '10']));
    await Promise.all(writers.map((w) => w.next(/^done$/)));
    expect(await store.list()).toHaveLength(EARLIER.length + 20);
    expect((await store.changesSince(0)).map((c) => c.seq)).toEqual(
      Array.from({ length: EARLIER.length + 20 }, (_, i) => i + 1),
    );
  });
});
