import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/attribution/types.ts';
import { makeDocument } from '../../src/corpus/document.ts';
import { restoreEntry, saveEntry } from '../../src/search/saved-entry.ts';

const doc = makeDocument('“We will rebuild,” said Ana Novak. “It will take years … and money,” she added.', {
  title: 'Rebuild',
  source: null,
  date: null,
  guild: null,
});

function attribution(quote: string, start: number, end: number): Attribution {
  return { kind: 'direct', quote, start, end, speaker: 'Ana Novak', role: null, mention: null, cue: 'said' };
}

const marked = doc.text.indexOf('“We');
const quotes = [
  // Offsets take in the quote marks.
  attribution('We will rebuild,', marked, marked + '“We will rebuild,”'.length),
  // Offsets are the words themselves.
  attribution('Ana Novak', doc.text.indexOf('Ana'), doc.text.indexOf('Ana') + 'Ana Novak'.length),
  // Words that are not the text at the offsets (parts joined), kept as they are.
  attribution('It will take years and money', doc.text.indexOf('“It'), doc.text.length),
];

describe('saved entries', () => {
  it('leave out quote words the text holds, and restore every attribution as it was', () => {
    const entry = { doc, analysis: { quotes, people: [] } };
    const saved = JSON.parse(JSON.stringify(saveEntry(entry)));
    expect(saved.doc.text).toBeUndefined();
    expect(saved.analysis.quotes.map((q: { quote?: string }) => q.quote)).toEqual([
      undefined,
      undefined,
      'It will take years and money',
    ]);
    expect(restoreEntry(saved, doc.text)).toEqual(entry);
  });
});
