import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../src/store/index.ts';
import { CLI, MOD, makeAnalysis, makeDoc } from './fixtures/documents.ts';
import { BACKENDS, collect, errorOf, rejectionOf, tempDir } from './helpers.ts';

describe.each(BACKENDS)('the $name store', (backend) => {
  const openFresh = async () => backend.open(await backend.place());

  it('round-trips a document and its analysis exactly', async () => {
    const store = await openFresh();
    const doc = makeDoc('wheat', null, 7);
    const analysis = makeAnalysis(doc);
    const { seq } = await store.add(doc, analysis, MOD);
    expect(seq).toBe(1);
    expect(await store.get(doc.id)).toStrictEqual({ doc, analysis });
    expect(await store.get('missing')).toBeNull();
    await store.close();
  });

  it('round-trips empty analyses and unicode text', async () => {
    const store = await openFresh();
    const doc = { ...makeDoc('x', '42', 1), text: '«Ça va», a dit M. Élysée 🙂', paragraphs: [] };
    await store.add(doc, { quotes: [], people: [] }, MOD);
    expect(await store.get(doc.id)).toStrictEqual({ doc, analysis: { quotes: [], people: [] } });
    await store.close();
  });

  it('lists a guild’s documents only for that guild, and global ones for null', async () => {
    const store = await openFresh();
    const global = makeDoc('global');
    const mine = makeDoc('mine', 'guild-a', 4);
    const theirs = makeDoc('theirs', 'guild-b');
    for (const d of [global, mine, theirs]) await store.add(d, makeAnalysis(d), MOD);

    expect((await store.list('guild-a')).map((d) => d.id)).toEqual([mine.id]);
    expect((await store.list('guild-b')).map((d) => d.id)).toEqual([theirs.id]);
    expect((await store.list(null)).map((d) => d.id)).toEqual([global.id]);
    expect((await store.list()).map((d) => d.id)).toEqual([global.id, mine.id, theirs.id]);

    const [summary] = await store.list('guild-a');
    expect(summary).toMatchObject({
      id: mine.id,
      title: mine.title,
      guild: 'guild-a',
      language: 'en',
      paragraphs: 4,
      quotes: 4,
      people: 2,
      addedBy: MOD,
    });
    expect(Date.parse(summary?.addedAt ?? '')).not.toBeNaN();
    await store.close();
  });

  it('refuses the same text twice in one corpus, changing nothing', async () => {
    const store = await openFresh();
    const doc = makeDoc('dup', 'guild-a');
    await store.add(doc, makeAnalysis(doc), MOD);
    const snapshot = async () => ({
      list: await store.list(),
      seq: await store.latestSeq(),
      audit: await store.auditLog(),
    });
    const before = await snapshot();

    // Same text under another id and title is still the same content.
    const again = { ...doc, id: 'other-id', title: 'Renamed' };
    const err = await rejectionOf(store.add(again, makeAnalysis(again), MOD));
    expect(err.code).toBe('duplicate');
    expect(err.documentId).toBe(doc.id);
    expect(err.message).toContain(doc.title);
    expect((await rejectionOf(store.add(doc, makeAnalysis(doc), MOD))).code).toBe('duplicate');

    expect(await snapshot()).toStrictEqual(before);
    expect(await store.get('other-id')).toBeNull();
    await store.close();
  });

  it('accepts the same text in another guild and in the global corpus', async () => {
    const store = await openFresh();
    const a = makeDoc('shared', 'guild-a');
    const b = makeDoc('shared', 'guild-b');
    const g = makeDoc('shared', null);
    for (const d of [a, b, g]) await store.add(d, makeAnalysis(d), MOD);
    expect(await store.list()).toHaveLength(3);
    const g2 = { ...g, id: 'global-again' };
    expect((await rejectionOf(store.add(g2, makeAnalysis(g2), CLI))).code).toBe('duplicate');
    await store.close();
  });

  it('removes a document and all its rows, only from its own corpus', async () => {
    const store = await openFresh();
    const global = makeDoc('global');
    const mine = makeDoc('mine', 'guild-a');
    for (const d of [global, mine]) await store.add(d, makeAnalysis(d), CLI);

    expect((await rejectionOf(store.remove(global.id, 'guild-a', MOD))).code).toBe('not_found');
    expect((await rejectionOf(store.remove(mine.id, 'guild-b', MOD))).code).toBe('not_found');
    expect((await rejectionOf(store.remove(mine.id, null, CLI))).code).toBe('not_found');
    expect(await store.latestSeq()).toBe(2);

    expect(await store.remove(mine.id, 'guild-a', MOD)).toEqual({ seq: 3, title: mine.title });
    expect(await store.get(mine.id)).toBeNull();
    expect(await store.list('guild-a')).toEqual([]);
    expect((await rejectionOf(store.remove(mine.id, 'guild-a', MOD))).code).toBe('not_found');

    expect((await store.remove(global.id, null, CLI)).seq).toBe(4);
    expect(await store.list()).toEqual([]);
    // The same text can come back after removal.
    await store.add(mine, makeAnalysis(mine), MOD);
    expect((await store.get(mine.id))?.doc).toStrictEqual(mine);
    await store.close();
  });

  it('writes an audit row and a change row per add and remove', async () => {
    const store = await openFresh();
    const doc = makeDoc('audited', 'guild-a');
    await store.add(doc, makeAnalysis(doc), MOD);
    await store.remove(doc.id, 'guild-a', { id: '2002', via: 'discord' });

    const audit = await store.auditLog();
    expect(audit.map(({ id: _, at: __, ...rest }) => rest)).toEqual([
      {
        action: 'remove',
        documentId: doc.id,
        title: doc.title,
        guild: 'guild-a',
        actor: { id: '2002', via: 'discord' },
      },
      { action: 'add', documentId: doc.id, title: doc.title, guild: 'guild-a', actor: MOD },
    ]);
    expect((await store.changesSince(0)).map(({ at: _, ...c }) => c)).toEqual([
      { seq: 1, action: 'add', documentId: doc.id, guild: 'guild-a' },
      { seq: 2, action: 'remove', documentId: doc.id, guild: 'guild-a' },
    ]);
    expect((await store.changesSince(1)).map((c) => c.seq)).toEqual([2]);
    expect(await store.changesSince(2)).toEqual([]);
    expect(await store.latestSeq()).toBe(2);
    await store.close();
  });

  it('iterates all documents in the order they were added', async () => {
    const store = await openFresh();
    const docs = [makeDoc('a'), makeDoc('b', 'g'), makeDoc('c')];
    for (const d of docs) await store.add(d, makeAnalysis(d), CLI);
    await store.remove(docs[1]?.id ?? '', 'g', CLI);
    expect((await collect(store.all())).map((s) => s.doc)).toStrictEqual([docs[0], docs[2]]);
    await store.close();
  });

  it('keeps short-lived state until it expires, across a reopen', async () => {
    const place = await backend.place();
    const first = await backend.open(place);
    const value = JSON.stringify({ question: 'who said it?', guild: 'guild-a', page: 2 });
    await first.putState('abc', value, Date.now() + 60_000);
    await first.putState('old', '"gone"', Date.now() - 1);
    expect(await first.getState('abc')).toBe(value);
    expect(await first.getState('old')).toBeNull();
    expect(await first.getState('missing')).toBeNull();
    await first.close();
    const second = await backend.open(place);
    expect(await second.getState('abc')).toBe(value);
    await second.putState('abc', '"replaced"', Date.now() + 60_000);
    expect(await second.getState('abc')).toBe('"replaced"');
    await second.close();
  });

  it('counts a user’s commands in a sliding window, atomically', async () => {
    const store = await openFresh();
    const takes = await Promise.all([1, 2, 3].map(() => store.takeRate('u', 2, 10_000)));
    expect(takes.filter((wait) => wait === 0)).toHaveLength(2);
    const refused = takes.find((wait) => wait > 0) ?? 0;
    expect(refused).toBeGreaterThan(9_000);
    expect(refused).toBeLessThanOrEqual(10_000);
    expect(await store.takeRate('other', 2, 10_000)).toBe(0);
    // A window that has passed counts nothing: the two commands above are older than 5 ms by now.
    await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await store.takeRate('u', 2, 5)).toBe(0);
    await store.close();
  });

  it('persists across close and reopen', async () => {
    const place = await backend.place();
    const doc = makeDoc('kept');
    const first = await backend.open(place);
    await first.add(doc, makeAnalysis(doc), CLI);
    await first.close();
    const second = await backend.open(place);
    expect((await second.get(doc.id))?.doc).toStrictEqual(doc);
    expect(await second.latestSeq()).toBe(1);
    await second.close();
  });
});

describe('the SQLite document store', () => {
  it('batch: a failure anywhere undoes every add in it', () => {
    const store = DocumentStore.open(tempDir());
    const a = makeDoc('a');
    const b = makeDoc('b');
    store.add(b, makeAnalysis(b), CLI);
    const err = errorOf(() =>
      store.batch(() => {
        store.add(a, makeAnalysis(a), CLI);
        store.add(b, makeAnalysis(b), CLI); // duplicate
      }),
    );
    expect(err.code).toBe('duplicate');
    expect(store.get(a.id)).toBeNull();
    expect(store.latestSeq()).toBe(1);
    store.close();
  });

  it('creates missing directories', () => {
    const dir = `${tempDir()}/nested/data`;
    const doc = makeDoc('kept');
    const store = DocumentStore.open(dir);
    store.add(doc, makeAnalysis(doc), CLI);
    expect(store.get(doc.id)?.doc).toStrictEqual(doc);
    store.close();
  });
});
