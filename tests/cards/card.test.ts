import { createHash } from 'node:crypto';
import { createCanvas, type ImageData, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { CARD_LAYOUT, type QuoteCard, renderQuoteCard } from '../../src/cards/card.ts';
import { wrapText } from '../../src/cards/wrap.ts';

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

const CARD: QuoteCard = {
  quote: 'The harbour will stay open to every boat through the winter storms.',
  kind: 'direct',
  speaker: 'Marta Lindqvist',
  role: 'harbour master',
  title: 'Harbour stays open through winter',
  source: 'https://news.example.org/harbour',
  date: '2024-11-02',
};

async function decode(png: Buffer): Promise<ImageData> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height);
}

/** Pixels of a region that are not the card's background (its top-left corner). */
function ink(image: ImageData, { x, y, width, height }: Region): number {
  const { data } = image;
  let count = 0;
  for (let row = y; row < y + height; row++) {
    for (let column = x; column < x + width; column++) {
      const at = (row * image.width + column) * 4;
      const differs = [0, 1, 2].some((c) => Math.abs((data[at + c] ?? 0) - (data[c] ?? 0)) > 24);
      if (differs) count++;
    }
  }
  return count;
}

/** A digest of a region's pixels, to compare two renderings of it. */
function digestOf(image: ImageData, { x, y, width, height }: Region): string {
  const hash = createHash('sha256');
  for (let row = y; row < y + height; row++) {
    const start = (row * image.width + x) * 4;
    hash.update(image.data.subarray(start, start + width * 4));
  }
  return hash.digest('hex');
}

const { width: W, height: H, margin: M, quote, speaker, role, source } = CARD_LAYOUT;
/** The margin all round the card: nothing may be drawn there. */
const FRAME: Region[] = [
  { x: 0, y: 0, width: W, height: M },
  { x: 0, y: H - M, width: W, height: M },
  { x: 0, y: 0, width: M, height: H },
  { x: W - M, y: 0, width: M, height: H },
];
/** Between the quote and the speaker's name: a quote that ran on would show here. */
const BELOW_QUOTE: Region = { x: quote.x, y: quote.y + quote.height, width: quote.width, height: 4 };
/** Right of the text column, where a line measured wrongly would reach. */
const RIGHT_OF_TEXT: Region = {
  x: quote.x + quote.width,
  y: M,
  width: W - M - quote.x - quote.width,
  height: H - 2 * M,
};

describe('quote cards', () => {
  it('are 1200×630 PNGs with the quote, speaker, role and source drawn, and only background round them', async () => {
    const png = await renderQuoteCard(CARD);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const image = await decode(png);
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(ink(image, quote)).toBeGreaterThan(2000);
    expect(ink(image, speaker)).toBeGreaterThan(500);
    expect(ink(image, role)).toBeGreaterThan(300);
    expect(ink(image, source)).toBeGreaterThan(300);
    for (const strip of [...FRAME, BELOW_QUOTE, RIGHT_OF_TEXT]) expect(ink(image, strip)).toBe(0);
  });

  it('a very long quote, with a word longer than a line, is cut to fit: nothing is drawn outside its place', async () => {
    const long = `${'The council will answer every letter about the ferry timetable, '.repeat(80)}${'x'.repeat(400)}`;
    const image = await decode(
      await renderQuoteCard({ ...CARD, quote: long, role: 'a role '.repeat(60), title: 'T '.repeat(300) }),
    );
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(ink(image, quote)).toBeGreaterThan(20_000);
    for (const strip of [...FRAME, BELOW_QUOTE, RIGHT_OF_TEXT]) expect(ink(image, strip)).toBe(0);
    const word = await decode(await renderQuoteCard({ ...CARD, quote: 'y'.repeat(3000) }));
    for (const strip of [...FRAME, BELOW_QUOTE, RIGHT_OF_TEXT]) expect(ink(word, strip)).toBe(0);
  });

  it('Cyrillic is drawn with real glyphs: different words look different, and unlike missing glyphs', async () => {
    const render = async (text: string) =>
      digestOf(
        await decode(await renderQuoteCard({ ...CARD, quote: text, speaker: 'Дмитрий Песков' })),
        quote,
      );
    // Private-use code points: no font has them, so they show as the missing-glyph box, whichever they are.
    const [first, second, missing, missingToo, blank] = await Promise.all([
      render('Привет'),
      render('Щелчок'),
      render('\uE000\uE001\uE002\uE003\uE004\uE005'),
      render('\uE010\uE011\uE012\uE013\uE014\uE015'),
      render(''),
    ]);
    expect(missing).toBe(missingToo);
    expect(new Set([first, second, missing, blank]).size).toBe(4);
  });
});

describe('wrapping', () => {
  const measure = (text: string) => text.length * 10;

  it('keeps every word in order, each line within the width, and marks a cut with the ellipsis', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const all = wrapText(text, { width: 150, maxLines: 10, measure });
    expect(all.cut).toBe(false);
    expect(all.lines.join(' ')).toBe(text);
    for (const line of all.lines) expect(measure(line)).toBeLessThanOrEqual(150);

    const cut = wrapText(text, { width: 150, maxLines: 2, measure, ellipsis: '…”' });
    expect(cut.cut).toBe(true);
    expect(cut.lines).toHaveLength(2);
    expect(cut.lines[1]).toMatch(/…”$/);
    expect(text.startsWith(cut.lines.join(' ').replace(/…”$/, ''))).toBe(true);
    for (const line of cut.lines) expect(measure(line)).toBeLessThanOrEqual(150);
  });

  it('splits a word wider than the line and keeps the text’s own line breaks', () => {
    const { lines } = wrapText(`${'a'.repeat(35)} end\nnext`, { width: 100, maxLines: 10, measure });
    expect(lines).toEqual(['aaaaaaaaaa', 'aaaaaaaaaa', 'aaaaaaaaaa', 'aaaaa end', 'next']);
  });
});
