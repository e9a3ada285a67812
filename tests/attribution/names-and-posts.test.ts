// Test articles, written for these tests, on how a name is read whole and its post kept apart:
// particles, parties before names, posts in lower case, family words, hyphens.
import { describe, expect, it } from 'vitest';
import { article, find } from './helpers.ts';

describe('cliff evacuation (roles given with a possessive)', () => {
  const { result } = article('cliff-evacuation.txt');

  it('"Its cabinet member for housing, X, told …": the role reads without "Its"', () => {
    const q = find(result, 'safety has to come first');
    expect(q.speaker).toBe('Olly Monk');
    expect(q.role).toBe('cabinet member for housing');
  });

  it('"Mrs X\'s neighbour, Y, agreed": the neighbour speaks, with his own words', () => {
    expect(find(result, "They'll have to carry me out").speaker).toBe('Bill Hocking');
    expect(find(result, 'The cliff is saturated').speaker).toBe('Sarah Penrose');
  });
});

describe('ferryman (a feature in the present tense)', () => {
  const { result } = article('ferryman.txt');

  it('"“A,” he shrugs": a gesture after the quote names its speaker, not the speaker of the paragraph before', () => {
    expect(find(result, 'Things change').speaker).toBe('Peter Rowe');
  });

  it('"X was blunt. “A.”": a sentence about someone introduces the quote after it in its paragraph', () => {
    expect(find(result, 'the crossing must change with it').speaker).toBe('Jo Pascoe');
  });

  it('a headline above a name is no part of its role', () => {
    expect(find(result, 'what the ferry means to people here').role ?? '').not.toMatch(/ferryman|years/);
  });

  it('"X says" in the present tense and a "he says" after it', () => {
    expect(find(result, 'We have to plan for the people').speaker).toBe('Neil Gable');
    expect(find(result, 'I watched her stand on that slipway').speaker).toBe('Tom Penhale');
    expect(find(result, 'Nobody stops on a bridge').speaker).toBe('Claire');
  });
});

describe('walking study (names with particles, an employer in a possessive)', () => {
  const { result } = article('walking-study.txt');

  it('"Dr Borja del Pozo Cruz", later "Dr del Pozo Cruz": one person, particle and all', () => {
    expect(find(result, 'The more steps people took').speaker).toBe('Borja del Pozo Cruz');
  });

  it('"Ursula von der Leyen", later "von der Leyen said"', () => {
    expect(find(result, 'Prevention is cheaper than cure').speaker).toBe('Ursula von der Leyen');
  });

  it('"X, who heads strategy at Alzheimer\'s Research UK, said …. “…,” she added": she is X, not the charity', () => {
    expect(find(result, 'Even small changes count').speaker).toBe('Sara Imarisio');
  });
});

describe('housing debate (a party before a name, two women in one exchange)', () => {
  const { result } = article('housing-debate.txt');

  it('"Conservative Emma Price": the party is a description, not her first name', () => {
    const q = find(result, 'You cannot build 10,000 homes with a press release');
    expect(q.speaker).toBe('Emma Price');
    expect(q.role).toBe('Conservative');
  });

  it('each woman keeps her own "she said"', () => {
    expect(find(result, 'She has never once stood up for a tenant').speaker).toBe('Sarah Okonjo');
    expect(find(result, "That clinic saved my mother's life").speaker).toBe('Sarah Okonjo');
    expect(find(result, 'They argue with each other').speaker).toBe('Tom Reilly');
  });
});

describe('night patrols (two men, their posts)', () => {
  const { result } = article('night-patrols.txt');

  it('"The chief said he did not have the staff": the post finds the police chief', () => {
    expect(find(result, 'he did not have the staff').speaker).toBe('Robert Kim');
    expect(find(result, "I can't put officers on corners").speaker).toBe('Robert Kim');
  });

  it('"the mayor said" and "he said" after the mayor keep to the mayor', () => {
    expect(find(result, "People don't feel safe after dark").speaker).toBe('John Alvarez');
    expect(find(result, 'the council will have to find the money').speaker).toBe('John Alvarez');
  });
});

describe('library reopens (attributions set off by dashes, family, posts before names)', () => {
  const { result } = article('library-reopens.txt');

  it('"“A” – said X – “B”": both halves are X\'s', () => {
    const q = find(result, 'We lost 4,000 books');
    expect(q.speaker).toBe('Owen Price');
    expect(q.quote).toContain('but not a single reader');
  });

  it('"…,” shrugged her grandson, Jake, 19." names the grandson', () => {
    const q = find(result, "But it's our building");
    expect(q.speaker).toBe('Jake');
    expect(q.role).toBe('grandson');
  });

  it('"…,” said librarian Ruth Adeyemi": the post is her role', () => {
    expect(find(result, 'the best day we have had').role).toBe('librarian');
  });
});

describe('last match (fans and a club, roles with hyphens)', () => {
  const { result } = article('last-match.txt');

  it('"said season-ticket holder Kelly Marsh, 44": the whole post, hyphen and all', () => {
    const q = find(result, 'My grandad brought me here');
    expect(q.speaker).toBe('Kelly Marsh');
    expect(q.role).toBe('season-ticket holder');
  });

  it('"…,” laughed Name, 61, a fan since 1971." and the manager\'s "she said"', () => {
    expect(find(result, 'The toilets were a disgrace').speaker).toBe('Steve Barnes');
    expect(find(result, 'This one is for them').speaker).toBe('Sofia Reyes');
  });
});
