import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/corpus/document.ts';
import type { AnalysedDocument } from '../../src/document.ts';
import { SpeakerDirectory } from '../../src/search/speaker-directory.ts';

function entry(text: string, speaker: string): AnalysedDocument {
  const doc = makeDocument(text, { title: speaker, source: null, date: null, guild: null });
  const quote = {
    kind: 'direct' as const,
    quote: text,
    start: 0,
    end: text.length,
    speaker,
    role: null,
    mention: null,
    cue: 'said',
  };
  return { doc, analysis: { quotes: [quote], people: [] } };
}

describe('SpeakerDirectory', () => {
  it('finds speakers by surname or first name, not by short or common words', () => {
    const directory = new SpeakerDirectory();
    directory.add(entry('We will build it.', 'Tom Reyes'));
    directory.add(entry('It will not be built.', 'Maria de la Cruz'));
    expect([...directory.namedBy(['reyes'])]).toEqual(['Tom Reyes']);
    expect([...directory.namedBy(['maria', 'cruz'])]).toEqual(['Maria de la Cruz']);
    expect(directory.namedBy(['de', 'la', 'the']).size).toBe(0);
  });

  it('forgets a speaker once their last document is removed', () => {
    const directory = new SpeakerDirectory();
    const first = entry('We will build it.', 'Tom Reyes');
    const second = entry('We did build it.', 'Tom Reyes');
    directory.add(first);
    directory.add(second);
    directory.remove(first);
    expect(directory.quotesOf('Tom Reyes').map((credited) => credited.entry)).toEqual([second]);
    directory.remove(second);
    expect(directory.namedBy(['reyes']).size).toBe(0);
  });
});
