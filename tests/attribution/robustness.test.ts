import { describe, expect, it } from 'vitest';
import { attributeText } from '../../src/attribution/index.ts';

/** Small deterministic PRNG, so a failure reproduces. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  'said',
  'told',
  'of',
  'to',
  'for',
  'the',
  'a',
  'he',
  'she',
  'Mr.',
  'Sen.',
  'Jane',
  'Doe',
  'Bank',
  'Museum',
  'Wilson-Raybould',
  '-',
  '—',
  ',',
  '.',
  ':',
  ';',
  '(',
  ')',
  '“',
  '”',
  '"',
  '‘',
  '’',
  'according',
  'adding',
  'that',
  'and',
  'who',
  'The',
  'spokesman',
  'Secretary',
  'State',
  'went',
  'on',
  '\n',
  'ADVERTISEMENT',
  '’s',
];

describe('attribution never throws', () => {
  it('on a thousand generated documents of news-like pieces in random order', () => {
    const random = prng(20261125);
    for (let n = 0; n < 1000; n++) {
      const length = 1 + Math.floor(random() * 60);
      const words = Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)]);
      const text = words.join(random() < 0.5 ? ' ' : '');
      expect(() => attributeText(text), text).not.toThrow();
    }
  });

  it('on a document that opens with a speaker in lower case', () => {
    for (const text of [
      'residents said the plan would fail.',
      'officials of the city said that it would rain.',
    ])
      expect(attributeText(text).quotes[0]?.speaker).toMatch(/^(residents|officials)/);
  });
});
