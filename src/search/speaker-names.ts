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
/** A surname shared by several speakers stands for the most quoted only when they are quoted this many times more. */
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

/** A name's words that tell it apart: "the Kremlin" is "kremlin", "Donald Trump Jr." is "donald trump". */
function nameTerms(name: string): string[] {
  return terms(name).filter((term) => !NAME_SUFFIXES.has(term) && !STOP_WORDS.has(term));
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key) ?? new Set<V>();
  set.add(value);
  map.set(key, set);
}

/**
 * Finds the speakers a question names: by full name ("Vladimir Putin", or first and last of a
 * longer one), by surname when it is one person's or clearly the most quoted one's ("Putin"), or
 * by the role the documents give them ("the mayor", "Kremlin spokesman"). Never by a first name
 * alone: "John" is too many people, and taking it for one of them sends the question astray.
 */
export class SpeakerNames {
  private readonly fullNames = new Map<string, Set<string>>();
  private readonly surnames = new Map<string, Set<string>>();
  private readonly roleTerms = new Map<string, Set<string>>();
  private readonly quoteCounts = new Map<string, number>();
  private readonly firstTerms = new Map<string, string>();
  private longestName = 1;

  constructor(speakers: Iterable<[string, readonly CreditedQuote[]]>) {
    for (const [name, quotes] of speakers) {
      this.quoteCounts.set(name, quotes.length);
      const words = nameTerms(name);
      if (words.length === 0) continue;
      this.longestName = Math.max(this.longestName, words.length);
      addTo(this.fullNames, words.join(' '), name);
      if (words.length > 2) addTo(this.fullNames, `${words[0]} ${words.at(-1)}`, name);
      if (isProperName(name)) addTo(this.surnames, words.at(-1) as string, name);
      this.firstTerms.set(name, words[0] as string);
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
        if (!names) continue;
        for (const name of this.mostQuoted(names)) speakers.add(name);
        for (let j = i; j < i + length; j++) used.add(j);
        i += length - 1;
        break;
      }
    }
    words.forEach((word, i) => {
      if (used.has(i)) return;
      // "Adam Nair" is not Priya Nair: a first name before the surname must be the bearer's.
      const given = words[i - 1] ?? '';
      const bearers = [...(this.surnames.get(word) ?? [])].filter(
        (name) => !isFirstName(given) || this.firstTerms.get(name) === given,
      );
      if (bearers.length === 0) return;
      for (const name of this.mostQuoted(bearers)) speakers.add(name);
      used.add(i);
    });
    if (speakers.size === 0) this.findByRole(words, speakers, used);
    return { speakers, used };
  }

  /** Holders of a role every one of whose given words the question uses ("the mayor", "kremlin spokesman"). */
  private findByRole(words: readonly string[], speakers: Set<string>, used: Set<number>): void {
    const roleWords = words
      .map((word, i) => [word, i] as const)
      .filter(([word]) => !STOP_WORDS.has(word) && this.roleTerms.has(word));
    if (roleWords.length === 0) return;
    let holders = [...(this.roleTerms.get(roleWords[0]?.[0] as string) as Set<string>)];
    for (const [word] of roleWords.slice(1)) {
      const withWord = this.roleTerms.get(word) as Set<string>;
      holders = holders.filter((name) => withWord.has(name));
    }
    if (holders.length === 0) return;
    for (const name of holders) speakers.add(name);
    for (const [, i] of roleWords) used.add(i);
  }

  /** One of several bearers when they are quoted far more than the rest, else all of them. */
  private mostQuoted(names: Iterable<string>): string[] {
    const ranked = [...names].sort((a, b) => this.quotes(b) - this.quotes(a));
    if (ranked.length === 1) return ranked;
    const [first, second] = ranked as [string, string];
    return this.quotes(first) >= DOMINANT_SHARE * this.quotes(second) ? [first] : ranked;
  }

  private quotes(name: string): number {
    return this.quoteCounts.get(name) ?? 0;
  }
}
