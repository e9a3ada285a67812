import { describe, expect, it, onTestFinished } from 'vitest';
import { Library } from '../../src/library/library.ts';
import { quoteKey } from '../../src/search/speaker-queries.ts';
import { tempDir } from '../cli/helpers.ts';

const ACTOR = { id: 'tester', name: 'tester', via: 'cli' as const };
const GUILD = '222222222222222222';

async function library(): Promise<Library> {
  const opened = await Library.open({ dataDir: tempDir('verbatim-readers-') });
  onTestFinished(() => opened.close());
  return opened;
}

/** A random source that sweeps [0, 1) evenly over `n` calls: each of n quotes comes up exactly once. */
function sweep(n: number): () => number {
  let i = 0;
  return () => (i++ % n) / n;
}

describe('the readers’ queries', () => {
  it('picks quotes uniformly over quotes, not over documents', async () => {
    const lib = await library();
    await lib.add(
      '“The harbour opens in May,” said Ada Quill.',
      {
        title: 'One quote',
        source: null,
        date: '2021-05-01',
        guild: GUILD,
      },
      ACTOR,
    );
    const many = Array.from(
      { length: 8 },
      (_, i) => `“Item ${i} of the budget is settled now,” said Bo Lind.`,
    );
    await lib.add(
      many.join('\n'),
      { title: 'Eight quotes', source: null, date: '2021-06-01', guild: GUILD },
      ACTOR,
    );
    const scope = { guild: GUILD, since: '2021-01-01', until: '2021-12-31' };
    const { total } = lib.randomQuote(scope);
    expect(total).toBe(9);
    const random = sweep(total);
    const picks = Array.from({ length: total }, () => lib.randomQuote(scope, { random }).quote);
    const bySpeaker = new Map<string, number>();
    for (const pick of picks) {
      const name = pick?.attribution.speaker ?? 'none';
      bySpeaker.set(name, (bySpeaker.get(name) ?? 0) + 1);
    }
    expect(Object.fromEntries(bySpeaker)).toEqual({ 'Ada Quill': 1, 'Bo Lind': 8 });
    expect(new Set(picks.map((p) => p && quoteKey(p))).size).toBe(total);
  });

  it('does not pick a recently shown quote while another remains, and repeats only when none does', async () => {
    const lib = await library();
    const scope = { guild: null };
    const all = lib.quotesBy('Dmitry Peskov', scope);
    expect(all).toHaveLength(2);
    const [first, second] = all.map(quoteKey);
    for (let i = 0; i < 20; i++) {
      const { quote } = lib.randomQuote(scope, {
        speaker: 'dmitry peskov',
        avoid: [first as string],
      });
      expect(quote && quoteKey(quote)).toBe(second);
    }
    // Both shown lately: the one shown longest ago comes back, never the one just shown.
    for (const order of [
      [first, second],
      [second, first],
    ] as string[][]) {
      const { quote } = lib.randomQuote(scope, { speaker: 'Dmitry Peskov', avoid: order });
      expect(quote && quoteKey(quote)).toBe(order[0]);
    }
  });

  it('filters by the document’s date, inclusive, and counts the undated documents a filter leaves out', async () => {
    const lib = await library();
    await lib.add(
      '“Nobody dated this,” said Cy Undated.',
      { title: 'Undated', source: null, date: null, guild: GUILD },
      ACTOR,
    );
    const guild = { guild: GUILD };
    expect(lib.quotesBy('Cy Undated', guild)).toHaveLength(1);
    expect(lib.undatedLeftOut(guild)).toBe(0);
    expect(lib.quotesBy('Cy Undated', { ...guild, since: '2000-01-01' })).toHaveLength(0);
    expect(lib.undatedLeftOut({ ...guild, since: '2000-01-01' })).toBe(1);
    expect(
      lib.quotesBy('Vladimir Putin', { ...guild, since: '2022-03-04', until: '2022-03-04' }),
    ).toHaveLength(7);
    expect(lib.quotesBy('Vladimir Putin', { ...guild, since: '2022-03-05' })).toHaveLength(0);
    expect(lib.quotesBy('Vladimir Putin', { ...guild, until: '2022-03-03' })).toHaveLength(0);
    expect(lib.ask('neighbours', { ...guild, until: '2022-03-03' })).toEqual([]);
    expect(lib.whoSaid('unite around our president', { ...guild, since: '2023-01-01' }).best).toBeNull();
    expect(
      lib.whoSaid('unite around our president', { ...guild, until: '2022-12-31' }).best?.attribution?.speaker,
    ).toBe('Dmitry Peskov');
    // Undated documents are not hidden from another guild's count.
    expect(lib.undatedLeftOut({ guild: null, since: '2000-01-01' })).toBe(0);
  });

  it('finds speakers despite typos, by first name prefix, surname and role; documents by title typos', async () => {
    const lib = await library();
    const first = (typed: string) => lib.speakerChoices(typed, { guild: null }, 25)[0]?.name;
    expect(first('Peskv')).toBe('Dmitry Peskov');
    expect(first('putn')).toBe('Vladimir Putin');
    expect(first('kremlin spokesman')).toBe('Dmitry Peskov');
    expect(first('russian presdent')).toBe('Vladimir Putin');
    expect(first('dmitri')).toBe('Dmitry Peskov');
    expect(lib.speakerChoices('', { guild: null }, 25).map((s) => s.name)).toEqual([
      'Vladimir Putin',
      'Dmitry Peskov',
      'Kremlin',
    ]);
    expect(lib.speakerChoices('zzzzqqq', { guild: null }, 25)).toEqual([]);

    await lib.add(
      '“The ferry will run all winter,” said Ada Quill.',
      {
        title: 'Marrow Island ferry timetable',
        source: null,
        date: null,
        guild: GUILD,
      },
      ACTOR,
    );
    expect(lib.documentChoices('marow ferr', { guild: GUILD }, 25)[0]?.title).toBe(
      'Marrow Island ferry timetable',
    );
    expect(lib.documentChoices('ill intentions', { guild: GUILD }, 25, { ownOnly: true })).toEqual([]);
    // The lookup follows adds and removes at once.
    expect(lib.speakerChoices('quil', { guild: GUILD }, 25)[0]?.name).toBe('Ada Quill');
    const [doc] = lib.documentChoices('marrow', { guild: GUILD }, 25, { ownOnly: true });
    await lib.remove(doc?.id as string, GUILD, ACTOR);
    expect(lib.speakerChoices('quil', { guild: GUILD }, 25).map((s) => s.name)).not.toContain('Ada Quill');
  });
});
