import { describe, expect, it } from 'vitest';
import { article, find } from './helpers.js';

describe('port dredging (several clauses, institutions, whole names, roles)', () => {
  const { result } = article('port-dredging.txt');

  it('"X said A and that B": both clauses are X\'s, and "construction" is never a speaker', () => {
    const q = find(result, 'construction would begin in the spring');
    expect(q.speaker).toBe('Denise Okafor');
    expect(q.quote).toContain('dredging would be limited to the winter months');
    expect(result.quotes.some((a) => a.speaker === 'construction')).toBe(false);
  });

  it('"X said A, adding that B": each clause credited to X', () => {
    expect(find(result, 'the work would cost about 40 million dollars').speaker).toBe('Denise Okafor');
    expect(find(result, 'the federal government would pay half').speaker).toBe('Denise Okafor');
  });

  it('"According to X, A" credits A to X', () => {
    expect(find(result, 'the contract will go to a local firm').speaker).toBe('Denise Okafor');
  });

  it('"she" never resolves to a museum, and institutions are not people', () => {
    expect(find(result, 'We have waited twenty years for this').speaker).not.toMatch(/Museum/);
    const names = result.people.filter((p) => p.kind === 'person').map((p) => p.name);
    expect(names.some((n) => /Museum|Gulls|Eastport/.test(n))).toBe(false);
  });

  it('a role never reaches back into the paragraph before', () => {
    expect(result.people.find((p) => p.name === 'Paul Brennan')?.role).toBe('Museum director');
  });

  it('"X said A and said, “B”": the speaker is X, not the subject of A', () => {
    expect(find(result, 'We expect an answer before any digging starts').speaker).toBe('Paul Brennan');
  });

  it('names whole: a title with "of", hyphenated surnames, institutions with "of"', () => {
    const clinton = find(result, 'This harbour built the region');
    expect(clinton.speaker).toBe('Hillary Clinton');
    expect(clinton.role).toBe('Secretary of State');
    expect(find(result, 'The fish will move out for a season').speaker).toBe('Marisol Wilson-Raybould');
    expect(find(result, 'supports the project in full').speaker).toBe('Royal Bank of Scotland Group');
    expect(find(result, 'It is overdue').speaker).toBe('Nancy Delgado');
  });

  it('"the rookie defenceman" resolves to the person the text gave that role', () => {
    const q = find(result, 'keep the noise down in the mornings');
    expect(q.mention?.text).toBe('the rookie defenceman');
    expect(q.speaker).toBe('Tom Reyes');
  });

  it('"the company said" refers back to the organisation named before', () => {
    expect(find(result, 'We will publish the schedule online').speaker).toBe('Royal Bank of Scotland Group');
  });
});
