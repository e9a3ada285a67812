import { describe, expect, it } from 'vitest';
import { attributeText } from '../../src/attribution/index.ts';
import { article, find, none } from './helpers.ts';

describe('harbour strike (patterns, roles, reported speech)', () => {
  const { result } = article('harbour-strike.txt');

  it('“…,” Surname said', () => {
    const q = find(result, 'We have offered a fair deal');
    expect(q.speaker).toBe('Helena Duarte');
    expect(q.mention?.text).toBe('Duarte');
    expect(q.role).toBe('Portuguese Transport Minister');
  });

  it('“…,” he told X resolves the pronoun to the last person named', () => {
    const q = find(result, 'The minister knows exactly why the cranes are silent');
    expect(q.mention?.text).toBe('he');
    expect(q.speaker).toBe('Rui Tavares');
  });

  it('Speaker added: “…” with a role description', () => {
    const q = find(result, 'No one in this government wants a long dispute');
    expect(q.mention?.text).toBe('The minister');
    expect(q.speaker).toBe('Helena Duarte');
  });

  it('indirect speech: Speaker said that …', () => {
    const q = find(result, 'the government would not reopen talks');
    expect(q.kind).toBe('indirect');
    expect(q.speaker).toBe('Helena Duarte');
  });

  it('unquoted speech closed by ", Surname said."', () => {
    const q = find(result, 'Nobody expects the dispute to end this week');
    expect(q.kind).toBe('reported');
    expect(q.speaker).toBe('Rui Tavares');
  });

  it('scare quotes are not speech', () => {
    none(result, 'cosmetic adjustment');
    none(result, 'serious disruption');
  });
});

describe('council vote (straight quotes, said Speaker, floating, according to, organisations)', () => {
  const { result } = article('council-vote.txt');

  it('"…," said Title Name, with the role from the title', () => {
    const q = find(result, 'This budget finally puts riders first');
    expect(q.speaker).toBe('Angela Ortiz');
    expect(q.role).toBe('council member');
  });

  it('one quotation interrupted by its attribution keeps its parts', () => {
    const q = find(result, 'It is not perfect');
    expect(q.quote).toContain('But it is a real start.');
    expect(q.speaker).toBe('Angela Ortiz');
    expect(q.parts).toHaveLength(2);
  });

  it('a paragraph that is only a quote takes the speaker of the paragraph before', () => {
    expect(find(result, 'I still have concerns about the cost').speaker).toBe('Thomas Reed');
  });

  it('the role description "the mayor" resolves to the mayor', () => {
    expect(find(result, 'he would sign the budget by Friday').speaker).toBe('Thomas Reed');
  });

  it('according to Description, Name, "…"', () => {
    expect(find(result, 'the plan is affordable only if ridership returns').speaker).toBe('Linda Park');
  });

  it('organisations speak, and "the newspaper" refers back to them', () => {
    const q = find(result, 'Residents deserve better numbers than these');
    expect(q.mention?.text).toBe('the newspaper');
    expect(q.speaker).toBe('Springfield Gazette');
    expect(result.people.find((p) => p.name === 'Springfield Gazette')?.kind).toBe('organization');
  });
});

describe('drought report (multi-paragraph quote, odd mark, title-case quote)', () => {
  const { text, result } = article('drought-report.txt');

  it('a quote left open at a paragraph end continues in the next paragraph', () => {
    const q = find(result, 'In some counties we have seen no meaningful rain');
    expect(q.quote).toContain('If the short rains also fail');
    expect(q.speaker).toBe('Mary Wanjiru');
    expect(q.mention?.text).toBe('she');
    expect(text.slice(q.start, q.end)).toContain('\n');
  });

  it('"…," said Name, apposition', () => {
    expect(find(result, 'We are seeing children who eat once a day').speaker).toBe('Peter Otieno');
  });

  it('a role learnt from an apposition resolves "the nurse" in a quote missing its closing mark', () => {
    const q = find(result, 'The worst is not behind us');
    expect(q.speaker).toBe('Peter Otieno');
    expect(q.quote).not.toContain('before leaving');
  });

  it('a title-case phrase in quotes is not speech', () => {
    none(result, 'Rains Of Hope');
  });

  it('"The secretary urged …" is indirect speech of the Agriculture Secretary', () => {
    expect(find(result, 'donors to release emergency funds').speaker).toBe('Mary Wanjiru');
  });
});

describe('tech hearing (replied, pronoun after a role description)', () => {
  const { result } = article('tech-hearing.txt');

  it('“…,” Surname replied, continued after the attribution', () => {
    const q = find(result, 'We removed the vast majority of those ads');
    expect(q.speaker).toBe('Marcus Lee');
    expect(q.quote).toContain('I own that');
  });

  it('"she" after "The senator was not persuaded" is the senator, not the last speaker', () => {
    const q = find(result, 'Owning it is not the same as fixing it');
    expect(q.mention?.text).toBe('she');
    expect(q.speaker).toBe('Paula Grant');
  });

  it('Surname insisted that … is indirect speech', () => {
    const q = find(result, 'the company had doubled its review staff');
    expect(q.kind).toBe('indirect');
    expect(q.speaker).toBe('Marcus Lee');
  });
});

describe('robustness', () => {
  it('an odd quote mark never swallows the following paragraphs', () => {
    const text =
      '“This sentence never closes, said nobody in particular\nThe next paragraph is plain.\n“Short and done,” Jane Roe said.';
    const result = attributeText(text);
    const roe = find(result, 'Short and done');
    expect(roe.speaker).toBe('Jane Roe');
    none(result, 'The next paragraph is plain');
  });

  it('handles empty text and text without quotes', () => {
    expect(attributeText('').quotes).toEqual([]);
    expect(attributeText('Nothing was said here at all.').quotes).toEqual([]);
  });

  it('offsets point into the analysed text', () => {
    const text = 'Intro line.\n"We will win this race, and we will win it fairly," said Senator Maria Gomez.';
    const q = find(attributeText(text), 'We will win this race');
    expect(text.slice(q.start, q.end)).toBe('"We will win this race, and we will win it fairly,"');
    expect(text.slice(q.mention?.start, q.mention?.end)).toBe('Senator Maria Gomez');
    expect(q.speaker).toBe('Maria Gomez');
  });
});

describe('water fines (colon introductions, apposition chains, participles, first person)', () => {
  const { result } = article('water-fines.txt');

  it('a paragraph ending "Source reports:" introduces the quote that opens the next paragraph', () => {
    const q = find(result, 'discharged untreated sewage into the River Lune');
    expect(q.mention?.text).toBe('The Harlow Courier');
  });

  it('"…," Name, apposition, second apposition, said', () => {
    const q = find(result, 'We accept the findings and we are sorry');
    expect(q.speaker).toBe('Nora Fielding');
  });

  it('a participle ("while chanting") takes the main subject, not the verb of a relative clause', () => {
    const q = find(result, 'Clean water is not a luxury');
    expect(q.mention?.text).toBe('Dozens of swimmers');
  });

  it('a clause ending in a colon names the source of the quote it introduces', () => {
    const q = find(result, 'Publish every spill within the hour');
    expect(q.mention?.text).toBe("The residents' association");
  });

  it('"I" outside quote marks is the writer, not the last person named', () => {
    const q = find(result, 'Swimmers will believe it when they see it');
    expect(q.mention?.text).toBe('I');
    expect(q.speaker).toBeNull();
  });
});

describe('budget clash (pronoun gender from first names)', () => {
  const { result } = article('budget-clash.txt');

  it('"he" keeps to the man named in subject position', () => {
    expect(find(result, 'We cannot spend money').speaker).toBe('Daniel Okafor');
  });

  it('"she" skips a nearer man to reach the woman, known as such only by her first name', () => {
    const q = find(result, 'Then the voters will see them in May');
    expect(q.mention?.text).toBe('she');
    expect(q.speaker).toBe('Grace Lindqvist');
  });
});
