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
