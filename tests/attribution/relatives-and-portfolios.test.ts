// A test article, written for these tests, on subjects whose last words are not the speaker: a "who"
// clause before the verb, an institution or a minister "for" something, a knight, a wire credit.
import { describe, expect, it } from 'vitest';
import { article, find } from './helpers.ts';

describe('sluice inquiry (relative clauses, "for" in names, knights, wire credits)', () => {
  const { result } = article('sluice-inquiry.txt');

  it('"The engineer who inspected the harbour wall told the inquiry: “…”": the engineer, not the wall', () => {
    expect(find(result, 'I wrote it down in red ink').speaker).toBe('The engineer');
  });

  it('"A woman who runs the quayside shop said …": the woman, not the shop', () => {
    expect(find(result, 'like a kettle coming to the boil').speaker).toBe('A woman');
  });

  it('"Sir Alan said" is the Sir Alan Marsh Lane named before: a knight by his first name, and no street', () => {
    expect(find(result, 'where the evidence takes us').speaker).toBe('Alan Marsh Lane');
    expect(result.people.find((p) => p.name === 'Alan Marsh Lane')?.kind).toBe('person');
  });

  it('"The Department for Environment said …. “…,” it said.": the whole name, then "it" is the department', () => {
    expect(find(result, 'begun its own review').speaker).toBe('Department for Environment');
    expect(find(result, 'We owe the families of Kelby').speaker).toBe('Department for Environment');
  });

  it('"The Minister for Water Oona Tierney said": her name, and the portfolio as her role', () => {
    const said = find(result, 'Nothing will be held back');
    expect(said.speaker).toBe('Oona Tierney');
    expect(said.role).toBe('Minister for Water');
  });

  it('"The Institute for Coastal Studies said …. It said: “…”": the institute by its whole name', () => {
    expect(find(result, 'Every sluice of that age').speaker).toBe('Institute for Coastal Studies');
  });

  it('"NORTHAVEN (Wirepress) - …, the company said": the agency credited in the dateline is not the company', () => {
    expect(find(result, 'had been failing for a year').speaker).not.toBe('Wirepress');
    expect(result.people.map((p) => p.name)).not.toContain('Wirepress');
  });
});
