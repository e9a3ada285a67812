import { describe, expect, it } from 'vitest';
import { type Change, DocumentStore, watchChanges } from '../../src/store/index.ts';
import { CLI, makeAnalysis, makeDoc } from './fixtures/documents.ts';
import { tempDir } from './helpers.ts';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};
const addDoc = (store: DocumentStore, seed: string) => {
  const doc = makeDoc(seed);
  return store.add(doc, makeAnalysis(doc), CLI).seq;
};

describe('watchChanges', () => {
  it('reports new changes in order, resumes from `from`, and stops', async () => {
    const store = DocumentStore.open(tempDir());
    addDoc(store, 'before');
    const seen: Change[] = [];
    const watcher = watchChanges(store, (c) => void seen.push(c), 10);
    addDoc(store, 'a');
    addDoc(store, 'b');
    await until(() => seen.length === 2);
    expect(seen.map((c) => c.seq)).toEqual([2, 3]);
    expect(watcher.seq).toBe(3);

    watcher.stop();
    addDoc(store, 'c');
    await new Promise((r) => setTimeout(r, 60));
    expect(seen).toHaveLength(2);

    const replay: number[] = [];
    const resumed = watchChanges(store, (c) => void replay.push(c.seq), 10, { from: 1 });
    await until(() => replay.length === 3);
    resumed.stop();
    expect(replay).toEqual([2, 3, 4]);
    store.close();
  });

  it('retries a change whose handler failed, reporting the error', async () => {
    const store = DocumentStore.open(tempDir());
    const errors: unknown[] = [];
    const handled: number[] = [];
    let fail = true;
    const watcher = watchChanges(
      store,
      (c) => {
        if (fail) {
          fail = false;
          throw new Error('index busy');
        }
        handled.push(c.seq);
      },
      10,
      { onError: (e) => errors.push(e) },
    );
    addDoc(store, 'a');
    await until(() => handled.length === 1);
    watcher.stop();
    expect(handled).toEqual([1]);
    expect(errors).toEqual([new Error('index busy')]);
    store.close();
  });
});
