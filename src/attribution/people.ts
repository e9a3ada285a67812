import { lowerBound } from '../text/sorted.ts';
import {
  BODY_NOUNS,
  HONORIFICS,
  INSTITUTION_WORDS,
  isPersonNoun,
  NAME_PARTICLES,
  ORG_HEADS,
  POST_NOMINALS,
  ROLE_HEADS,
} from './lexicon.ts';
import { isNominal, isPossessiveMark, phraseStartingAt } from './mentions.ts';
import {
  bare,
  isNameWord,
  isPluralGroup,
  nameAfterPortfolio,
  nameRunEnd,
  nameWords,
  ownerStart,
  portfolioFor,
  postStart,
  sentenceOpeningRole,
  wireCredit,
} from './name-runs.ts';
import { firstNameGender } from './names.ts';
import type { Token } from './nlp.ts';
import { ageAfter, genderOf, roleAfter, roleBefore, tokenText } from './roles.ts';
import { type Described, describedPeople, opensSentence } from './speaker-nouns.ts';
import type { EntityKind, Person } from './types.ts';

export interface Entity extends Person {
  /** Lower-case words of the name, for matching a surname or a partial name. */
  words: string[];
  gender: 'm' | 'f' | null;
  /** Offset of the latest occurrence seen so far: ties between namesakes go to the most recent. */
  lastSeen: number;
  /**
   * An organisation the text names without quoting it: kept so "the authority said" can find it,
   * left out of the people list until it speaks.
   */
  silent?: boolean;
  /** The age the text gives after the name ("Joan Birch, 81,"), for "the 81-year-old". */
  age?: string;
  /** Named with a "which" after it: an organisation, whatever its words. */
  which?: boolean;
  /** Named in passing and not yet indexed by its words (see `noteOrganization`). */
  passing?: boolean;
  /**
   * Someone who speaks under a description only ("a spokeswoman for Sydney Water"): no name to find
   * them by, but a later "she said" may mean them. Not one of the document's people.
   */
  unnamed?: boolean;
  /** An unnamed speaker's post ("spokesman"), for a later "the spokesman"; not a role to show. */
  post?: string;
  /** An unnamed group ("the family's lawyers"), whom only "they" can mean. */
  group?: boolean;
}

/** Where the document names an entity; `subject` when it stands where a speaker would. */
export interface Occurrence {
  entity: number;
  start: number;
  subject: boolean;
}

/** The document's people and organisations, and where each is named, in text order. */
export class PeopleTable {
  readonly entities: Entity[] = [];
  readonly occurrences: Occurrence[] = [];
  /** Entity ids by each word of their name, so a surname finds its person without a scan. */
  private readonly byWord = new Map<string, number[]>();
  /** Unnamed speakers by the offset of their description. */
  private readonly unnamedAt = new Map<number, number>();

  constructor(
    private readonly tokens: Token[],
    inQuote: (i: number) => boolean,
  ) {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]?.lower === 'the' && !inQuote(i)) this.readDescription(i);
      if (/^(a|an)$/.test(tokens[i]?.lower ?? '') && opensSentence(tokens, i) && !inQuote(i))
        this.readNewcomer(i);
      if (!isNameWord(tokens[i]) || inQuote(i)) continue;
      const j = nameRunEnd(tokens, i, inQuote);
      this.readRun(i, j);
      i = j;
    }
  }

  /** A run of capitalised words: an optional title or role, then a name. */
  private readRun(first: number, last: number): void {
    const { tokens } = this;
    // "Airline cancels flights", "Council approves plan": a common noun capitalised by its place names nobody
    const lone = bare(tokens[first] as Token);
    const common = INSTITUTION_WORDS.has(lone) || ORG_HEADS.has(lone) || isPersonNoun(lone);
    if (first === last && common && opensSentence(tokens, first) && this.find([lone]) === null) return;
    if (wireCredit(tokens, first, last)) return;
    const named = last;
    while (last > first && POST_NOMINALS.has(tokens[last]?.text ?? '')) last--;
    let nameFirst = first;
    let gender: 'm' | 'f' | null = null;
    // an honorific makes a person of any name ("Sir Robert Lane", "Dr Kim Church")
    let honoured = false;
    for (let k = first; k <= last; k++) {
      const w = bare(tokens[k] as Token);
      if (w in HONORIFICS) {
        gender = HONORIFICS[w] ?? null;
        honoured = true;
      }
      // "Del." is a delegate, "del" a particle of the name
      if ((ROLE_HEADS.has(w) && !NAME_PARTICLES.has(tokens[k]?.text ?? '')) || w in HONORIFICS)
        nameFirst = k + 1;
    }
    if (nameFirst === first && sentenceOpeningRole(tokens, first, last)) nameFirst = first + 1;
    // "Secretary of State Hillary Clinton": the department belongs to the title, not the name
    const titled =
      (tokens[first - 1]?.lower === 'of' &&
        ROLE_HEADS.has(bare(tokens[first - 2] ?? (tokens[first] as Token)))) ||
      portfolioFor(tokens, first - 1);
    if (titled && last - first >= 2 && nameFirst === first)
      nameFirst = nameAfterPortfolio(tokens, first, last);
    if (nameFirst > last) return;
    const words = nameWords(tokens, nameFirst, last);
    // "D-Ore.", "R-Ky.": a party and a state, not a name
    if (words.length === 1 && /^[dri]-[a-z.]+$/.test(words[0] ?? '')) return;
    // "Secretary of State Hillary Clinton said": what stands before the title decides the subject
    const before = tokens[titled ? first - 3 : first - 1];
    const after = tokens[last + 1];
    // "at Alzheimer's Research UK", "The Huffington Post's Scott Conroy asked": what a possessive owns
    // stands where its owner does
    const lead = isPossessiveMark(before)
      ? tokens[ownerStart(tokens, first - 2) - 1]
      : tokens[postStart(tokens, titled ? first - 3 : first - 1)];
    const subject =
      !(lead && (lead.pos === 'ADP' || lead.pos === 'VERB')) && !/^['’]s$/.test(after?.lower ?? '');
    // people take no article: "the Eastport Gulls", "The Maritime Museum" are not people, though
    // "the Prime Minister Boris Johnson" is one
    // "Unison, which represents porters": "which" is said of things, never of people
    const which = tokens[named + 1]?.text === ',' && tokens[named + 2]?.lower === 'which';
    // "software company Northgate Systems", "the charity Shelter": a common noun for a body before the name
    const typed = !!before && before.pos === 'NOUN' && BODY_NOUNS.has(before.text) && nameFirst === first;
    if (
      typed ||
      (!honoured &&
        (words.some((w) => ORG_HEADS.has(w)) ||
          INSTITUTION_WORDS.has(words[words.length - 1] ?? '') ||
          (before?.lower === 'the' && nameFirst === first) ||
          (which && this.find(words) === null)))
    ) {
      const id = this.noteOrganization(words, nameFirst, last, subject);
      const entity = this.entities[id] as Entity;
      if (which) entity.which = true;
      // a body typed as one is safe to find by a word of its name ("Peabody said")
      if (typed && entity.passing) {
        entity.passing = false;
        this.index(id);
      }
      return;
    }
    const role =
      (titled ? this.text(first - 2, nameFirst - 1) : null) ??
      roleBefore(tokens, first, nameFirst) ??
      roleAfter(tokens, named) ??
      (named > last ? this.text(last + 1, named) : null);
    // "Mr Smith" after "John Smith and Mary Smith" is John
    const known = this.find(words, (e) => !gender || entityGender(e) !== opposite(gender));
    if (known === null && ((words.length < 2 && !role) || isPluralGroup(words))) return;
    const id = known ?? this.add(words, 'person', nameFirst, last);
    const entity = this.entities[id] as Entity;
    if (words.length > entity.words.length) {
      entity.words = words;
      entity.name = this.text(nameFirst, last);
      this.index(id);
    }
    if (role && !entity.role) {
      entity.role = role;
      entity.gender ??= genderOf(role);
    }
    entity.gender ??= gender;
    entity.age ??= ageAfter(tokens, named);
    const alias = this.text(nameFirst, last);
    this.noteMention(id, alias, tokens[first]?.start ?? 0, subject);
  }

  /** "the senator", "the Russian president": a later mention of someone already given that role. */
  private readDescription(the: number): void {
    const { tokens } = this;
    for (let k = the + 1; k <= the + 3; k++) {
      const t = tokens[k];
      if (!t || !isNominal(t) || t.pos === 'DET') return;
      const w = bare(t);
      if (!ROLE_HEADS.has(w) && !(t.pos === 'NOUN' && isPersonNoun(w))) continue;
      if (isNameWord(tokens[k + 1])) return;
      const modifiers = tokens.slice(the + 1, k).map(bare);
      for (let e = this.entities.length - 1; e >= 0; e--) {
        const role = (this.entities[e] as Entity).role?.toLowerCase().split(/\s+/) ?? [];
        if (role.includes(w) && modifiers.every((m) => role.includes(m))) {
          const before = tokens[the - 1];
          const subject = !(before && (before.pos === 'ADP' || before.pos === 'VERB'));
          this.noteMention(e, this.text(the, k), tokens[the]?.start ?? 0, subject);
          return;
        }
      }
      return;
    }
  }

  /** The words of tokens first..last with their original spacing collapsed to single spaces. */
  text(first: number, last: number): string {
    return tokenText(this.tokens, first, last);
  }

  /**
   * The entity a name refers to: same words, or the most recently named one sharing the surname,
   * among those that `fits` when any does.
   */
  find(words: string[], fits?: (e: Entity) => boolean): number | null {
    const last = words[words.length - 1];
    if (!last) return null;
    let best: number | null = null;
    for (const id of this.byWord.get(last) ?? []) {
      const e = this.entities[id] as Entity;
      if (!this.matches(e, words) || (fits && !fits(e))) continue;
      if (best === null || e.lastSeen > (this.entities[best] as Entity).lastSeen) best = id;
    }
    return best ?? (fits ? this.find(words) : null);
  }

  /** Like `find`, but among namesakes the one named most recently before offset `pos` that `fits`. */
  findBefore(words: string[], pos: number, fits: (e: Entity) => boolean = () => true): number | null {
    const last = words[words.length - 1] ?? '';
    const matching = (this.byWord.get(last) ?? []).filter((id) =>
      this.matches(this.entities[id] as Entity, words),
    );
    // "Mr Smith" after "John Smith and Mary Smith": the honorific picks among namesakes
    const fitting = matching.filter((id) => fits(this.entities[id] as Entity));
    const candidates = fitting.length > 0 ? fitting : matching;
    if (candidates.length <= 1) return candidates[0] ?? null;
    for (let o = this.occurrenceBefore(pos); o >= 0; o--) {
      const id = this.occurrences[o]?.entity as number;
      if (candidates.includes(id)) return id;
    }
    return candidates[0] ?? null;
  }

  /** Index of the last occurrence starting before `pos`, or -1. */
  occurrenceBefore(pos: number): number {
    return lowerBound(this.occurrences, pos, (o) => o.start) - 1;
  }

  private index(id: number): void {
    for (const w of (this.entities[id] as Entity).words.flatMap((w) => [
      w,
      ...(w.includes('-') ? w.split('-') : []),
    ])) {
      const ids = this.byWord.get(w) ?? [];
      if (!ids.includes(id)) ids.push(id);
      this.byWord.set(w, ids);
    }
  }

  private matches(e: Entity, words: string[]): boolean {
    const last = words[words.length - 1] as string;
    const surname = e.words[e.words.length - 1] ?? '';
    const shortForm = words.length === 1 && (e.words.includes(last) || surname.split('-').includes(last));
    if (surname !== last && !shortForm) return false;
    // "del Pozo Cruz", "von der Leyen": the end of the full name, particles and all (without one,
    // "Ted Cruz" is no part of a headline's "Icon Morton Blackwell Endorses Ted Cruz")
    const tail =
      words.length < e.words.length &&
      words.some((w) => NAME_PARTICLES.has(w)) &&
      words.every((w, i) => e.words[e.words.length - words.length + i] === w);
    return words.length === 1 || e.words.length === 1 || e.words[0] === words[0] || tail;
  }

  /** Has the text named an organisation with these words in passing ("Carewell, which represents …")? */
  namedInPassing(words: string[]): boolean {
    const key = words.join(' ');
    return this.entities.some((e) => e.passing && e.words.join(' ') === key);
  }

  add(words: string[], kind: EntityKind, first: number, last: number): number {
    const start = this.tokens[first]?.start ?? 0;
    // an organisation named in passing before it speaks is the same one
    const key = words.join(' ');
    const named =
      kind === 'organization' ? this.entities.findIndex((e) => e.passing && e.words.join(' ') === key) : -1;
    const entity = this.entities[named];
    if (entity) {
      entity.passing = false;
      this.index(named);
      return named;
    }
    this.entities.push({
      name: this.text(first, last),
      role: null,
      kind,
      aliases: [],
      words,
      gender: null,
      lastSeen: start,
    });
    this.index(this.entities.length - 1);
    return this.entities.length - 1;
  }

  /** An unnamed speaker (see `Entity.unnamed`) described by tokens first..last; once per description. */
  addUnnamed(
    first: number,
    last: number,
    { gender, group, post }: Described,
    kind: EntityKind = 'person',
  ): number {
    const start = this.tokens[first]?.start ?? 0;
    const known = this.unnamedAt.get(start);
    if (known !== undefined) return known;
    const name = this.text(first, last);
    this.entities.push({
      name,
      role: null,
      kind,
      aliases: [],
      words: [],
      gender,
      lastSeen: start,
      unnamed: true,
      group,
      post,
    });
    const id = this.entities.length - 1;
    this.unnamedAt.set(start, id);
    this.noteMention(id, name, start, true);
    return id;
  }

  /**
   * "A spokesman for Northern Link apologised.": an indefinite description opening a sentence brings
   * in someone new, whom the "he said" after it may mean, whether or not the sentence quotes them.
   */
  private readNewcomer(a: number): void {
    const p = phraseStartingAt(this.tokens, a, a + 12);
    if (!p || /^['’]/.test(this.tokens[p.last + 1]?.text ?? '')) return;
    const described = describedPeople(this.tokens, p);
    if (described && !described.group) this.addUnnamed(p.first, p.last, described);
  }

  /**
   * An organisation named in passing, not indexed by its words: a later "Washington said" stays
   * with a person, while "the authority said" finds "Northland Health Authority" by its head word.
   */
  private noteOrganization(words: string[], first: number, last: number, subject: boolean): number {
    const name = this.text(first, last);
    let id = this.entities.findIndex((e) => e.passing && e.name === name);
    if (id < 0) {
      const start = this.tokens[first]?.start ?? 0;
      this.entities.push({
        name,
        role: null,
        kind: 'organization',
        aliases: [],
        words,
        gender: null,
        lastSeen: start,
        silent: true,
        passing: true,
      });
      id = this.entities.length - 1;
    }
    this.noteMention(id, name, this.tokens[first]?.start ?? 0, subject);
    return id;
  }

  /** Records that `alias` named entity `id` at `start` ("Putin", "the Russian president"). */
  noteMention(id: number, alias: string, start: number, subject: boolean): void {
    const e = this.entities[id];
    if (!e) return;
    if (alias !== e.name && !e.aliases.includes(alias)) e.aliases.push(alias);
    e.lastSeen = Math.max(e.lastSeen, start);
    let at = this.occurrences.length;
    while (at > 0 && (this.occurrences[at - 1]?.start ?? 0) > start) at--;
    this.occurrences.splice(at, 0, { entity: id, start, subject });
  }

  /** The entities as the document presents them. */
  people(): Person[] {
    return this.entities
      .filter((e) => !e.silent && !e.unnamed)
      .map(({ name, role, kind, aliases }) => ({ name, role, kind, aliases }));
  }
}

export const opposite = (g: 'm' | 'f'): 'm' | 'f' => (g === 'm' ? 'f' : 'm');

/** An entity's gender from an honorific or role word, else from the first word of a full name ("Nora Fielding"). */
export function entityGender(e: Entity): 'm' | 'f' | null {
  if (e.gender || e.kind !== 'person' || e.words.length < 2) return e.gender;
  return firstNameGender(e.words[0] ?? '');
}
