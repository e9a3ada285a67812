import { describe, expect, it } from 'vitest';
import { article, find, none } from './helpers.ts';

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

  it('"said skipper Name": a title the tagger misreads still leads to the name', () => {
    expect(find(result, 'The nets came up empty all week').speaker).toBe('Tomas Grieve');
  });

  it('"the authority said": an institution speaks', () => {
    expect(find(result, 'We will keep our word').speaker).toMatch(/authority/i);
  });

  it('"the company said" refers back to the organisation named before', () => {
    expect(find(result, 'We will publish the schedule online').speaker).toBe('Royal Bank of Scotland Group');
  });
});

describe('city hall (separate quotes, main clauses, mixed quotes, labels, phrasal verbs)', () => {
  const { result } = article('city-hall.txt');

  it('a dateline is never a speaker: "X\'s chief of staff rallied volunteers, saying: “…”"', () => {
    const q = find(result, 'We have to be ready to stop this');
    expect(q.speaker).toBe("council member Aisha Raman's chief of staff");
  });

  it('a participle takes the main subject, not the object before it: "X shared a letter …, writing “…”"', () => {
    expect(find(result, 'The numbers do not leave us any choice').speaker).toBe('Gordon Pike');
  });

  it('two quotes with two cues stay two quotes, each with its own mention', () => {
    const first = find(result, 'We are not closing anything lightly');
    const second = find(result, 'We are closing what we cannot afford');
    expect(first).not.toBe(second);
    expect(second.mention?.text).toBe('he');
    expect(second.speaker).toBe('Gordon Pike');
  });

  it('"X said A and said, “B”" credits B to X', () => {
    expect(find(result, 'Every ward gives up something').speaker).toBe('Gordon Pike');
  });

  it('a mixed quotation closed by ", said X, who …" is X\'s', () => {
    expect(find(result, 'Two branches is a start').speaker).toBe('Aisha Raman');
  });

  it('"Round-up - Name: “…”" names the speaker', () => {
    expect(find(result, 'Nobody I spoke to at the market').speaker).toBe('Greg Olsen');
  });

  it('"Name, Outlet: “…”" names the person, not the outlet; "NAME: “…”" names the speaker', () => {
    expect(find(result, 'The vote is set for the first week of July').speaker).toBe('Nadia Petrov');
    expect(find(result, 'Then we will fill the gallery that night').speaker).toBe('Greg Olsen');
  });

  it('a surname that is also a verb ("Read said") is still a name', () => {
    expect(find(result, 'Libraries are where my kids learned to read').speaker).toBe('Read');
  });

  it('"a longtime adviser to Raman" is the speaker, not Raman', () => {
    expect(find(result, 'You will hear from us at every meeting').speaker).toBe(
      'a longtime adviser to Raman',
    );
  });

  it('verbs that double their last letter: "X quipped"', () => {
    expect(find(result, 'Bring a sweater, the heating is off again').speaker).toBe('Greg Olsen');
  });

  it('phrasal reporting verbs: "X shot back"', () => {
    expect(find(result, 'That is simply not true').speaker).toBe('Gordon Pike');
  });

  it('"he" never resolves to a lone capitalised word that may be a company', () => {
    expect(find(result, 'every child deserves a library in their pocket').speaker).not.toBe('Apple');
    expect(result.people.some((p) => p.name === 'Apple' && p.kind === 'person')).toBe(false);
  });
});

describe('city hall, continued (interrupted quotes, odd names, leading conjunctions)', () => {
  const { result } = article('city-hall.txt');

  it('a quote interrupted by a long attribution goes on with that attribution', () => {
    const q = find(result, 'we will not let them go quietly');
    expect(q.speaker).toBe('Greg Olsen');
    expect(q.quote).toContain('The branches are part of who we are');
  });

  it('a surname that is also a preposition ("From said") is still a name', () => {
    expect(find(result, 'We counted every book twice').speaker).toBe('From');
  });

  it('"But Name (Ward 4), noting …, said, “…”" names the councillor', () => {
    expect(find(result, 'People came because they care').speaker).toBe('Maya Brandt');
  });

  it('"“…?” reacted Name"', () => {
    expect(find(result, 'Is anyone listening at city hall').speaker).toBe('Maya Brandt');
  });
});

describe('city hall, runs of quotes (one speaker, several pieces)', () => {
  const { result } = article('city-hall.txt');

  it('a verb inside the first quote\'s attribution ("when asked") does not start a new speaker', () => {
    const q = find(result, 'Nobody can call that waste');
    expect(q.speaker).toBe('Maya Brandt');
    expect(q.quote).toContain('The reading rooms are full every afternoon');
  });

  it('a paragraph that is only a quote continues the quote of the paragraph before, as one quotation', () => {
    const q = find(result, 'cost twice what the city planned');
    expect(q.speaker).toBe('Ana Ruiz');
    expect(q.quote).toContain('We will need more money for the roof');
    expect(q.parts).toHaveLength(2);
  });
});

describe('museum returns (pronouns and institutions, British titles)', () => {
  const { result } = article('museum-returns.txt');

  it('"she" never resolves to a museum, a council or a service', () => {
    expect(find(result, 'we should have done it sooner').speaker).toBe('Helen Marsh');
    expect(find(result, 'a matter of fairness to the people').speaker).toBe('Helen Marsh');
  });

  it('"he" with no man named before stays unresolved rather than naming a bank', () => {
    expect(find(result, 'We have had a strong year').speaker).toBeNull();
  });

  it('"it said" goes to the organisation that spoke just before', () => {
    expect(find(result, 'did not meet the threshold').speaker).toBe('Crown Prosecution Service');
    expect(find(result, 'Nobody should think this is a one-off').speaker).toBe('Heritage Agency');
    expect(find(result, 'The records show who made them').speaker).toBe('Bureau of Island History');
  });

  it('organisations whose name starts with a capital "The" are not people', () => {
    const kinds = new Map(result.people.map((p) => [p.name, p.kind]));
    expect(kinds.get('Crown Prosecution Service')).toBe('organization');
    expect(result.people.some((p) => p.kind === 'person' && /Museum|Service|Agency|Group/.test(p.name))).toBe(
      false,
    );
  });

  it('"Cllr" and "Treasurer" are titles, not part of the name', () => {
    expect(find(result, 'the case was overwhelming').speaker).toBe('Rosa Fenwick');
    expect(result.people.find((p) => p.name === 'Owen Pryce')?.role).toBe('Treasurer');
  });
});

describe('quarry protest (typed single quote marks, a quote over two paragraphs)', () => {
  const { result } = article('quarry-protest.txt');

  it("speech in typed ' marks is quoted and credited in both orders", () => {
    expect(find(result, 'I have walked these fields').speaker).toBe('Joan Pettifer');
    expect(find(result, 'committed to being a good neighbour').mention?.text).toBe('a spokesman');
    expect(find(result, 'The water table is far too close').speaker).toBe('Ian Mowbray');
  });

  it('a paragraph left open goes on in the next one that re-opens the mark', () => {
    const q = find(result, 'This would be a disaster for the village');
    expect(q.speaker).toBe('Geoffrey Hale');
    expect(q.quote).toContain('all the way to the High Court');
    expect(q.parts).toHaveLength(2);
  });

  it('elisions, plural possessives and a headline are no quotes', () => {
    none(result, 'monstrous');
    none(result, '90s a similar scheme');
    none(result, 'n roll festivals');
    expect(result.quotes.filter((q) => q.kind === 'direct')).toHaveLength(4);
  });
});

describe('crash sentence (descriptions by age and family, letters after a name)', () => {
  const { result } = article('crash-sentence.txt');

  it('"the grandmother-of-five", "the 55-year-old", "the 34-year-old" are the people just named', () => {
    expect(find(result, 'I used to walk my dog').speaker).toBe('Sarah Birch');
    expect(find(result, 'I will never forgive him').speaker).toBe('Alan Birch');
    expect(find(result, 'I am so sorry for what I did').speaker).toBe('Daniel Whitcombe');
  });

  it('"MP" and "QC" after a name are not part of it', () => {
    expect(find(result, 'Nobody should pick up a phone').speaker).toBe('Tom Keller');
    expect(result.people.find((p) => p.name === 'Tom Keller')?.role).toBe('MP');
    expect(result.people.some((p) => p.name === 'Ruth Anand')).toBe(true);
  });

  it('"X, a surgeon, said the injuries … were worse": the words after "said" are what was said, not its speaker', () => {
    expect(result.quotes.some((q) => q.speaker?.startsWith('the injuries'))).toBe(false);
    expect(result.quotes.some((q) => q.kind === 'reported' && q.quote.includes('Priya Sethi'))).toBe(false);
  });
});

describe('housing fund (Australian style: "says", "Ms Surname", a quote that closes its sentence)', () => {
  const { result } = article('housing-fund.txt');

  it('"Ms Surname" and present-tense "says" credit the quote, and a paragraph after goes on with it', () => {
    expect(find(result, 'standing in the way of social housing').speaker).toBe('Gail Marwick');
    expect(find(result, 'They should get out of the way').speaker).toBe('Gail Marwick');
    expect(find(result, 'owning a home has slipped out of reach').speaker).toBe('Craig Tonkin');
  });

  it('“….” then "X said he would …": X reports words of his own, the quote stays with who spoke before', () => {
    expect(find(result, 'A rent freeze would help thousands').speaker).toBe('Leon Castellano');
  });

  it('"Its chief executive, Name, said:" and "Mr Surname went on:"', () => {
    expect(find(result, 'We need every tool we can find').speaker).toBe('Nadia Ferris');
    expect(find(result, 'This is a commitment for decades').speaker).toBe('Dean Ruhle');
  });
});

describe('pay offer ("it" for an organisation shown as one, never for a person)', () => {
  const { result } = article('pay-offer.txt');

  it('"X, which represents …" is an organisation, and a later "it said" is X', () => {
    expect(find(result, 'Our members have spoken loud and clear').speaker).toBe('Carewell');
    expect(result.people.find((p) => p.name === 'Carewell')?.kind).toBe('organization');
  });

  it('a lone name with nothing to show a person may be what "it" means, never what "she" means', () => {
    expect(find(result, 'We value every one of our staff').speaker).toBe('Brightway');
    expect(find(result, 'Nobody wants to see more disruption').speaker).toBe('Victoria Atkins');
  });
});

describe('citizenship papers (a forgotten closing mark, a quote named by its source)', () => {
  const { result } = article('citizenship-papers.txt');

  it('an unclosed quote ending in ", said Name," ends there and is that person\'s', () => {
    const q = find(result, 'Nobody told the families what papers');
    expect(q.speaker).toBe('Ellen Marsh');
    expect(q.quote).not.toContain('The rules changed');
  });

  it('"“….” That remark from Name …": the sentence after the quote names its source', () => {
    expect(find(result, 'Paperwork is not a crime').speaker).toBe('Victor Osei');
  });

  it('"“A,” and the group began to …, X said": a verb with other senses ("began") does not end the mixed quotation', () => {
    const q = find(result, 'The phones have not stopped ringing');
    expect(q.kind).toBe('indirect');
    expect(q.quote).toContain('began to hire more volunteers last month');
    expect(q.speaker).toBe('Ellen Marsh');
  });
});

describe('jewellery raid (British ranks without stops, namesakes told apart by honorific)', () => {
  const { result } = article('jewellery-raid.txt');

  it('"Det Supt", "DCI" and "Prof" are titles, and "Det Supt Surname" is the person named before', () => {
    expect(find(result, 'someone knows who these men are').speaker).toBe('Claire Hammond');
    expect(find(result, 'seen the car being dumped').speaker).toBe('Ravi Patel');
    expect(find(result, 'Gangs like this plan for months').speaker).toBe('Alan Burke');
  });

  it('"Mr Hale" and "Mrs Hale" after "Martin Hale and Susan Hale" are the man and the woman', () => {
    expect(find(result, 'I thought we were going to die').speaker).toBe('Martin Hale');
    expect(find(result, 'screaming at us to open the safe').speaker).toBe('Susan Hale');
  });
});

describe('flood barriers (institutions by their last word, scene-setting clauses)', () => {
  const { result } = article('flood-barriers.txt');

  it('"The … Forum welcomed the plan. It said …": "it" is the forum, not the agency named first', () => {
    expect(find(result, 'residents have waited far too long').speaker).toBe('National Flood Forum');
  });

  it('"Speaking to the Courier, X said A": the speech is A, not the scene before the comma', () => {
    none(result, 'Speaking at the opening');
    none(result, 'Speaking to the Valley Courier');
    const q = find(result, 'the barriers were still cheaper than the repairs');
    expect(q.kind).toBe('indirect');
    expect(q.speaker).toBe('Vivek Rao');
  });
});

describe('rail fine (portfolios with "and", titles with "of")', () => {
  const { result } = article('rail-fine.txt');

  it('"the Office of Rail and Road said": the whole institution speaks, not "Road"', () => {
    expect(find(result, 'Passengers were let down again').speaker).toBe('Office of Rail and Road');
  });

  it('"said Secretary of State Name": the title is the role, the name the speaker', () => {
    const q = find(result, 'We accept the penalty in full');
    expect(q.speaker).toBe('Dana Whitlow');
    expect(q.role).toBe('Secretary of State');
  });

  it('"Secretary of Health and Social Care Name": the portfolio stays in the role, "he" finds the name', () => {
    const q = find(result, 'Wards were short-staffed');
    expect(q.speaker).toBe('Imran Qadir');
    expect(q.role).toBe('Secretary of Health and Social Care');
    expect(find(result, 'No hospital should have to plan').speaker).toBe('Imran Qadir');
  });

  it('"Commuter Name said" at a sentence start: the noun is the role, not a first name', () => {
    const q = find(result, 'It costs me twice as much to drive');
    expect(q.speaker).toBe('Lena Ortmann');
    expect(q.role).toBe('Commuter');
  });
});
