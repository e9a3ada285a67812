import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/corpus/document.ts';
import { CorpusIndex } from '../../src/search/corpus-index.ts';
import { decodeSnapshot, encodeSnapshot } from '../../src/search/snapshot.ts';
import { credit } from './credit.ts';

const talks = makeDocument(
  [
    'Negotiators met again on Thursday near the border.',
    '“We have agreed on humanitarian corridors for civilians,” said Mikhail Podolyak, an adviser.',
    '“The talks were constructive but difficult,” said Anna Berg, a diplomat.',
  ].join('\n'),
  { title: 'Talks', source: null, date: null, guild: null },
);
const local = makeDocument('“Repaint the footbridge in a brighter colour,” said Ana Novak.', {
  title: 'Bridge',
  source: null,
  date: null,
  guild: 'guild-a',
});

function index(): CorpusIndex {
  const built = new CorpusIndex();
  built.add({
    doc: talks,
    analysis: {
      quotes: [
        credit(talks, 'We have agreed on humanitarian corridors for civilians', 'Mikhail Podolyak'),
        credit(talks, 'The talks were constructive but difficult', 'Anna Berg'),
      ],
      people: [],
    },
  });
  built.add({
    doc: local,
    analysis: { quotes: [credit(local, 'Repaint the footbridge', 'Ana Novak')], people: [] },
  });
  return built;
}

const QUERIES = [
  'agreed on humanitarian coridors',
  'the talks were constructive',
  'footbridge brighter color',
  'the cat sat on the mat all afternoon',
];

describe('index snapshots', () => {
  it('restore an index that answers exactly as the original did', () => {
    const original = index();
    const restored = CorpusIndex.fromSnapshot(original.toSnapshot());
    expect(restored.size).toBe(original.size);
    expect(restored.passageCount).toBe(original.passageCount);
    expect(restored.get(talks.id)).toEqual(original.get(talks.id));
    for (const scope of [{ guild: null }, { guild: 'guild-a' }]) {
      for (const query of QUERIES) {
        expect(restored.whoSaid(query, scope)).toEqual(original.whoSaid(query, scope));
        expect(restored.ask(query, scope)).toEqual(original.ask(query, scope));
      }
      expect(restored.speakers(scope)).toEqual(original.speakers(scope));
    }
  });

  it('leave out removed documents and take new ones after loading', () => {
    const original = index();
    original.remove(local.id);
    const restored = CorpusIndex.fromSnapshot(original.toSnapshot());
    expect(restored.whoSaid('footbridge brighter color', { guild: 'guild-a' }).best).toBeNull();
    restored.add({
      doc: local,
      analysis: { quotes: [credit(local, 'Repaint the footbridge', 'Ana Novak')], people: [] },
    });
    expect(restored.whoSaid('repaint the footbridge', { guild: 'guild-a' }).best?.attribution?.speaker).toBe(
      'Ana Novak',
    );
  });

  it('refuse bytes that are not a snapshot', () => {
    const foreign = encodeSnapshot({}, new Int32Array(0));
    foreign.write('{"magic":"something-else"', 4);
    expect(() => decodeSnapshot(foreign)).toThrow(/snapshot/);
    expect(() => CorpusIndex.fromSnapshot(Buffer.from('not a snapshot at all'))).toThrow();
  });
});
