import { isFirstName } from '../attribution/names.ts';
import { STOP_WORDS, terms } from './normalize.ts';
import type { CreditedQuote } from './speaker-directory.ts';

/** Words after a surname that are not the surname: "Donald Trump Jr." is still a Trump. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Lower-case words a proper name may hold: "Maria de la Cruz", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set([
  'de',
  'del',
  'della',
  'der',
  'di',
  'da',
  'du',
  'la',
  'le',
  'van',
  'von',
  'bin',
  'al',
  'el',
]);
/** A surname alone stands for the most quoted person of that name, and for others quoted at least half as often. */
const DOMINANT_SHARE = 2;

/** Who a question names, and which of its words did the naming (so they are not read as its topic). */
export interface NamedSpeakers {
  speakers: Set<string>;
  used: Set<number>;
}

/** A canonical name that reads as a person's or organisation's name, not a description ("a senior aide"). */
function isProperName(name: string): boolean {
  return name
    .split(/\s+/)
    .every((word) => /^[\p{Lu}\p{N}]/u.test(word) || NAME_PARTICLES.has(word.toLowerCase()));
}

/** Small words a name is written with but not told apart by: "the Kremlin", "Bank of England". */
const NAME_FILLERS = new Set(['the', 'a', 'an', 'of', 'and']);

/** A name's words that tell it apart: "the Kremlin" is "kremlin", "Donald Trump Jr." is "donald trump", "George Will" keeps "will". */
function nameTerms(name: string): string[] {
  return terms(name).filter((term) => !NAME_SUFFIXES.has(term) && !NAME_FILLERS.has(term));
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key) ?? new Set<V>();
  set.add(value);
  map.set(key, set);
}

/**
 * Finds the speakers a question names: by full name ("Vladimir Putin"), by surname ("Putin"), or
 * by the role the documents give them ("the mayor", "Kremlin spokesman"). Documents name one
 * person several ways ("Hillary Clinton", "Clinton", "Democrat Hillary Clinton"): each of those
 * that may be the person asked about counts. Never by a first name alone: "John" is too many
 * people, and "Adam Nair" is not Priya Nair.
 */
export class SpeakerNames {
  private readonly fullNames = new Map<string, Set<string>>();
  private readonly surnames = new Map<string, Set<string>>();
  private readonly roleTerms = new Map<string, Set<string>>();
  private readonly quoteCounts = new Map<string, number>();
  private readonly termsOf = new Map<string, string[]>();
  private longestName = 1;

  constructor(speakers: Iterable<[string, readonly CreditedQuote[]]>) {
    for (const [name, quotes] of speakers) {
      this.quoteCounts.set(name, quotes.length);
      const words = nameTerms(name);
      if (words.length === 0) continue;
      this.termsOf.set(name, words);
      this.longestName = Math.max(this.longestName, words.length);
      addTo(this.fullNames, words.join(' '), name);
      if (isProperName(name)) addTo(this.surnames, words.at(-1) as string, name);
      for (const { quote } of quotes) {
        for (const term of terms(quote.role ?? '')) {
          if (!STOP_WORDS.has(term)) addTo(this.roleTerms, term, name);
        }
      }
    }
  }

  /** The speakers named by `words` (a question's normalised words), with the positions that named them. */
  find(words: readonly string[]): NamedSpeakers {
    const speakers = new Set<string>();
    const used = new Set<number>();
    for (let i = 0; i < words.length; i++) {
      for (let length = Math.min(this.longestName, words.length - i); length >= 1; length--) {
        const names = this.fullNames.get(words.slice(i, i + length).join(' '));
        // "George" before "Bush" is George Bush's first name, not the speaker the documents call "George".
        if (!names || (length === 1 && isFirstName(words[i] as string) && i + 1 < words.length)) continue;
        for (const name of names) speakers.add(name);
        const last = i + length - 1;
        // "Ted Cruz" is also the "Cruz" and "Sen. Ted Cruz" of other documents; "Clinton" is every Clinton meant.
        const given = length > 1 ? (words[i] as string) : null;
        for (const name of this.bearers(words[last] as string, given)) speakers.add(name);
        for (let j = i; j <= last; j++) used.add(j);
        i = last;
        break;
      }
    }
    words.forEach((word, i) => {
      if (used.has(i) || !this.surnames.has(word)) return;
      const given = words[i - 1];
      const bearers = this.bearers(word, given !== undefined && isFirstName(given) ? given : null);
      for (const name of bearers) speakers.add(name);
      if (bearers.length > 0) used.add(i);
    });
    // "the Kremlin spokesman" is a person: a role that takes in the words of a name, and more, wins.
    const byRole = this.findByRole(words);
    const roleTakesIn = byRole.used.size > used.size && [...used].every((i) => byRole.used.has(i));
    return speakers.size === 0 || roleTakesIn ? byRole : { speakers, used };
  }

  /**
   * Speakers of this surname who may be the person meant: with a first name, those who have it
   * and those the documents name by surname alone; without, the most quoted person's names.
   */
  private bearers(surname: string, given: string | null): string[] {
    const all = [...(this.surnames.get(surname) ?? [])];
    if (given !== null) {
      return all.filter((name) => {
        const words = this.termsOf.get(name) ?? [];
        return words.includes(given) || words.length === 1;
      });
    }
    const byGiven = new Map<string, string[]>();
    for (const name of all) {
      const first = (this.termsOf.get(name) ?? []).find(isFirstName) ?? '';
      byGiven.set(first, [...(byGiven.get(first) ?? []), name]);
    }
    const quotes = (names: readonly string[]) =>
      names.reduce((sum, name) => sum + (this.quoteCounts.get(name) ?? 0), 0);
    const most = Math.max(
      ...[...byGiven].filter(([first]) => first !== '').map(([, names]) => quotes(names)),
      0,
    );
    return [...byGiven]
      .filter(([first, names]) => first === '' || quotes(names) * DOMINANT_SHARE >= most)
      .flatMap(([, names]) => names);
  }

  /**
   * Holders of the role the words give, when every telling word is one of a role ("the mayor",
   * "kremlin spokesman"): in "material costs rose", a role's "material" names nobody.
   */
  private findByRole(words: readonly string[]): NamedSpeakers {
    const telling = words.map((word, i) => [word, i] as const).filter(([word]) => !STOP_WORDS.has(word));
    const roleWords = telling.filter(([word]) => this.roleTerms.has(word));
    if (roleWords.length < telling.length) return { speakers: new Set(), used: new Set() };
    let holders = [...(this.roleTerms.get(roleWords[0]?.[0] ?? '') ?? [])];
    for (const [word] of roleWords.slice(1)) {
      const withWord = this.roleTerms.get(word) as Set<string>;
      holders = holders.filter((name) => withWord.has(name));
    }
    if (holders.length === 0) return { speakers: new Set(), used: new Set() };
    return { speakers: new Set(holders), used: new Set(roleWords.map(([, i]) => i)) };
  }
}
