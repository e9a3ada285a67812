// Test articles, written for these tests, whose speakers are described rather than named: a
// spokeswoman, a family's lawyers, a source close to talks, words someone owns.
import { describe, expect, it } from 'vitest';
import { article, find } from './helpers.ts';

describe('water limits (people who speak under a description only)', () => {
  const { result } = article('water-limits.txt');

  it('"A spokeswoman for X said A. “B,” she said.": B is the spokeswoman\'s, not the last named person\'s', () => {
    expect(find(result, 'engineers were fixing leaks').speaker).toBe('A spokeswoman for the company');
    expect(find(result, 'Every litre we save now').speaker).toBe('A spokeswoman for the company');
  });

  it('"A spokesman for X apologised. “A,” he said.": a described newcomer is whom "he" means, though the sentence quotes nothing', () => {
    expect(find(result, 'We should have spoken sooner').speaker).toBe(
      "A spokesman for the National Farmers' Union",
    );
    expect(find(result, 'Our members were caught out').speaker).toBe(
      "A spokesman for the National Farmers' Union",
    );
  });

  it('"The environment secretary … said A. He added that B": B stays with the secretary', () => {
    expect(find(result, 'a sensible precaution').speaker).toBe('The environment secretary');
    expect(find(result, 'no household would lose its supply').speaker).toBe('The environment secretary');
  });

  it('an unnamed speaker is not listed among the people, and named speakers keep their words', () => {
    expect(result.people.some((p) => /spokes/i.test(p.name))).toBe(false);
    expect(find(result, 'Crops cannot wait for rain').speaker).toBe('Dilip Varma');
    expect(find(result, 'a month too late').speaker).toBe('Rosa Llewellyn');
  });
});

describe('care home (a group that speaks under a description)', () => {
  const { result } = article('care-home.txt');

  it('"The family\'s lawyers said A. “B,” they said.": B is the lawyers\', not the officers named before', () => {
    expect(find(result, 'they would seek damages').speaker).toBe("The family's lawyers");
    expect(find(result, 'We will take this as far as it needs to go').speaker).toBe("The family's lawyers");
  });

  it('a group is never whom "he" or "she" means', () => {
    expect(find(result, 'The truth. Just the truth.').speaker).toBe('Kevin Doyle');
    expect(find(result, 'She taught us all to stand up for ourselves').speaker).toBe('Fiona Hart');
  });
});

describe('pilots strike (owners of words, sources close to talks)', () => {
  const { result } = article('pilots-strike.txt');

  it("\"The minister's message was clear: “…”\": the words are the minister's, not the message's", () => {
    expect(find(result, 'Both sides need to get back around the table').speaker).toBe(
      'The transport minister',
    );
  });

  it('a headline opening on a common noun ("Airline cancels …") names no one "the airline" could mean', () => {
    expect(find(result, 'We apologise to every customer affected').speaker).toBe('the airline');
    expect(result.people.some((p) => p.name === 'Airline')).toBe(false);
  });

  it('"A source close to the talks told …": the source speaks, not the talks', () => {
    expect(find(result, 'pay remained the sticking point').speaker).toBe('A source');
  });

  it('"“…,” he was quoted as saying" after "Passenger Name, 41, was stranded"', () => {
    expect(find(result, 'Nobody told us anything until we got to the gate').speaker).toBe('Omar Haddad');
  });

  it('"the pilots\' demands “…”": a noun after a possessive reports nothing; the writer of the op-ed speaks', () => {
    expect(find(result, "would put the airline's future at risk").speaker).toBe('Tom Bradley');
  });
});

describe('vaccine rollout (texts and spokespeople)', () => {
  const { result } = article('vaccine-rollout.txt');

  it('"…,” said a spokesperson for the manufacturer, Novagen": the spokesperson speaks, not the company named after', () => {
    expect(find(result, 'We expect the next shipment within days').speaker).toBe(
      'a spokesperson for the manufacturer',
    );
  });

  it('a statement speaks for the ministry that issued it', () => {
    expect(find(result, 'Every region will receive its full allocation').speaker).toBe('Ministry of Health');
    expect(find(result, 'The delays were caused by a supplier').speaker).toBe('Ministry of Health');
  });
});

describe('wind farm (words someone owns, descriptions before a name)', () => {
  const { result } = article('wind-farm.txt');

  it('"Her verdict on the turbines: “…”": the words are hers', () => {
    expect(find(result, 'They are an eyesore').speaker).toBe('Gwen Price');
  });

  it('"…,” admits Price\'s neighbour, retired teacher Alun Davies": the neighbour is named after the description', () => {
    expect(find(result, "I think they're rather beautiful").speaker).toBe('Alun Davies');
  });

  it('"Asked if she would …, she replied: “…”" goes on with the councillor', () => {
    expect(find(result, "I haven't made up my mind").speaker).toBe('Megan Lloyd');
  });
});

describe('no inquiry (a spokesman who is named only by whose he is)', () => {
  const { result } = article('no-inquiry.txt');

  it('"X\'s spokesman said there would be …": "there" opens the clause', () => {
    expect(find(result, 'there would be no public inquiry').speaker).toBe(
      "Prime Minister Keir Starmer's spokesman",
    );
  });

  it('a later "the spokesman said" is the same spokesman, not the prime minister', () => {
    expect(find(result, 'has full confidence in the process').speaker).toBe(
      "Prime Minister Keir Starmer's spokesman",
    );
    expect(find(result, "I'm not going to get into that").speaker).toBe(
      "Prime Minister Keir Starmer's spokesman",
    );
  });
});
