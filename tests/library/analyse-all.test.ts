import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeText } from '../../src/attribution/index.ts';
import { makeDocument } from '../../src/corpus/document.ts';
import { analyse, analyseAll, attributeInWorker } from '../../src/library/analyse-all.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'articles');
const texts = readdirSync(fixtures).map((f) => readFileSync(join(fixtures, f), 'utf8'));

describe('analyseAll', () => {
  it('attributes a corpus too large for one thread on two, in order, as one thread would', async () => {
    const docs = Array.from({ length: 1200 }, (_, i) =>
      makeDocument(`Copy ${i}\n${texts[i % texts.length]}`, {
        title: `Copy ${i}`,
        source: null,
        date: null,
        guild: null,
      }),
    );
    expect(docs.reduce((n, d) => n + d.text.length, 0)).toBeGreaterThan(1_000_000);
    const parallel = await analyseAll(docs);
    expect(parallel.map((a) => a.doc.id)).toEqual(docs.map((d) => d.id));
    const single = docs.map(analyse);
    const summary = (a: (typeof single)[number]) =>
      a.analysis.quotes.map((q) => `${q.start}-${q.end} ${q.speaker}`).join('|');
    expect(parallel.map(summary)).toEqual(single.map(summary));
  }, 60_000);

  it('a worker thread attributes as the calling thread does', async () => {
    const inWorker = await attributeInWorker(texts);
    expect(inWorker).not.toBeNull();
    expect(inWorker?.map((a) => a.quotes.map((q) => q.speaker))).toEqual(
      texts.map((t) => attributeText(t).quotes.map((q) => q.speaker)),
    );
  });
});
