import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makeDocument } from '../../src/corpus/document.ts';
import { analyse } from '../../src/library/analyse-all.ts';
import { INDEX_CACHE_FILE } from '../../src/library/index-cache.ts';
import { Library } from '../../src/library/library.ts';
import { DocumentStore } from '../../src/store/index.ts';
import { tempDir } from '../cli/helpers.ts';

const ACTOR = { id: 'tester', name: 'tester', via: 'cli' as const };
const FERRY = '“We will keep the lamp burning until the last ferry is home,” said Ines Albarran, the keeper.';
const GULLS = '“The gulls came back before the fishermen did,” said Tomas Weir, the harbour master.';
const fragment = (library: Library, text: string) =>
  library.index.whoSaid(text, { guild: null }).best?.attribution?.speaker;

function meta(title: string) {
  return { title, source: null, date: null, guild: null };
}

describe('the index cache beside the store', async () => {
  it('lets the next start answer from the saved index, including documents added since', async () => {
    const dataDir = tempDir();
    const first = await Library.open({ dataDir });
    await first.add(FERRY, meta('Keepers'), ACTOR);
    await first.close();
    expect(existsSync(join(dataDir, INDEX_CACHE_FILE))).toBe(true);

    // Another process adds a document after the cache was written: the next start catches up from the change feed.
    const store = DocumentStore.open(dataDir);
    const gulls = makeDocument(GULLS, meta('Gulls'));
    store.add(gulls, analyse(gulls).analysis, ACTOR);
    store.close();

    // Started from the cache: no pass over every stored document.
    const fullScan = vi.spyOn(DocumentStore.prototype, 'all');
    const second = await Library.open({ dataDir });
    expect(fullScan).not.toHaveBeenCalled();
    fullScan.mockRestore();
    expect(fragment(second, 'keep the lamp burning until the last ferry')).toBe('Ines Albarran');
    expect(fragment(second, 'the gulls came back before the fishermen')).toBe('Tomas Weir');
    expect(fragment(second, 'unite around our president')).toBe('Dmitry Peskov');
    await second.close();
  });

  it('forgets a document removed by another process since the cache was written', async () => {
    const dataDir = tempDir();
    const first = await Library.open({ dataDir });
    const { doc } = await first.add(FERRY, meta('Keepers'), ACTOR);
    await first.close();
    const store = DocumentStore.open(dataDir);
    store.remove(doc.id, null, ACTOR);
    store.close();

    const second = await Library.open({ dataDir });
    expect(
      second.index.whoSaid('keep the lamp burning until the last ferry', { guild: null }).best,
    ).toBeNull();
    expect((await second.list(null)).map((d) => d.title)).not.toContain('Keepers');
    await second.close();
  });

  it('rebuilds from the store when the cache is unreadable', async () => {
    const dataDir = tempDir();
    const first = await Library.open({ dataDir });
    await first.add(FERRY, meta('Keepers'), ACTOR);
    await first.close();
    writeFileSync(join(dataDir, INDEX_CACHE_FILE), 'not an index');

    const fullScan = vi.spyOn(DocumentStore.prototype, 'all');
    const second = await Library.open({ dataDir });
    expect(fullScan).toHaveBeenCalled();
    fullScan.mockRestore();
    expect(fragment(second, 'keep the lamp burning until the last ferry')).toBe('Ines Albarran');
    await second.close();
  });

  it("answers a document stored by older rules with today's speakers, and drops a cache made by other rules", async () => {
    const dataDir = tempDir();
    const store = DocumentStore.open(dataDir);
    const ferry = makeDocument(FERRY, meta('Keepers'));
    const older = analyse(ferry).analysis;
    // as an earlier version might have stored it: the right words, a wrong speaker
    const stale = { ...older, quotes: older.quotes.map((q) => ({ ...q, speaker: 'the keeper' })) };
    store.add(ferry, stale, ACTOR);
    store.close();

    const first = await Library.open({ dataDir });
    expect(fragment(first, 'keep the lamp burning until the last ferry')).toBe('Ines Albarran');
    await first.close();

    // a cache written by other rules is not trusted: the next start reads the store again
    const file = join(dataDir, INDEX_CACHE_FILE);
    const bytes = readFileSync(file);
    const length = bytes.readUInt32LE(0);
    const cacheMeta = JSON.parse(bytes.toString('utf8', 4, 4 + length));
    const json = Buffer.from(JSON.stringify({ ...cacheMeta, attribution: 'older-rules' }));
    const header = Buffer.alloc(4);
    header.writeUInt32LE(json.length, 0);
    writeFileSync(file, Buffer.concat([header, json, bytes.subarray(4 + length)]));
    const fullScan = vi.spyOn(DocumentStore.prototype, 'all');
    const second = await Library.open({ dataDir });
    expect(fullScan).toHaveBeenCalled();
    fullScan.mockRestore();
    expect(fragment(second, 'keep the lamp burning until the last ferry')).toBe('Ines Albarran');
    await second.close();
  });
});
