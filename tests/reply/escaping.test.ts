import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/corpus/document.ts';
import { citation } from '../../src/discord/render.ts';
import { escapeForDiscord, markHighlights } from '../../src/discord/text.ts';
import type { Range } from '../../src/search/types.ts';
import { readDiscordMarkdown } from './discord-markdown.ts';

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Everything a hostile or careless document could write that Discord would act on, and plain words around it. */
const FRAGMENTS = [
  'click here',
  '[click here](https://evil.example/phish)',
  '[a](b)',
  'https://evil.example/x',
  '<https://evil.example>',
  '# Heading',
  '## ',
  '### ',
  '-# small',
  '> ',
  '>>> ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '12) ',
  '`code`',
  '```js\nlet x;\n```',
  '||spoiler||',
  '**bold**',
  '__under__',
  '_it_',
  '~~strike~~',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '</ask:123456789012345678>',
  '<t:1700000000:R>',
  '<:smile:123456789012345678>',
  '1.5 million',
  '6-210',
  'don’t',
  '\\',
  '[',
  ']',
  '(',
  ')',
  '*',
  '_',
  '|',
  '~',
  '`',
  '#',
  '>',
  '-',
  ':',
  '/',
  'the',
  'document',
  'said',
  'Peskov',
  '“',
  '”',
];
const SEPARATORS = ['', ' ', ' ', ' ', '\n', '\n\n', '  '];

function generate(random: () => number): { text: string; ranges: Range[] } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  let text = '';
  const parts = 1 + Math.floor(random() * 14);
  for (let i = 0; i < parts; i++) text += (i > 0 ? pick(SEPARATORS) : '') + pick(FRAGMENTS);
  const ranges: Range[] = [];
  const count = Math.floor(random() * 5);
  for (let i = 0; i < count; i++) {
    const a = Math.floor(random() * (text.length + 1));
    const b = Math.floor(random() * (text.length + 1));
    ranges.push({ start: Math.min(a, b), end: Math.max(a, b) });
  }
  return { text, ranges };
}

const CASES = 2000;
const withoutEllipses = (s: string) => s.replace(/^…/, '').replace(/…$/, '');

describe('no document-written Markdown survives in a reply, whatever the highlights (property)', () => {
  it(`holds for ${CASES} generated documents × random highlight ranges`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { text, ranges } = generate(prng(seed));
      const context = { seed, text, ranges };

      const plain = readDiscordMarkdown(escapeForDiscord(text));
      expect({ ...context, live: plain.live, visible: plain.visible }).toEqual({
        ...context,
        live: [],
        visible: text,
      });

      // Room for everything: the reader sees the whole document, bold exactly where it matched.
      const whole = readDiscordMarkdown(markHighlights(text, ranges, 100_000));
      expect({ ...context, live: whole.live, visible: whole.visible }).toEqual({
        ...context,
        live: [],
        visible: text,
      });
      const isBold = (at: number) => whole.bold.some((b) => b.start <= at && at < b.end);
      for (const r of ranges)
        for (let at = r.start; at < r.end; at++)
          if (/\S/.test(text[at] as string))
            expect({ ...context, at, bold: isBold(at) }).toMatchObject({ bold: true });
      for (const b of whole.bold)
        expect({
          ...context,
          b,
          touches: ranges.some((r) => r.start < b.end && b.start < r.end),
        }).toMatchObject({
          touches: true,
        });

      // A tight window: still nothing live, and what shows is a stretch of the document.
      const max = 30 + (seed % 120);
      const rendered = markHighlights(text, ranges, max);
      const cut = readDiscordMarkdown(rendered);
      expect({ ...context, max, live: cut.live, fits: rendered.length <= max }).toEqual({
        ...context,
        max,
        live: [],
        fits: true,
      });
      expect({ ...context, max, inside: text.includes(withoutEllipses(cut.visible).trim()) }).toMatchObject({
        inside: true,
      });
    }
  });
});

describe('the reported cases', () => {
  it('a masked link stays text when the highlight touches its words or its URL', () => {
    const text = 'Read this: [click here](https://evil.example/phish) now.';
    const start = text.indexOf('click here');
    const url = text.indexOf('evil');
    for (const ranges of [
      [{ start, end: start + 10 }],
      [{ start: url, end: url + 4 }],
      [
        { start: start - 1, end: start + 5 },
        { start: url - 8, end: url + 12 },
      ],
    ]) {
      const reading = readDiscordMarkdown(markHighlights(text, ranges, 500));
      expect(reading.live).toEqual([]);
      expect(reading.visible).toBe(text);
      expect(reading.bold.length).toBeGreaterThan(0);
    }
  });

  it('a paragraph starting with “# ” or “> ” is not a heading or a block quote', () => {
    for (const text of ['# Heading from the document', '> Heading from the document', '- a list item']) {
      const ranges = [
        { start: 2, end: 9 },
        { start: text.indexOf('document'), end: text.length },
      ];
      const reading = readDiscordMarkdown(markHighlights(text, ranges, 500));
      expect(reading.live).toEqual([]);
      expect(reading.visible).toBe(text);
    }
  });

  it('a highlight never splits a number or a word', () => {
    const text = 'About 1.5 million people, routes 6-210, and the well-known mayor.';
    const at = (s: string) => text.indexOf(s);
    const shown = markHighlights(
      text,
      [
        { start: at('1.5'), end: at('1.5') + 1 },
        { start: at('210'), end: at('210') + 3 },
        { start: at('known'), end: at('known') + 5 },
        { start: at('mayor') + 1, end: at('mayor') + 3 },
      ],
      500,
    );
    expect(shown).toBe('About **1.5** million people, routes **6-210**, and the **well-known mayor**.');
  });

  it('a source URL cannot break out of its link, and only http(s) sources are linked', () => {
    const cite = (source: string, withTitle = true) =>
      citation(
        makeDocument('Some words.', {
          title: '[x](https://evil.example) # Title',
          source,
          date: null,
          guild: null,
        }),
        3,
        {
          withTitle,
        },
      );
    const tricky = cite('https://ok.example/a)**[x](https://evil.example)<b>');
    expect(tricky).toMatch(/^\[[^<]*\]\(<https:\/\/ok\.example\/[^()<>[\]\s]*>\) · ¶ 3$/);
    expect(readDiscordMarkdown(tricky.replace(/\(<[^>]*>\)/, '')).live).toEqual([]);
    expect(cite('javascript:alert(1)')).not.toContain('alert');
    expect(cite('https://news.example/story', false)).toBe(
      '[news.example](<https://news.example/story>) · ¶ 3',
    );
  });
});
