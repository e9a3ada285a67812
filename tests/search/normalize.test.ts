import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeTerm, terms, tokenize } from '../../src/search/normalize.ts';

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

describe('one tokenizer', () => {
  it('splits a text into the same words for indexing (terms) as for querying and highlighting (tokenize)', () => {
    const text = 'O’Brien didn’t say “Défense-programme”; he said 2,500 colours—twice.';
    expect(terms(text)).toEqual(tokenize(text).map((token) => token.term));
    expect(terms(text)).toEqual([
      "o'brien",
      "didn't",
      'say',
      'defense',
      'program',
      'he',
      'said',
      '2',
      '500',
      'colors',
      'twice',
    ]);
  });

  it('is the only word-splitting rule in the search and speaker code', () => {
    const dir = join(import.meta.dirname, '..', '..', 'src', 'search');
    const withWordRule = readdirSync(dir).filter((name) =>
      readFileSync(join(dir, name), 'utf8').includes(String.raw`[\p{L}\p{N}]+`),
    );
    expect(withWordRule).toEqual(['normalize.ts']);
  });
});
