import { describe, expect, it } from 'vitest';
import { article, find } from './helpers.ts';

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

describe('school board (party tags, passives, named pronouns, colons, groups)', () => {
  const { result } = article('school-board.txt');

  it('a party tag between commas ("Name, D-Ore., delivered …:") hides no sentence end', () => {
    expect(find(result, 'The calendar is settled for this year').speaker).toBe('Marta Quill');
  });

  it('"X was asked by Y, “…”": the passive verb\'s agent speaks', () => {
    expect(find(result, 'Will you commit to a vote before the summer break').speaker).toBe('Leo Brandt');
  });

  it('"Okafor said “…,” she said": the pronoun is the name just before the quote, never a group', () => {
    const q = find(result, 'I have nothing to hide from anyone at all');
    expect(q.speaker).toBe('Okafor');
    expect(q.mention?.text).toBe('she');
    expect(result.people.some((p) => p.name === 'State Republicans' && p.kind === 'person')).toBe(false);
  });

  it('a clause that ends on a person before a colon names the speaker', () => {
    expect(find(result, 'People care about their weekends').speaker).toBe('Ruth Ellery');
  });

  it('", chanting “…”" acts for the nearest people who did something, not the sentence\'s first subject', () => {
    const q = find(result, 'no cuts to music');
    expect(q.speaker).toBe('students');
    // a new clause after the quote ("…,” nobody on the stage moved) is the writer's, not theirs
    expect(q.kind).toBe('direct');
  });
});

describe('school board, organisations', () => {
  const { result } = article('school-board.txt');

  it('"the Vance campaign" is that campaign, not the last organisation named ("the Riverside Gazette")', () => {
    expect(find(result, 'We will appeal the calendar').speaker).toBe('the Vance campaign');
  });
});

describe('quotable (quotes signed on the line below)', () => {
  const { result } = article('quotable.txt');

  it('a quote that ends its paragraph is signed by a short dash line naming a person below it', () => {
    expect(find(result, 'on the backs of bus drivers').speaker).toBe('Alma Reyes');
    expect(find(result, 'a library that opens on Sundays').speaker).toBe('Paul Okoye');
  });

  it('a dash line that names nobody signs nothing', () => {
    const q = result.quotes.find((a) => a.quote.includes('nothing got done'));
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe('school board, whole names', () => {
  const { result } = article('school-board.txt');

  it('"Rev." keeps its stop: the name after it is whole and no sentence ends there', () => {
    expect(find(result, 'We serve every family in the valley').speaker).toBe('Ada Mbeki');
  });

  it('"the Friends of Mill Pond" is the whole name, not "Friends"', () => {
    expect(find(result, 'We will keep the music room open').speaker).toBe('Friends of Mill Pond');
  });
});

describe('school board, texts that speak', () => {
  const { result } = article('school-board.txt');

  it('"The ad claims “…”": a present-tense verb the tagger reads as a plural noun still reports', () => {
    expect(find(result, 'the board never once asked a parent').speaker).toBe('The ad');
  });
});

describe('river town (places are not people, labels with party tags, relative clauses left open)', () => {
  const { result } = article('river-town.txt');

  it('"he" after "in Millbrook, newcomers from …" is the man just named, never the town', () => {
    expect(find(result, 'People here still ask where you are really from').speaker).toBe('Farid Osei');
    expect(result.people.map((p) => p.name)).not.toContain('Millbrook');
  });

  it('a headline ending in a name and a paragraph starting with it are not one name', () => {
    expect(result.people.some((p) => /Millbrook/.test(p.name))).toBe(false);
  });

  it('"Sen. X (R-N.M.): “…”" opening a paragraph names its speaker', () => {
    expect(find(result, 'what a small town can do').speaker).toBe('Carla Vance');
    expect(find(result, 'fund the language classes').speaker).toBe('Luis Ortega');
  });

  it('"X, who is chairman of the Y said: “…”" is X, not the association the clause ends on', () => {
    expect(find(result, 'Our farms would close').speaker).toBe('Tom Reyes');
  });
});

describe('storm clean-up (single quote marks, ranks)', () => {
  const { result } = article('storm-cleanup.txt');

  it('speech in single marks, as British and some Canadian outlets print it, is quoted and credited', () => {
    expect(find(result, 'We have never seen damage like this').speaker).toBe('Jackie Foster');
    expect(find(result, 'we are asking people to be patient').speaker).toBe('Jackie Foster');
  });

  it('a rank before a name is a role, not part of the name: "police Cpl. Chris Marshall"', () => {
    const q = find(result, 'People need to stay home');
    expect(q.speaker).toBe('Chris Marshall');
    expect(result.people.find((p) => p.name === 'Chris Marshall')?.role).toMatch(/Cpl\./);
  });

  it('a headline’s single-quoted title and a plural possessive (“workers’ union”) are no quotes', () => {
    expect(result.quotes.some((q) => q.quote.includes('Worst Damage'))).toBe(false);
    expect(result.quotes.some((q) => q.quote.includes('union said its members'))).toBe(false);
  });
});

describe('hospital expansion (ages, organisations named before, authors of statements)', () => {
  const { result } = article('hospital-expansion.txt');

  it('"X, 61, said the project would …" credits X with what the project would do, not the project', () => {
    const q = find(result, 'the project would add 80 beds');
    expect(q.speaker).toBe('Adriana LaGrange');
    expect(result.quotes.some((a) => a.speaker === 'the project')).toBe(false);
  });

  it('"the authority said" is the authority the text named before, though it had not spoken yet', () => {
    expect(find(result, 'We welcome the decision').speaker).toBe('Northland Health Authority');
  });

  it('"according to a statement from X" is X, the statement’s author', () => {
    expect(find(result, 'We were not consulted').speaker).toBe('United Nurses of Alberta');
  });

  it('an organisation named in passing never takes a person’s surname, nor joins the people list unquoted', () => {
    expect(find(result, 'We will keep the walk-in hours').speaker).toBe('Amy Washington');
    expect(result.people.map((p) => p.name)).not.toContain('Riverside General Hospital');
  });
});

describe('bail hearing (a role owned by a name, one organisation however often it speaks)', () => {
  const { result } = article('bail-hearing.txt');

  it('"Moore’s brother, Kevin, … “…,” he said" is Kevin, not the lawyer quoted before', () => {
    const q = find(result, 'That money is gone');
    expect(q.speaker).toBe('Kevin');
    expect(q.role).toBe("Moore's brother");
  });

  it('an organisation that speaks by name and as "the commission" is listed once', () => {
    expect(find(result, 'Investors should check registration').speaker).toBe('Ontario Securities Commission');
    expect(result.people.filter((p) => p.name === 'Ontario Securities Commission')).toHaveLength(1);
  });

  it('"Det. Sgt. Ron Baptiste": both ranks are his role', () => {
    expect(find(result, 'call us').speaker).toBe('Ron Baptiste');
  });
});

describe('overtime win (a speaker introduced by the sentence before the quote)', () => {
  const { result } = article('overtime-win.txt');

  it('"Coach X didn’t mince words." then a quote alone in its paragraph: X speaks', () => {
    expect(find(result, "It's not good enough").speaker).toBe('Kris Lund');
  });

  it('a sentence about no person ("The teams meet again") introduces nobody', () => {
    expect(find(result, 'We will be ready for them').speaker).not.toBe('Kris Lund');
  });

  it('"NASH:" before a quote in a round-up names him', () => {
    expect(find(result, 'character win').speaker).toBe('Tyler Nash');
  });
});

describe('library vote (first names both men and women have, groups named by members)', () => {
  const { result } = article('library-vote.txt');

  it('"Dr. Chris Evans" is a person named in full, though "Chris" is on both first-name lists', () => {
    expect(find(result, 'We can finally plan for next year').speaker).toBe('Chris Evans');
    expect(result.people.find((p) => p.name === 'Chris Evans')?.role).toBe('head librarian');
  });

  it('pronouns follow gender across a councillor and a mayor met in one sentence', () => {
    expect(find(result, 'We cannot close branches').speaker).toBe('Maria Santos');
    expect(find(result, 'I changed my mind').speaker).toBe('John Bell');
  });
});
