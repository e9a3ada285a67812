import { describe, expect, it } from 'vitest';
import { normalizeTerm } from '../../src/search/normalize.ts';

describe('normalizeTerm', () => {
  it('folds case, accents and British spelling', () => {
    expect(normalizeTerm('Colour')).toBe('color');
    expect(normalizeTerm('Café')).toBe('cafe');
    expect(normalizeTerm('Defence')).toBe('defense');
  });

  it('treats words that are also object property names as words', () => {
    expect(normalizeTerm('constructor')).toBe('constructor');
    expect(normalizeTerm('toString')).toBe('tostring');
  });

  it('gives the same answer the second time, from its memo', () => {
    expect(normalizeTerm('Organisation')).toBe(normalizeTerm('Organisation'));
    expect(normalizeTerm('Organisation')).toBe('organization');
  });
});
