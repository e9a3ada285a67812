// Test articles, written for these tests, on which words a reporting verb reports: the clause after
// the one told, after a time, after a dateline; a plea that is no speech.
import { describe, expect, it } from 'vitest';
import { article, find } from './helpers.ts';

describe('fraud sentence (a plea, reported clauses, a description of someone named)', () => {
  const { result } = article('fraud-sentence.txt');

  it('"X pleaded guilty to …" is a plea, not words of X\'s', () => {
    expect(result.quotes.some((q) => q.quote.includes('14 counts of fraud'))).toBe(false);
  });

  it('"Police said the investigation began after …": a clause in the past after "said" is what was said', () => {
    expect(find(result, 'the investigation began after a bank flagged').speaker).toBe('Police');
  });

  it('"The woman said …, “…,” she said" after a named woman: the pronoun is hers, not "The woman"', () => {
    expect(find(result, 'We found out when everyone else did').speaker).toBe('Megan Holloway');
  });
});

describe('housing pledge (a dateline before reported speech)', () => {
  const { result } = article('housing-pledge.txt');

  it('"OTTAWA — A, X announced": the dateline is no part of what X said', () => {
    const q = find(result, 'will spend $2 billion over three years');
    expect(q.speaker).toBe('Sean Fraser');
    expect(q.quote.startsWith('The federal government')).toBe(true);
  });
});

describe('school closures (telling someone something)', () => {
  const { result } = article('school-closures.txt');

  it('"X told reporters she would …": what follows the one told is what X said', () => {
    expect(find(result, 'she would visit the schools').speaker).toBe('Priya Nair');
  });

  it('"She told Nair the minister had …": a name told, then the clause', () => {
    const q = find(result, 'the minister had never visited the schools');
    expect(q.speaker).toBe('Sarah Cole');
    expect(q.quote.startsWith('the minister')).toBe(true);
  });

  it('"Principal Name, whose school …, said": the post is the role, not part of the name', () => {
    const q = find(result, 'Nobody from the ministry rang me');
    expect(q.speaker).toBe('Huia Walker');
    expect(q.role).toBe('Principal');
  });
});

describe('power cuts (wire copy: the one told, then what was said)', () => {
  const { result } = article('power-cuts.txt');

  it('"X, his spokesperson, later told The Associated Press that A": A is X\'s, and nothing before the verb is', () => {
    const q = find(result, 'the government had secured emergency power');
    expect(q.speaker).toBe('Vincent Magwenya');
    expect(result.quotes.some((a) => a.speaker === 'Associated Press')).toBe(false);
  });

  it('"X, chief executive of Y, informed reporters that A"', () => {
    expect(find(result, 'companies were losing billions every week').speaker).toBe('Busisiwe Mavuso');
  });

  it('"…,” said the party\'s leader, X." names X with the role', () => {
    const q = find(result, 'South Africans are tired of promises');
    expect(q.speaker).toBe('John Steenhuisen');
  });
});

describe('chip curbs (wire copy with a time after the verb)', () => {
  const { result } = article('chip-curbs.txt');

  it('"China said on Tuesday it would …": the clause after the time is what was said', () => {
    const q = find(result, 'it would take');
    expect(q.speaker).toBe('China');
    expect(q.quote.startsWith('it would take')).toBe(true);
  });

  it('"…,” said Name of the consultancy X." is the person, not the consultancy', () => {
    expect(find(result, 'They can hit back with rare earths').speaker).toBe('Paul Triolo');
  });
});

describe('fifth defeat (a headline that sums up)', () => {
  const { result } = article('fifth-defeat.txt');

  it('"Coach insists job is safe …" as a headline is nobody\'s words; the story\'s sentence is', () => {
    expect(result.quotes.some((q) => q.quote.includes('job is safe'))).toBe(false);
    expect(find(result, 'she still had the backing of the board').speaker).toBe('Marta Lindqvist');
  });

  it('"the 29-year-old said" after "Captain Ben Osei apologised"', () => {
    expect(find(result, 'They deserved so much more from us').speaker).toBe('Ben Osei');
  });
});
