import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeText } from '../../src/attribution/index.ts';
import { makeDocument } from '../../src/corpus/document.ts';
import { matchedSpan } from '../../src/search/matched-span.ts';
import type { QuoteMatch } from '../../src/search/types.ts';

const root = join(import.meta.dirname, '..', '..');
const texts = [
  join(root, 'seeds', '2022-03-04-putin-no-ill-intentions.txt'),
  ...readdirSync(join(root, 'tests', 'fixtures', 'articles')).map((f) =>
    join(root, 'tests', 'fixtures', 'articles', f),
  ),
].map((path) => readFileSync(path, 'utf8'));

describe('the matched words of a quote in several parts', () => {
  it('are marked in every part, wherever the attribution interrupts the quote', () => {
    let multiPart = 0;
    for (const raw of texts) {
      const doc = makeDocument(raw, { title: 'T', source: null, date: null, guild: null });
      for (const attribution of attributeText(doc.text).quotes) {
        const parts = attribution.parts ?? [];
        if (parts.length < 2) continue;
        multiPart++;
        for (const part of parts) {
          // The first word of this part, as the search would mark it.
          const word = /[\p{L}\p{N}]+/u.exec(doc.text.slice(part.start, part.end));
          if (!word) continue;
          const start = part.start + word.index;
          const match: QuoteMatch = {
            doc,
            paragraph: 1,
            attribution,
            person: null,
            highlights: [{ start, end: start + word[0].length }],
            passage: { start: 0, end: doc.text.length },
            score: 1,
          };
          const span = matchedSpan(match);
          const marked = span.highlights.map((h) => span.text.slice(h.start, h.end));
          expect({ quote: attribution.quote, marked }).toEqual({
            quote: attribution.quote,
            marked: [word[0]],
          });
        }
      }
    }
    expect(multiPart).toBeGreaterThan(0);
  });
});
