import { describe, expect, it } from 'vitest';
import type { Attribution, DocumentAttribution } from '../../src/attribution/types.ts';
import { makeDocument } from '../../src/corpus/document.ts';
import { CorpusIndex } from '../../src/search/corpus-index.ts';
import { credit } from './credit.ts';

function analysis(quotes: Attribution[]): DocumentAttribution {
  return { quotes, people: [] };
}

const harbour = makeDocument(
  [
    'The port authority said on Monday that the new harbour would open in the spring.',
    '“We have finished the breakwater and the cranes are arriving next month,” said Maria Lopez, the port director.',
    'Local fishermen were less sure. “Nobody asked us about the moorings,” said Tom Reyes, who has fished there for thirty years.',
    'The council will publish the harbour plans on its website.',
  ].join('\n'),
  { title: 'Harbour to open in spring', source: null, date: '2024-03-01', guild: null },
);
const harbourQuotes = [
  credit(harbour, 'We have finished the breakwater and the cranes are arriving next month', 'Maria Lopez'),
  credit(harbour, 'Nobody asked us about the moorings', 'Tom Reyes'),
];

const guildDoc = makeDocument(
  '“The bridge will be repainted in a bright colour,” said Ana Novak, the city engineer.',
  {
    title: 'Bridge to be repainted',
    source: null,
    date: null,
    guild: 'guild-a',
  },
);

function index(): CorpusIndex {
  const built = new CorpusIndex();
  built.add({ doc: harbour, analysis: analysis(harbourQuotes) });
  built.add({
    doc: guildDoc,
    analysis: analysis([credit(guildDoc, 'The bridge will be repainted in a bright colour', 'Ana Novak')]),
  });
  return built;
}

describe('whoSaid', () => {
  const global = { guild: null };

  it('names the speaker of an exact fragment and cites the paragraph', () => {
    const answer = index().whoSaid('the cranes are arriving next month', global);
    expect(answer.best?.attribution?.speaker).toBe('Maria Lopez');
    expect(answer.best?.paragraph).toBe(2);
    const marked = answer.best?.highlights.map((h) => harbour.text.slice(h.start, h.end)).join(' ');
    expect(marked).toBe('the cranes are arriving next month');
  });

  it('forgives a typo, quote marks and a missing word', () => {
    expect(index().whoSaid('"nobody aksed us about moorings"', global).best?.attribution?.speaker).toBe(
      'Tom Reyes',
    );
  });

  it('matches British and American spellings either way', () => {
    const guild = { guild: 'guild-a' };
    expect(index().whoSaid('repainted in a bright color', guild).best?.attribution?.speaker).toBe(
      'Ana Novak',
    );
  });

  it('abstains when the fragment is in no document', () => {
    const answer = index().whoSaid('the cat sat on the mat all afternoon', global);
    expect(answer.best).toBeNull();
  });

  it('reports text that is in the corpus but credited to nobody as exactly that', () => {
    const answer = index().whoSaid('publish the harbour plans on its website', global);
    expect(answer.best?.paragraph).toBe(4);
    expect(answer.best?.attribution).toBeNull();
  });

  it('keeps a guild’s documents out of other guilds and direct messages', () => {
    const built = index();
    expect(built.whoSaid('the bridge will be repainted', { guild: 'guild-b' }).best).toBeNull();
    expect(built.whoSaid('the bridge will be repainted', global).best).toBeNull();
    expect(
      built.whoSaid('the bridge will be repainted', { guild: 'guild-a' }).best?.attribution?.speaker,
    ).toBe('Ana Novak');
  });

  it('forgets a removed document at once', () => {
    const built = index();
    built.remove(harbour.id);
    expect(built.whoSaid('the cranes are arriving next month', global).best).toBeNull();
  });
});

describe('ask', () => {
  it('returns the passages about the question with its words marked', () => {
    const [hit] = index().ask('When will the harbour open?', { guild: null });
    expect(hit?.paragraph).toBe(1);
    expect(hit?.highlights.map((h) => harbour.text.slice(h.start, h.end))).toContain('harbour');
  });

  it('favours the quotes of a person the question names', () => {
    const [hit] = index().ask('What did Reyes say about the moorings?', { guild: null });
    expect(hit?.speaker).toBe('Tom Reyes');
    expect(hit?.paragraph).toBe(3);
  });
});

describe('speakers and quotes', () => {
  it('lists the people quoted in a scope with their quotes', () => {
    const built = index();
    expect(built.speakers({ guild: null }).map((s) => s.name)).toEqual(['Maria Lopez', 'Tom Reyes']);
    expect(built.quotesBy('tom reyes', { guild: null }).map((q) => q.paragraph)).toEqual([3]);
  });
});

describe('typo correction', () => {
  it('forgives a letter too many, as well as one too few', () => {
    const built = index();
    expect(
      built.whoSaid('nobody asked us about the moorrings', { guild: null }).best?.attribution?.speaker,
    ).toBe('Tom Reyes');
    expect(
      built.whoSaid('nobody asked us about the morings', { guild: null }).best?.attribution?.speaker,
    ).toBe('Tom Reyes');
  });
});
