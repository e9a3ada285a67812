import { describe, expect, it } from 'vitest';
import { wordForms } from '../../src/search/inflection.ts';
import { terms } from '../../src/search/normalize.ts';

/** The forms of a question's word that a text's words are. */
function found(question: string, text: string): string[] {
  const [word] = terms(question) as [string];
  const inText = new Set(terms(text));
  return [word, ...wordForms(word)].filter((form) => inText.has(form));
}

describe('word forms a question is looked up in', () => {
  it('reaches a possessive, a plural and a singular', () => {
    expect(found('Bernier', 'Bernier’s petition')).toEqual(["bernier's"]);
    expect(found('elections', 'after the election')).toEqual(['election']);
    expect(found('policy', 'two policies')).toEqual(['policies']);
    expect(found('taxes', 'a new tax')).toEqual(['tax']);
  });

  it('does not take a word ending in -ss for a plural', () => {
    expect(found('press', 'the pres')).toEqual([]);
  });
});
