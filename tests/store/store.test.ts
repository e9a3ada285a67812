import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../src/store/index.ts';
import { CLI, MOD, makeAnalysis, makeDoc } from './fixtures/documents.ts';
import { errorOf, tempDir } from './helpers.ts';

function openFresh() {
  const store = DocumentStore.open(tempDir());
  return store;
}

describe('DocumentStore', () => {
  it('round-trips a document and its analysis exactly', () => {
    const store = openFresh();
    const doc = makeDoc('wheat', null, 7);
    const analysis = makeAnalysis(doc);
    const { seq } = store.add(doc, analysis, MOD);
    expect(seq).toBe(1);
    expect(store.get(doc.id)).toStrictEqual({ doc, analysis });
    expect(store.get('missing')).toBeNull();
    store.close();
  });

  it('round-trips empty analyses and unicode text', () => {
    const store = openFresh();
    const doc = { ...makeDoc('x', '42', 1), text: '«Ça va», a dit M. Élysée 🙂', paragraphs: [] };
    store.add(doc, { quotes: [], people: [] }, MOD);
    expect(store.get(doc.id)).toStrictEqual({ doc, analysis: { quotes: [], people: [] } });
    store.close();
  });

  it('lists a guild’s documents only for that guild, and global ones for null', () => {
    const store = openFresh();
    const global = makeDoc('global');
    const mine = makeDoc('mine', 'guild-a', 4);
    const theirs = makeDoc('theirs', 'guild-b');
    for (const d of [global, mine, theirs]) store.add(d, makeAnalysis(d), MOD);

    expect(store.list('guild-a').map((d) => d.id)).toEqual([mine.id]);
    expect(store.list('guild-b').map((d) => d.id)).toEqual([theirs.id]);
    expect(store.list(null).map((d) => d.id)).toEqual([global.id]);
    expect(store.list().map((d) => d.id)).toEqual([global.id, mine.id, theirs.id]);

    const [summary] = store.list('guild-a');
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
    store.close();
  });

  it('refuses the same text twice in one corpus, changing nothing', () => {
    const store = openFresh();
    const doc = makeDoc('dup', 'guild-a');
    store.add(doc, makeAnalysis(doc), MOD);
    const before = { list: store.list(), seq: store.latestSeq(), audit: store.auditLog() };

    // Same text under another id and title is still the same content.
    const again = { ...doc, id: 'other-id', title: 'Renamed' };
    const err = errorOf(() => store.add(again, makeAnalysis(again), MOD));
    expect(err.code).toBe('duplicate');
    expect(err.documentId).toBe(doc.id);
    expect(err.message).toContain(doc.title);
    expect(errorOf(() => store.add(doc, makeAnalysis(doc), MOD)).code).toBe('duplicate');

    expect({ list: store.list(), seq: store.latestSeq(), audit: store.auditLog() }).toStrictEqual(before);
    expect(store.get('other-id')).toBeNull();
    store.close();
  });

  it('accepts the same text in another guild and in the global corpus', () => {
    const store = openFresh();
    const a = makeDoc('shared', 'guild-a');
    const b = makeDoc('shared', 'guild-b');
    const g = makeDoc('shared', null);
    for (const d of [a, b, g]) store.add(d, makeAnalysis(d), MOD);
    expect(store.list()).toHaveLength(3);
    const g2 = { ...g, id: 'global-again' };
    expect(errorOf(() => store.add(g2, makeAnalysis(g2), CLI)).code).toBe('duplicate');
    store.close();
  });

  it('removes a document and all its rows, only from its own corpus', () => {
    const store = openFresh();
    const global = makeDoc('global');
    const mine = makeDoc('mine', 'guild-a');
    for (const d of [global, mine]) store.add(d, makeAnalysis(d), CLI);

    expect(errorOf(() => store.remove(global.id, 'guild-a', MOD)).code).toBe('not_found');
    expect(errorOf(() => store.remove(mine.id, 'guild-b', MOD)).code).toBe('not_found');
    expect(errorOf(() => store.remove(mine.id, null, CLI)).code).toBe('not_found');
    expect(store.latestSeq()).toBe(2);

    expect(store.remove(mine.id, 'guild-a', MOD)).toEqual({ seq: 3, title: mine.title });
    expect(store.get(mine.id)).toBeNull();
    expect(store.list('guild-a')).toEqual([]);
    expect(errorOf(() => store.remove(mine.id, 'guild-a', MOD)).code).toBe('not_found');

    expect(store.remove(global.id, null, CLI).seq).toBe(4);
    expect(store.list()).toEqual([]);
    // The same text can come back after removal.
    store.add(mine, makeAnalysis(mine), MOD);
    expect(store.get(mine.id)?.doc).toStrictEqual(mine);
    store.close();
  });

  it('writes an audit row and a change row per add and remove', () => {
    const store = openFresh();
    const doc = makeDoc('audited', 'guild-a');
    store.add(doc, makeAnalysis(doc), MOD);
    store.remove(doc.id, 'guild-a', { id: '2002', via: 'discord' });

    const audit = store.auditLog();
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
    expect(store.changesSince(0).map(({ at: _, ...c }) => c)).toEqual([
      { seq: 1, action: 'add', documentId: doc.id, guild: 'guild-a' },
      { seq: 2, action: 'remove', documentId: doc.id, guild: 'guild-a' },
    ]);
    expect(store.changesSince(1).map((c) => c.seq)).toEqual([2]);
    expect(store.changesSince(2)).toEqual([]);
    expect(store.latestSeq()).toBe(2);
    store.close();
  });

  it('iterates all documents in the order they were added', () => {
    const store = openFresh();
    const docs = [makeDoc('a'), makeDoc('b', 'g'), makeDoc('c')];
    for (const d of docs) store.add(d, makeAnalysis(d), CLI);
    store.remove(docs[1]?.id ?? '', 'g', CLI);
    expect([...store.all()].map((s) => s.doc)).toStrictEqual([docs[0], docs[2]]);
    store.close();
  });

  it('batch: a failure anywhere undoes every add in it', () => {
    const store = openFresh();
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

  it('persists across close and reopen, and creates missing directories', () => {
    const dir = `${tempDir()}/nested/data`;
    const doc = makeDoc('kept');
    const first = DocumentStore.open(dir);
    first.add(doc, makeAnalysis(doc), CLI);
    first.close();
    const second = DocumentStore.open(dir);
    expect(second.get(doc.id)?.doc).toStrictEqual(doc);
    expect(second.latestSeq()).toBe(1);
    second.close();
  });
});
