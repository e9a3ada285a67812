import {
  HONORIFICS,
  INSTITUTION_WORDS,
  isPersonNoun,
  KIN,
  NAME_PARTICLES,
  ORG_HEADS,
  POST_NOMINALS,
  ROLE_HEADS,
  SAYINGS,
  SECTOR_WORDS,
  TEXTS,
} from './lexicon.ts';
import {
  isPossessiveMark,
  isSubjectPronoun,
  OWNER_PRONOUNS,
  type Phrase,
  phraseStartingAt,
  portfolioAnd,
} from './mentions.ts';
import {
  bare,
  nameAfterPortfolio,
  nameWords,
  particlesAfter,
  portfolioFor,
  sentenceOpeningRole,
} from './name-runs.ts';
import { isFirstName } from './names.ts';
import type { Token } from './nlp.ts';
import { type Entity, entityGender, opposite, type PeopleTable } from './people.ts';
import { describedBody, describedPeople } from './speaker-nouns.ts';

export interface Resolution {
  /** Canonical name, the description itself when it names nobody in the table, or null. */
  speaker: string | null;
  role: string | null;
}

const HONORIFIC = /^(mr|mrs|ms|miss|dr|sir)$/;
/** Abbreviated titles and the role words a later description uses ("Sen." → "the senator"). */
const TITLE_WORDS: Record<string, string> = {
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
};
const FEMALE = new Set(['she', 'her']);
const MALE = new Set(['he', 'him', 'his']);
/** How many earlier occurrences a pronoun may reach back over. */
const PRONOUN_REACH = 40;

/** Maps the local words a quote rests on ("he", "Putin", "the Russian president") to an entity. */
export class Resolver {
  constructor(
    private readonly tokens: Token[],
    private readonly table: PeopleTable,
  ) {}

  resolve(said: Phrase): Resolution {
    const p = this.possessor(said) ?? said;
    const owner = p.first === p.last ? OWNER_PRONOUNS[this.tokens[p.first]?.lower ?? ''] : undefined;
    if (owner) {
      const ownerId = this.pronoun(owner, this.tokens[p.first]?.start ?? 0);
      const e = ownerId === null ? undefined : this.table.entities[ownerId];
      return { speaker: e?.name ?? null, role: e?.role ?? null };
    }
    const id = this.entityOf(p);
    const start = this.tokens[p.first]?.start ?? 0;
    const local = this.table.text(p.first, p.last);
    if (id === null) {
      if (isSubjectPronoun(this.tokens[p.first])) return { speaker: null, role: null };
      const described = describedPeople(this.tokens, p);
      if (described) this.table.addUnnamed(p.first, p.last, described);
      const body = described ? null : describedBody(this.tokens, p);
      if (body)
        this.table.addUnnamed(p.first, p.last, { gender: null, group: false, post: body }, 'organization');
      return { speaker: local, role: null };
    }
    const e = this.table.entities[id] as Entity;
    e.silent = false;
    const pronoun = isSubjectPronoun(this.tokens[p.first]);
    if (!pronoun) this.table.noteMention(id, local, start, true);
    return { speaker: e.name, role: e.role };
  }

  /** "The minister's message was clear: “…”", "Smith's statement said": the words are the owner's. */
  private possessor(p: Phrase): Phrase | null {
    const { tokens } = this;
    const head = bare(tokens[p.last] as Token);
    if (!TEXTS.has(head) && !SAYINGS.has(head)) return null;
    for (let k = p.last - 1; k > p.first; k--)
      if (isPossessiveMark(tokens[k])) return { first: p.first, last: k - 1 };
    // "Her verdict on the turbines: “…”"
    return OWNER_PRONOUNS[tokens[p.first]?.lower ?? ''] ? { first: p.first, last: p.first } : null;
  }

  private entityOf(p: Phrase): number | null {
    const { tokens, table } = this;
    const first = tokens[p.first] as Token;
    const start = first.start;
    if (isSubjectPronoun(first)) return this.pronoun(first.lower, start);
    // "Jason Gilbert of Cheyenne": a person from a place is the person; "the Bank of Scotland" stays whole;
    // "a spokesman for Clinton", "an adviser to Raman": the description speaks, not the name after it
    let last = p.last;
    for (let k = p.first + 1; k < p.last; k++) {
      const before = tokens[k - 1] as Token;
      const joining = /^(of|for|to)$/.test(tokens[k]?.lower ?? '');
      const described = joining && /^[a-z]/.test(before.text);
      // "Secretary of State Hillary Clinton": a capitalised title's "of" is part of the title
      const institution =
        INSTITUTION_WORDS.has(bare(before)) ||
        (first.lower === 'the' && tokens[k]?.lower === 'of') ||
        (ROLE_HEADS.has(bare(before)) && /^\p{Lu}/u.test(before.text) && tokens[k]?.lower === 'of') ||
        portfolioFor(tokens, k);
      if (described || (joining && !institution)) {
        last = k - 1;
        break;
      }
    }
    // the name is the last run of capitalised words, after any title ("Kremlin spokesman Dmitry Peskov")
    let nameLast = last;
    while (nameLast >= p.first && !/^\p{Lu}/u.test(tokens[nameLast]?.text ?? '')) nameLast--;
    while (nameLast > p.first && POST_NOMINALS.has(tokens[nameLast]?.text ?? '')) nameLast--;
    if (nameLast < last && POST_NOMINALS.has(tokens[nameLast + 1]?.text ?? '')) last = nameLast;
    // "the Friends of Abe", "the Daughters of the Revolution": after "the", "of" goes on with the name
    const theLed = first.lower === 'the';
    let nameFirst = nameLast;
    const capital = (k: number) => k >= p.first && /^\p{Lu}/u.test(tokens[k]?.text ?? '');
    for (;;) {
      const prev = tokens[nameFirst - 1];
      if (capital(nameFirst - 1)) nameFirst--;
      // "Wilson-Raybould", "Bank of Scotland", "Office of Rail and Road", "Department for Transport": a
      // glued hyphen, an institution's "of" or "for", or a portfolio's "and" joins the name
      else if (
        prev &&
        capital(nameFirst - 2) &&
        ((prev.text === '-' && prev.end === tokens[nameFirst]?.start) ||
          (prev.lower === 'of' &&
            (theLed ||
              INSTITUTION_WORDS.has(bare(tokens[nameFirst - 2] as Token)) ||
              ROLE_HEADS.has(bare(tokens[nameFirst - 2] as Token)))) ||
          (prev.lower === 'for' && INSTITUTION_WORDS.has(bare(tokens[nameFirst - 2] as Token))) ||
          portfolioFor(tokens, nameFirst - 1) ||
          portfolioAnd(tokens, nameFirst - 1) ||
          particlesAfter(tokens, nameFirst - 2) === 1)
      )
        nameFirst -= 2;
      // "Ursula von der Leyen"
      else if (capital(nameFirst - 3) && particlesAfter(tokens, nameFirst - 3) === 2) nameFirst -= 3;
      else break;
    }
    const led = tokens[nameFirst]?.pos === 'DET' || tokens[nameFirst - 1]?.lower === 'the';
    if (tokens[nameFirst]?.pos === 'DET') nameFirst++;
    for (let k = Math.max(nameFirst, p.first); k <= nameLast; k++) {
      const w = bare(tokens[k] as Token);
      if ((ROLE_HEADS.has(w) && !NAME_PARTICLES.has(tokens[k]?.text ?? '')) || HONORIFIC.test(w))
        nameFirst = k + 1;
    }
    if (nameFirst === p.first && sentenceOpeningRole(tokens, nameFirst, nameLast)) nameFirst++;
    // "the Secretary of Health and Social Care Wes Streeting": the portfolio belongs to the title
    if (/^(of|for)$/.test(tokens[nameFirst]?.lower ?? '') && nameLast - nameFirst >= 2)
      nameFirst = nameAfterPortfolio(tokens, nameFirst + 1, nameLast);
    const head = bare(tokens[last] as Token);
    if (nameLast === last && nameFirst <= nameLast) {
      const words = nameWords(tokens, nameFirst, nameLast);
      const honorifics = tokens
        .slice(p.first, nameFirst)
        .map(bare)
        .filter((w) => w in HONORIFICS);
      const honorific = honorifics.map((w) => HONORIFICS[w]).find((g) => g);
      const known = table.findBefore(
        words,
        start,
        (e) => !honorific || entityGender(e) !== opposite(honorific),
      );
      if (known !== null) return known;
      // "the Italian said": a nationality is how sports and foreign news refer back to someone
      if (p.last === p.first + 1 && byNationality(tokens, p)) return this.described(p, start);
      // people do not take an article: "the Kremlin", "The Springfield Gazette" are organisations; an
      // honorific makes a person of any name ("Sir Robert Lane")
      const org =
        honorifics.length === 0 &&
        (led ||
          words.some((w) => ORG_HEADS.has(w)) ||
          INSTITUTION_WORDS.has(words[words.length - 1] ?? '') ||
          table.namedInPassing(words));
      return table.add(words, org ? 'organization' : 'person', nameFirst, nameLast);
    }
    // "the city's chief financial officer, Linda Park, …": the apposition names the speaker (but in
    // "a spokesperson for the manufacturer, Novagen," it names the manufacturer)
    const forSomeone = last < p.last && tokens[last + 1]?.lower === 'for';
    // "Price's neighbour, retired teacher Alun Davies": past a few words of description to the name
    let from = p.last + 2;
    while (
      from < p.last + 5 &&
      /^[a-z]/.test(tokens[from]?.text ?? '') &&
      /^(ADJ|NOUN|VERB)$/.test(tokens[from]?.pos ?? '')
    )
      from++;
    if (!forSomeone && tokens[p.last + 1]?.text === ',' && /^\p{Lu}/u.test(tokens[from]?.text ?? '')) {
      let k = from;
      while (/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) k++;
      const named = table.findBefore(tokens.slice(from, k + 1).map(bare), tokens[k]?.end ?? start);
      if (named !== null) return named;
    }
    // "according to a statement from the United Nurses of Alberta": the text speaks for its author
    const author = TEXTS.has(head) && /^(from|by)$/.test(tokens[p.last + 1]?.lower ?? '');
    const by = author ? phraseStartingAt(tokens, p.last + 2, p.last + 12) : null;
    if (by && /^\p{Lu}/u.test(tokens[by.last]?.text ?? '')) return this.entityOf(by);
    if (ORG_HEADS.has(head) || INSTITUTION_WORDS.has(head)) {
      // "the Trump campaign" names whose it is: only an organisation with those words is the one meant
      const named = tokens
        .slice(p.first, last)
        .filter((t) => /^\p{Lu}/u.test(t.text) && t.pos !== 'DET')
        .map(bare);
      const fits = (e: Entity) => e.kind === 'organization' && named.every((w) => e.words.includes(w));
      // a body described before ("the regulator") is "the regulator" again, not "the company"
      const described = (e: Entity) => e.kind === 'organization' && !!e.unnamed && e.post === head;
      // "the company" may be any organisation named before; "the authority" only one called so
      const anyOrganization = named.length === 0 && ORG_HEADS.has(head);
      return (
        this.recent(
          start,
          (e) => (fits(e) && e.words.includes(head)) || (named.length === 0 && described(e)),
        ) ?? (anyOrganization ? this.recent(start, (e) => e.kind === 'organization' && !e.unnamed) : null)
      );
    }
    // "a party official", "one district leader", "another source": an indefinite description brings in
    // someone new, never a person named before
    const indefinite = /^(a|an|one|another|some)$/.test(first.lower);
    if (!indefinite && (ROLE_HEADS.has(head) || (tokens[last]?.pos === 'NOUN' && isPersonNoun(head)))) {
      const modifiers = tokens
        .slice(p.first, p.last)
        .filter((t) => /^\p{Lu}/u.test(t.text) && t.pos !== 'DET')
        .map(bare);
      const role = this.recent(start, (e) => this.hasRole(e, head, modifiers));
      if (role !== null) return role;
    }
    return first.lower === 'the' ? this.described(p, start) : null;
  }

  /**
   * "the 34-year-old", "the father-of-two", "the grandmother": a description by age or family, as
   * news writes of someone just named, is the latest person of that age, else of that gender.
   */
  private described(p: Phrase, start: number): number | null {
    const words = this.table.text(p.first, p.last).toLowerCase();
    const age = /\b(\d{1,3})-year-old\b/.exec(words)?.[1];
    const family = /\b([a-z]+)(?:-of-[a-z0-9]+)?$/.exec(words)?.[1] ?? '';
    const gender = KIN[family] ?? null;
    const fits = (e: Entity) => {
      const known = entityGender(e);
      return e.kind === 'person' && (!gender || !known || known === gender);
    };
    // "the teenager", "the octogenarian": only someone whose age the text gave, and in that span
    const span = AGE_SPANS[family];
    if (span && !age) return this.recent(start, (e) => fits(e) && !!e.age && span(Number(e.age)));
    // "the Portuguese midfielder": someone named before, by where they are from
    if (!age && !gender && !byNationality(this.tokens, p)) return null;
    return (
      (age ? this.recent(start, (e) => fits(e) && e.age === age) : null) ??
      this.recent(start, (e) => fits(e) && (!age || !e.age))
    );
  }

  private hasRole(e: Entity, head: string, modifiers: string[]): boolean {
    const role = e.role ?? e.post;
    if (!role) return false;
    const words = role
      .toLowerCase()
      .split(/\s+/)
      .map((w) => w.replace(/\.$/, ''))
      .map((w) => TITLE_WORDS[w] ?? w);
    return words.includes(head) && modifiers.every((m) => words.includes(m));
  }

  /** The most recently named entity before `pos` that passes `ok`. */
  private recent(pos: number, ok: (e: Entity) => boolean): number | null {
    const { occurrences, entities } = this.table;
    for (let o = this.table.occurrenceBefore(pos); o >= 0; o--) {
      const id = occurrences[o]?.entity as number;
      if (ok(entities[id] as Entity)) return id;
    }
    return null;
  }

  /** A pronoun takes the nearest compatible entity, preferring one named where a subject stands. */
  private pronoun(word: string, pos: number): number | null {
    const { occurrences, entities } = this.table;
    // outside quote marks "I" is the writer, who is not among the people the article names
    if (word === 'i') return null;
    const wantsPerson = word !== 'it';
    const gender = FEMALE.has(word) ? 'f' : MALE.has(word) ? 'm' : null;
    let fallback: number | null = null;
    const from = this.table.occurrenceBefore(pos);
    for (let o = from; o >= 0 && o > from - PRONOUN_REACH; o--) {
      const occ = occurrences[o];
      const e = occ ? entities[occ.entity] : undefined;
      // an organisation named in passing ("the Syrian conflict") is too loose a guess for "it", unless
      // it stood where a subject does as an institution ("The Bureau of Meteorology warned") or as a thing
      // ("Unison, which represents porters, said")
      if (!occ || !e || (e.silent && !(word === 'it' && occ.subject && (namesInstitution(e) || e.which))))
        continue;
      // a lone capitalised word with nothing to show a person ("Apple", "Unison") may be a company:
      // "it" may mean it, "he" and "she" may not
      if (e.group && word !== 'they') continue;
      const known = entityGender(e);
      const unproven = e.kind === 'person' && !known && !e.role && !e.unnamed && e.words.length < 2;
      // "Athletics Ireland said …; it said": a speaker with a trade's word and no given name is a body
      const body =
        occ.subject &&
        e.kind === 'person' &&
        !known &&
        !e.role &&
        !e.unnamed &&
        !isFirstName(e.words[0] ?? '') &&
        e.words.some((w) => SECTOR_WORDS.has(w));
      const kindOk =
        word === 'they' ||
        word === 'we' ||
        (e.kind === 'person') === wantsPerson ||
        (word === 'it' && (unproven || body));
      if (!kindOk || (gender && (unproven || (known && known !== gender)))) continue;
      if (occ.subject) return occ.entity;
      fallback ??= occ.entity;
    }
    return fallback;
  }
}

/** Words that describe someone by a span of years. */
const AGE_SPANS: Record<string, (age: number) => boolean> = {
  teenager: (a) => a >= 13 && a <= 19,
  teen: (a) => a >= 13 && a <= 19,
  sexagenarian: (a) => a >= 60 && a < 70,
  septuagenarian: (a) => a >= 70 && a < 80,
  octogenarian: (a) => a >= 80 && a < 90,
  nonagenarian: (a) => a >= 90 && a < 100,
  centenarian: (a) => a >= 100,
};

/** "the Italian", "the German defender": someone described by where they are from, and no more. */
function byNationality(tokens: Token[], p: Phrase): boolean {
  const noun = tokens[p.last];
  return (
    tokens[p.first]?.lower === 'the' &&
    isDemonym(tokens[p.first + 1]) &&
    (p.last === p.first + 1 ||
      (p.last === p.first + 2 && /^[a-z]/.test(noun?.text ?? '') && isPersonNoun(bare(noun as Token))))
  );
}

/** "Italian", "Portuguese", "Brazilian", "Dutch", "Israeli": a capitalised word for where someone is from. */
const isDemonym = (t: Token | undefined): boolean =>
  !!t &&
  /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
  ((/(ian|ean|can|ese|ish|ch|i)$/.test(t.lower) && !NOT_DEMONYMS.has(t.lower)) || DEMONYMS.has(t.lower));
const DEMONYMS = new Set(
  `spaniard frenchman frenchwoman englishman englishwoman scotsman scotswoman welshman welshwoman irishman
irishwoman dutchman german argentine swiss swede dane greek thai brit kiwi aussie scot`.split(/\s+/),
);
const NOT_DEMONYMS = new Set([
  'vatican',
  'republican',
  'anglican',
  'christian',
  'guardian',
  'hawaii',
  'delhi',
  'church',
]);

/**
 * An institution's word ends the name or heads its "of" or "for" ("Environment Agency", "Bureau of
 * Meteorology", "Department for Transport").
 */
const namesInstitution = (e: Entity): boolean =>
  e.words.some(
    (w, i) =>
      (i === e.words.length - 1 || /^(of|for)$/.test(e.words[i + 1] ?? '')) &&
      (INSTITUTION_WORDS.has(w) || ORG_HEADS.has(w)),
  );
