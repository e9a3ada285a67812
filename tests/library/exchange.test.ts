import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusExport } from '../../src/corpus/exchange.ts';
import { IntakeError, readUpload } from '../../src/corpus/intake.ts';
import { exportCorpus, importCorpus } from '../../src/library/exchange.ts';
import { Library } from '../../src/library/library.ts';
import { tempDir } from '../store/helpers.ts';

const GUILD = '123456789012345678';
const OTHER_GUILD = '223456789012345678';
const FIXTURES = join(import.meta.dirname, '..', 'corpus', 'fixtures');
const MODERATOR = { id: '42', name: 'mod', via: 'cli' as const };
const LIMITS = { maxFileBytes: 1_000_000, maxDocumentBytes: 100_000 };
const encode = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

const open: Library[] = [];
afterEach(async () => {
  for (const library of open.splice(0)) await library.close();
});
async function fresh(): Promise<Library> {
  const library = await Library.open({ dataDir: tempDir() });
  open.push(library);
  return library;
}

/** A library with the web copy (furniture lines dropped, so paragraph numbers skip) and a news page in GUILD. */
async function filled(): Promise<Library> {
  const library = await fresh();
  const webCopy = readFileSync(join(FIXTURES, 'ferry-timetable-web-copy.txt'), 'utf8');
  await library.add(
    webCopy,
    { title: 'Ferry timetable', source: null, date: '2024-04-02', guild: GUILD },
    MODERATOR,
  );
  const page = readUpload(
    { name: 'quay.html', bytes: readFileSync(join(FIXTURES, 'quay-wall-news-page.html')) },
    LIMITS.maxDocumentBytes,
  );
  await library.add(
    page.text,
    { title: page.title ?? '', source: 'https://coastline.example/quay', date: page.date, guild: GUILD },
    MODERATOR,
  );
  await library.add(
    '“Not exported,” said Ada Quist.',
    { title: 'Elsewhere', source: null, date: null, guild: OTHER_GUILD },
    MODERATOR,
  );
  return library;
}

/** What a reader can tell of a guild's documents: everything but when and by whom they were added. */
async function contents(library: Library, guild: string) {
  const documents = [];
  for (const summary of (await library.store?.list(guild)) ?? []) {
    const stored = await library.store?.get(summary.id);
    documents.push({ ...stored?.doc, quotes: stored?.analysis.quotes, people: stored?.analysis.people });
  }
  return documents;
}

describe('export and import', () => {
  it('round-trips a guild’s documents exactly: ids, titles, dates, sources, text, paragraph numbers, quotes', async () => {
    const source = await filled();
    const file = await exportCorpus(source, GUILD);
    expect(file.documents.map((d) => d.title)).toEqual([
      'Ferry timetable',
      'Port to rebuild the old quay wall before winter',
    ]);
    expect(file.documents[0]?.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 5, 7, 10, 13, 16, 19, 22]);
    expect(file.documents[0]?.addedBy).toMatchObject({ id: '42', via: 'cli' });

    const target = await fresh();
    const report = await importCorpus(target, encode(file), GUILD, MODERATOR, LIMITS);
    expect(report).toMatchObject({ duplicates: [], refused: [], recomputed: 0 });
    expect(report.added.map((d) => d.id)).toEqual(file.documents.map((d) => d.id));
    expect(await contents(target, GUILD)).toEqual(await contents(source, GUILD));
    const again = await exportCorpus(target, GUILD);
    expect(again.documents.map(({ addedAt: _a, addedBy: _b, ...d }) => d)).toEqual(
      file.documents.map(({ addedAt: _a, addedBy: _b, ...d }) => d),
    );
    // The imported documents answer like the originals.
    const answer = target.whoSaid('the sea will make the decision', { guild: GUILD });
    expect(answer.best?.attribution?.speaker).toBe('Miriam Osei');
  });

  it('skips what is already there and refuses bad documents with reasons, adding the rest', async () => {
    const file = await exportCorpus(await filled(), GUILD);
    const [ferry, quay] = file.documents as [
      CorpusExport['documents'][number],
      CorpusExport['documents'][number],
    ];
    const target = await fresh();
    await importCorpus(target, encode({ ...file, documents: [ferry] }), GUILD, MODERATOR, LIMITS);
    const tampered = structuredClone(quay.attributions) as { quotes: { speaker: string | null }[] };
    for (const q of tampered.quotes) q.speaker = 'Someone Else';
    const report = await importCorpus(
      target,
      encode({
        ...file,
        documents: [
          ferry,
          { ...quay, title: '' },
          { ...quay, text: 'x'.repeat(LIMITS.maxDocumentBytes + 1) },
          { ...quay, paragraphs: quay.paragraphs.slice(1) },
          { ...quay, date: '14/10/2024' },
          'not a document',
          { ...quay, attributions: tampered },
        ],
      }),
      GUILD,
      MODERATOR,
      LIMITS,
    );
    expect(report.duplicates.map((d) => d.id)).toEqual([ferry.id]);
    expect(report.refused.map((r) => [r.position, r.reason])).toEqual([
      [2, expect.stringMatching(/title is empty/)],
      [3, expect.stringMatching(/limit is/)],
      [4, expect.stringMatching(/paragraphs do not match/)],
      [5, expect.stringMatching(/not a date/)],
      [6, expect.stringMatching(/not a document/)],
    ]);
    expect(report.added.map((d) => d.id)).toEqual([quay.id]);
    // Attributions are the engine's, not the file's.
    expect(report.recomputed).toBe(1);
    const stored = await target.store?.get(quay.id);
    expect(stored?.analysis.quotes.map((q) => q.speaker)).toContain('Miriam Osei');
    expect(stored?.analysis.quotes.map((q) => q.speaker)).not.toContain('Someone Else');
  });

  it('refuses a file it cannot read as a whole, and changes nothing', async () => {
    const file = await exportCorpus(await filled(), GUILD);
    const target = await fresh();
    const refusal = async (bytes: Uint8Array, limits = LIMITS) => {
      const err = await importCorpus(target, bytes, GUILD, MODERATOR, limits).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(IntakeError);
      return (err as Error).message;
    };
    expect(await refusal(encode('{"format": "verbatim-corpus", '))).toMatch(
      /not a Verbatim export.*not JSON/,
    );
    expect(await refusal(encode({ ...file, format: 'other' }))).toMatch(/not a Verbatim export/);
    expect(await refusal(encode({ ...file, version: 2 }))).toMatch(/version 2.*newer Verbatim/);
    expect(await refusal(encode({ ...file, documents: {} }))).toMatch(/no list of documents/);
    expect(await refusal(encode(file), { ...LIMITS, maxFileBytes: 100 })).toMatch(/limit is 100 bytes/);
    expect(await target.store?.list(GUILD)).toEqual([]);
  });

  it('imports into another guild under that guild’s ids', async () => {
    const file = await exportCorpus(await filled(), GUILD);
    const target = await fresh();
    const report = await importCorpus(target, encode(file), OTHER_GUILD, MODERATOR, LIMITS);
    expect(report.added).toHaveLength(2);
    const listed = (await target.list(OTHER_GUILD)).filter((d) => d.guild === OTHER_GUILD);
    expect(listed.map((d) => d.title)).toEqual(file.documents.map((d) => d.title));
    expect(listed.map((d) => d.id)).not.toContain(file.documents[0]?.id);
  });
});
