import { describe, expect, it } from 'vitest';
import { article, find } from './helpers.js';

describe('transit plan (quotes inside their clause, subjects behind clauses and parentheses)', () => {
  const { result } = article('transit-plan.txt');

  it('a quote that runs on unquoted in its clause is reported speech, the whole clause credited', () => {
    const q = find(result, 'the night buses are coming back');
    expect(q.speaker).toBe('Lena Ortiz');
    expect(q.kind).toBe('indirect');
    expect(q.quote).toBe(
      '“the night buses are coming back” despite a budget cut of four million dollars this spring',
    );
  });

  it('a couple of quoted words inside reported speech still speak: "saying “of course” the route …"', () => {
    const q = find(result, 'the river route would stay open');
    expect(q.speaker).toBe('Ben Ashe');
    expect(q.quote.startsWith('“of course”')).toBe(true);
  });

  it('a party tag with its stops ("(D-Ore.)") ends no sentence: "Rep. X (D-Ore.), noting …, said, “…”"', () => {
    expect(find(result, 'We heard you, and we will keep listening').speaker).toBe('Dana Holt');
  });

  it('"an official who … said Tuesday, “…”" is the official, not the last noun of the clause', () => {
    expect(find(result, 'The money for the new depot is already spent').speaker).toBe('A transit official');
  });

  it('"X answered a question … on her page writing, “…”" is X, not the page', () => {
    expect(find(result, 'The riders deserve answers').speaker).toBe('Dana Holt');
  });

  it('a quote its clause acts on without a reporting verb is the clause subject\'s: "welcomed “…”", "put it"', () => {
    expect(find(result, 'the chance to finally fix the junction').speaker).toBe('Priya Nand');
    expect(find(result, 'a bus that never comes is no bus at all').speaker).toBe('Omar Sidd');
  });
});

describe('transit plan, descriptions', () => {
  const { result } = article('transit-plan.txt');

  it('an indefinite description ("one planning official") is someone new, not the official named before', () => {
    expect(find(result, 'The neighbours have been patient with us').speaker).toBe('one planning official');
  });
});
