// A test article, written for these tests, in the way match reports and foreign news refer back to
// someone just named: by nationality ("the Italian", "the German defender", "the Englishman").
import { describe, expect, it } from 'vitest';
import { article, find } from './helpers.ts';

describe('cup semi-final (people referred to by nationality)', () => {
  const { result } = article('cup-semi-final.txt');

  it('"X said …. “B,” the Italian said": the person just named, not an organisation called Italian', () => {
    expect(find(result, 'Football is not always fair').speaker).toBe('Matteo Ferraresi');
    expect(result.people.map((p) => p.name)).not.toContain('Italian');
  });

  it('"the German defender" is the player named in the paragraph before', () => {
    expect(find(result, 'I just closed my eyes and jumped').speaker).toBe('Lukas Brandt');
  });

  it('"The Englishman later apologised. “…,” he said": the nationality carries the person to the pronoun', () => {
    expect(find(result, 'I let my emotions take over').speaker).toBe('Joel Ambrose');
  });
});
