import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/attribution/sentences.ts';

describe('splitSentences', () => {
  it('splits on sentence ends and never across a paragraph break', () => {
    const text = 'Mr. Smith arrived at 5 p.m. on Monday. He left early\nA new paragraph starts here.';
    const parts = splitSentences(text).map(({ start, end }) => text.slice(start, end));
    expect(parts).toEqual([
      'Mr. Smith arrived at 5 p.m. on Monday.',
      'He left early',
      'A new paragraph starts here.',
    ]);
  });

  it('keeps a mark left after a closing quote with its sentence', () => {
    const text = 'He said it was “done.”. Then he left.';
    const parts = splitSentences(text).map(({ start, end }) => text.slice(start, end));
    expect(parts[0]).toBe('He said it was “done.”.');
  });
});
