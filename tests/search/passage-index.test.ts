import { describe, expect, it } from 'vitest';
import { PassageIndex } from '../../src/search/passage-index.ts';

const all = () => true;

function built(): PassageIndex {
  const index = new PassageIndex();
  index.add(1, ['harbour', 'open', 'spring']);
  index.add(2, ['harbour', 'cranes', 'arriving', 'cranes']);
  index.add(3, ['moorings', 'fishermen']);
  return index;
}

describe('PassageIndex', () => {
  it('finds passages with a word of every group, or of any', () => {
    const index = built();
    expect(index.search([['harbour'], ['cranes']], 'all', all, 10).map((hit) => hit.id)).toEqual([2]);
    expect(
      index
        .search([['cranes'], ['moorings']], 'any', all, 10)
        .map((hit) => hit.id)
        .sort(),
    ).toEqual([2, 3]);
  });

  it('treats the words of one group as alternatives', () => {
    expect(built().search([['spring', 'moorings']], 'all', all, 10).length).toBe(2);
  });

  it('ranks a passage that repeats a word above one that has it once', () => {
    const index = built();
    index.add(4, ['cranes', 'harbour', 'spring', 'open', 'today']);
    expect(index.search([['cranes']], 'any', all, 10)[0]?.id).toBe(2);
  });

  it('tells whether a passage holds a word, and not once the passage is removed', () => {
    const index = built();
    expect(index.holds('cranes', 2)).toBe(true);
    expect(index.holds('cranes', 1)).toBe(false);
    expect(index.holds('lighthouse', 1)).toBe(false);
    index.discard(2);
    expect(index.holds('cranes', 2)).toBe(false);
    expect(index.holds('harbour', 1)).toBe(true);
  });

  it('skips passages the caller does not accept, and removed ones', () => {
    const index = built();
    expect(index.search([['harbour']], 'any', (id) => id !== 1, 10).map((hit) => hit.id)).toEqual([2]);
    index.discard(2);
    expect(index.search([['harbour']], 'any', all, 10).map((hit) => hit.id)).toEqual([1]);
    expect(index.passageCount).toBe(2);
  });

  it('saves and loads to the same answers, and keeps growing after a load', () => {
    const index = built();
    index.discard(3);
    const { data, postings } = index.save();
    const loaded = PassageIndex.load(JSON.parse(JSON.stringify(data)), postings);
    expect(loaded.search([['harbour']], 'any', all, 10)).toEqual(index.search([['harbour']], 'any', all, 10));
    expect(loaded.search([['moorings']], 'any', all, 10)).toEqual([]);
    loaded.add(5, ['harbour', 'moorings']);
    expect(
      loaded
        .search([['harbour']], 'any', all, 10)
        .map((hit) => hit.id)
        .sort(),
    ).toEqual([1, 2, 5]);
    expect(loaded.frequencies()).toContainEqual(['harbour', 3]);
  });
});
