import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/corpus/document.ts';
import type { AnalysedDocument } from '../../src/document.ts';
import { terms } from '../../src/search/normalize.ts';
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

function named(directory: SpeakerDirectory, question: string): string[] {
  return [...directory.names().find(terms(question)).speakers];
}

describe('SpeakerDirectory', () => {
  it('finds speakers by full name or surname, never by a first name or by small words', () => {
    const directory = new SpeakerDirectory();
    directory.add(entry('We will build it.', 'Tom Reyes'));
    directory.add(entry('It will not be built.', 'Maria de la Cruz'));
    directory.add(entry('Nobody asked us.', 'Tom Okafor'));
    expect(named(directory, 'what did Reyes say')).toEqual(['Tom Reyes']);
    expect(named(directory, 'Maria de la Cruz on the bridge')).toEqual(['Maria de la Cruz']);
    expect(named(directory, 'what did Tom say')).toEqual([]);
    expect(named(directory, 'de la the')).toEqual([]);
  });

  it('takes in every way the documents name the person asked about, and no namesake with another first name', () => {
    const directory = new SpeakerDirectory();
    for (const name of [
      'Hillary Clinton',
      'Clinton',
      'Democrat Hillary Clinton',
      'Bill Clinton',
      'George',
      'George Will',
    ]) {
      directory.add(entry(`Words of ${name}.`, name));
    }
    expect(named(directory, 'what did Hillary Clinton say').sort()).toEqual([
      'Clinton',
      'Democrat Hillary Clinton',
      'Hillary Clinton',
    ]);
    expect(named(directory, 'what did George Will say')).toEqual(['George Will']);
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
    expect(named(directory, 'Reyes')).toEqual([]);
  });
});
