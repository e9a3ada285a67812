// Test articles, written for these tests, on speakers a story names once and then describes: a body
// that becomes "it", a company typed by a common noun, someone described by age.
import { describe, expect, it } from 'vitest';
import { article, find } from './helpers.ts';

describe('junior nationals (bodies and ages)', () => {
  const { result } = article('junior-nationals.txt');

  it('"Athletics Wales said …. “A,” it said.": a name with a sport\'s word and no first name is a body "it" can mean', () => {
    expect(find(result, 'We are thrilled for Niamh').speaker).toBe('Athletics Wales');
  });

  it('"X, 16, …. “A,” the teenager said.": the teenager is the person whose age was given in the teens', () => {
    expect(find(result, 'the crowd carried me').speaker).toBe('Niamh Ferris');
  });

  it('"Y, 84, …. “B,” the octogenarian said.": an age in the eighties, not the teenager named before', () => {
    expect(find(result, 'they keep not believing me').speaker).toBe('Bernard Quigley');
  });

  it('"Swimming Scotland\'s performance director, Ailsa Grant,": a body of two words owns the role', () => {
    const q = find(result, 'a run for the history books');
    expect(q.speaker).toBe('Ailsa Grant');
    expect(q.role).toBe("Swimming Scotland's performance director");
  });
});

describe('payroll breach (a company typed by a common noun)', () => {
  const { result } = article('payroll-breach.txt');

  it('"payroll company Brightledger Solutions … The company said": the company, not the regulator before it', () => {
    expect(find(result, 'it accepted the findings in full').speaker).toBe('Brightledger Solutions');
  });

  it('the company is not listed among the people, and its chief executive speaks for himself', () => {
    expect(result.people.find((p) => p.name === 'Brightledger Solutions')?.kind).toBe('organization');
    const q = find(result, 'trusted us with their wages');
    expect(q.speaker).toBe('Łukasz Zieliński');
    expect(q.role).toBe("Brightledger Solutions' chief executive");
  });
});

describe('ferry treaty (titles in capitals, bodies described)', () => {
  const { result } = article('ferry-treaty.txt');

  it('"X, the Foreign Secretary, told MPs": the name speaks, the capitalised title is the role', () => {
    const q = find(result, 'broken promises to island communities');
    expect(q.speaker).toBe('Amara Okafor');
    expect(q.role).toBe('Foreign Secretary');
  });

  it('a later "the Foreign Secretary said" is the person given that title', () => {
    expect(find(result, 'the best deal on the table').speaker).toBe('Amara Okafor');
  });

  it('"X, the Mayor of Brno, …, said": a title with its "of" is no name', () => {
    const q = find(result, 'given ground where it hurt');
    expect(q.speaker).toBe('Marek Dvořák');
    expect(q.role).toBe('Mayor of Brno');
  });

  it('"The Portuguese government said A. “B,” it said.": "it" is the body described, though it has no name', () => {
    expect(find(result, 'ratify it before the summer').speaker).toBe('The Portuguese government');
    expect(result.people.some((p) => /government/i.test(p.name))).toBe(false);
  });
});
