import { describe, expect, it } from 'vitest';
import { TypoCorrector } from '../../src/search/typos.ts';

const WORDS: [string, number][] = [
  ['moorings', 3],
  ['mornings', 5],
  ['harbour', 2],
  ['ramp', 1],
  ['cranes', 4],
];

describe('TypoCorrector', () => {
  it('corrects the same way whether its words were added one by one or loaded at once', () => {
    const added = new TypoCorrector();
    for (const [word, count] of WORDS) for (let i = 0; i < count; i++) added.add(word);
    const loaded = new TypoCorrector();
    loaded.load(WORDS);
    for (const typo of ['morings', 'moorrings', 'hrabour', 'framp', 'cranse', 'zebra']) {
      expect(loaded.corrections(typo)).toEqual(added.corrections(typo));
    }
    expect(loaded.corrections('morings')).toEqual(['mornings', 'moorings']);
  });

  it('takes words added after loading, and drops removed ones', () => {
    const loaded = new TypoCorrector();
    loaded.load(WORDS);
    loaded.add('breakwater');
    loaded.remove('ramp');
    expect(loaded.corrections('brekawater')).toEqual(['breakwater']);
    expect(loaded.corrections('framp')).toEqual([]);
  });
});
