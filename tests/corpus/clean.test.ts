import { describe, expect, it } from 'vitest';
import { cleanText, paragraphAt } from '../../src/corpus/clean.ts';
import { documentId } from '../../src/corpus/document.ts';
import { loadDirectory, SEEDS_DIR } from '../../src/corpus/load.ts';

describe('cleanText', () => {
  it('keeps each paragraph with the number a reader counts in the file', () => {
    const { text, paragraphs } = cleanText('First line.\r\n\r\nSecond  line.\n\nThird line.');
    expect(text).toBe('First line.\nSecond line.\nThird line.');
    expect(paragraphs.map((p) => [p.number, text.slice(p.start, p.end)])).toEqual([
      [1, 'First line.'],
      [2, 'Second line.'],
      [3, 'Third line.'],
    ]);
  });

  it('drops web-page leftovers but keeps the numbers of the paragraphs after them', () => {
    const { text, paragraphs } = cleanText(
      'Lead paragraph.\nRead more:\nBody paragraph.\nsee also\nknow more\n',
    );
    expect(text).toBe('Lead paragraph.\nBody paragraph.');
    expect(paragraphs.map((p) => p.number)).toEqual([1, 3]);
  });

  it('keeps a short real sentence that happens to start like a leftover', () => {
    const { text } = cleanText('Watch the markets closely, he said.\nShare prices fell.');
    expect(text).toBe('Watch the markets closely, he said.\nShare prices fell.');
  });

  it('finds the paragraph holding an offset', () => {
    const { paragraphs } = cleanText('One.\nTwo.\nThree.');
    expect(paragraphAt(paragraphs, 0)?.number).toBe(1);
    expect(paragraphAt(paragraphs, 6)?.number).toBe(2);
    expect(paragraphAt(paragraphs, 12)?.number).toBe(3);
    expect(paragraphAt(paragraphs, 99)).toBeUndefined();
  });
});

describe('the seed corpus', () => {
  const [seed] = loadDirectory(SEEDS_DIR);

  it('loads with its metadata', () => {
    expect(seed?.date).toBe('2022-03-04');
    expect(seed?.title).toMatch(/Putin/);
    expect(seed?.language).toBe('en');
  });

  it('has the twelve paragraphs of the article and none of its web-page leftovers', () => {
    expect(seed?.paragraphs).toHaveLength(12);
    expect(seed?.text).not.toMatch(/see also|know more/);
    const ninth = seed?.paragraphs[8];
    expect(ninth?.number).toBe(9);
    expect(seed?.text.slice(ninth?.start, ninth?.end)).toMatch(/^“This is not the time for division/);
  });
});

describe('documentId', () => {
  it('is the same for the same content in the same corpus, and differs across guilds', () => {
    expect(documentId('text', null)).toBe(documentId('text', null));
    expect(documentId('text', '1')).not.toBe(documentId('text', '2'));
  });
});

describe('cleanText offsets back into the raw text', () => {
  it('point at the same characters across trimmed, collapsed and dropped lines, CRLF and a byte-order mark', () => {
    const raw = '\uFEFF  Lead\t\t line.\r\nADVERTISEMENT\r\n\r\n  “Aye,”  said\u00A0Ida. \n';
    const { text, toRaw } = cleanText(raw);
    expect(text).toBe('Lead line.\n“Aye,” said Ida.');
    for (const word of ['Lead', 'line.', '“Aye,”', 'said', 'Ida.']) {
      const start = text.indexOf(word);
      const end = start + word.length;
      expect(raw.slice(toRaw(start), toRaw(end - 1) + 1)).toBe(word);
    }
  });
});
