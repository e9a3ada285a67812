import { isPersonNoun, PORTFOLIO_HEADS, ROLE_HEADS } from './lexicon.ts';
import type { Token } from './nlp.ts';

/** A noun phrase as token indices, first..last inclusive. */
export interface Phrase {
  first: number;
  last: number;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Possessive pronouns that name an owner outside quotes, and the subject pronoun that finds them ("Her verdict" → "she"). */
export const OWNER_PRONOUNS: Readonly<Record<string, string>> = {
  his: 'he',
  her: 'she',
  their: 'they',
  its: 'it',
};

/** A possessive mark standing as its own token ("'s", "’", as in "Starmer's", "pilots'"). */
export const isPossessiveMark = (t: Token | undefined): boolean => !!t && /^['’]s?$/.test(t.text);
const NP_POS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);
/** A person defined by a relation: "adviser to", "close to", "successor to". */
const relational = (t: Token): boolean => t.lower === 'close' || (t.pos === 'NOUN' && isPersonNoun(t.lower));

/** Prepositions that keep a phrase one noun phrase ("the mayor of Tulsa", "Department of State"). */
const JOINING = new Set(['of', 'for', '&']);
/** Prepositional phrases that sit between a subject and its verb and are skipped ("Trump on Monday said"). */
const SKIPPABLE_ADP = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'last',
  'this',
  'earlier',
  'late',
]);

/** Adjectives that tie a source to what they speak of ("close to", "familiar with"). */
const CLOSE_TO = new Set(['close', 'familiar', 'near', 'loyal', 'allied']);

/** Time words that sit between a subject and its verb ("the Kremlin today appealed"). */
const TIME_WORDS = new Set(
  'today yesterday tonight tomorrow now monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

export const isSubjectPronoun = (t: Token | undefined): boolean =>
  !!t && t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower);

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/** A token that can be part of a noun phrase naming a speaker. */
export function isNominal(t: Token | undefined): boolean {
  if (!t) return false;
  if (NP_POS.has(t.pos))
    return !(t.pos === 'DET' && !/^(the|a|an|one|another|some|this|that|these|those)$/.test(t.lower));
  if (t.pos === 'PRON') return POSSESSIVES.has(t.lower);
  if (isPossessiveMark(t)) return true;
  if (t.text === '-' || t.text === '.') return false;
  // wink tags some surnames and titles as verbs or adverbs; inside a phrase a capital decides
  return /^\p{Lu}[\p{L}\w.'’-]*$/u.test(t.text) && MISTAGGED.has(t.pos) && !FUNCTION_WORDS.has(t.lower);
}

/** A piece of a word the tokenizer split off ("Fran" "ÃÂ" "§" "ois"): it joins its neighbour. */
function glued(a: Token | undefined, b: Token | undefined): boolean {
  return (
    !!a && !!b && b.start === a.end && !/^[,.;:!?"'“”‘’()[\]]/.test(b.text) && !/[,.;:!?"“”]$/.test(a.text)
  );
}

/** Tags wink sometimes gives capitalised names ("Mook", "Will"). */
const MISTAGGED = new Set(['VERB', 'ADV', 'X', 'INTJ', 'AUX', 'SCONJ']);
/** Capitalised sentence openers that are never part of a name. */
const FUNCTION_WORDS = new Set(
  'when while but and if as after before then so yet also still however meanwhile asked later now here there thus instead'.split(
    ' ',
  ),
);

/** "Office of Rail and Road": an "and" between two capitals, after a portfolio's "of", stays in the name. */
export function portfolioAnd(tokens: Token[], and: number): boolean {
  if (tokens[and]?.lower !== 'and' || !/^\p{Lu}/u.test(tokens[and + 1]?.text ?? '')) return false;
  for (let k = and - 1; k >= and - 3 && k > 0; k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'of') return PORTFOLIO_HEADS.has(tokens[k - 1]?.lower ?? '') && k < and - 1;
    if (!/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

const stopsPhrase = (t: Token): boolean => t.pos === 'DET' || (t.pos === 'PRON' && POSSESSIVES.has(t.lower));

/** Does the phrase contain a noun, name or pronoun, rather than only determiners and adjectives? */
export function hasHead(tokens: Token[], p: Phrase): boolean {
  for (let k = p.first; k <= p.last; k++) {
    const t = tokens[k];
    if (
      t &&
      (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || (isCapitalised(t) && t.pos !== 'DET'))
    )
      return true;
    // "the chief said": a post the tagger reads as an adjective, ending the phrase
    if (t && k === p.last && t.pos === 'ADJ' && ROLE_HEADS.has(t.lower)) return true;
  }
  return false;
}

/** The noun phrase ending at token `i` (walking left, not below `low`), or null. */
export function phraseEndingAt(tokens: Token[], i: number, low: number): Phrase | null {
  const t = tokens[i];
  if (!t || i < low) return null;
  if (isSubjectPronoun(t)) return { first: i, last: i };
  if (!isNominal(t) || stopsPhrase(t)) return null;
  let first = i;
  while (first - 1 >= low) {
    const prev = tokens[first - 1];
    if (!prev) break;
    if (
      (JOINING.has(prev.lower) || portfolioAnd(tokens, first - 1)) &&
      first - 2 >= low &&
      isNominal(tokens[first - 2])
    ) {
      first -= 2;
      continue;
    }
    if (stopsPhrase(tokens[first] as Token)) break;
    if (glued(prev, tokens[first])) {
      first--;
      continue;
    }
    if (!isNominal(prev)) break;
    first--;
  }
  const p = { first, last: i };
  return hasHead(tokens, p) ? p : null;
}

/** The noun phrase starting at token `j` (walking right, not beyond `high`), or null. */
export function phraseStartingAt(tokens: Token[], j: number, high: number): Phrase | null {
  const t = tokens[j];
  if (!t || j > high) return null;
  if (isSubjectPronoun(t)) return { first: j, last: j };
  if (!isNominal(t)) return null;
  let last = j;
  while (last + 1 <= high) {
    const next = tokens[last + 1];
    if (!next || stopsPhrase(next)) break;
    // "a longtime adviser to Trump", "a person close to the Clintons"
    const joins =
      JOINING.has(next.lower) ||
      portfolioAnd(tokens, last + 1) ||
      (next.lower === 'to' && relational(tokens[last] as Token));
    if (joins && isNominal(tokens[last + 2]) && last + 2 <= high) {
      last += 2;
      continue;
    }
    // wink tags some participles used as adjectives as verbs ("one unaligned Florida strategist")
    const participle =
      next.pos === 'VERB' &&
      /^[a-z].*(ed|ing)$/.test(next.text) &&
      /^(DET|NUM|ADJ)$/.test(tokens[last]?.pos ?? '') &&
      isNominal(tokens[last + 2]);
    if (!isNominal(next) && !glued(tokens[last], next) && !(participle && last + 2 <= high)) break;
    last++;
  }
  // "the authors of the “Growth and Opportunity Project”": a phrase never ends on "of the"
  while (last > j && (tokens[last]?.pos === 'DET' || JOINING.has(tokens[last]?.lower ?? ''))) last--;
  const p = { first: j, last };
  return hasHead(tokens, p) ? p : null;
}

/** A phrase whose head is a capitalised name ("Democratic nominee Hillary Clinton"). */
export function isNameLike(tokens: Token[], p: Phrase): boolean {
  const head = tokens[p.last];
  return !!head && isCapitalised(head) && head.pos !== 'PRON';
}

/**
 * "the Prime Minister", "the Mayor of Leeds": an article before a capitalised title with no name
 * after its role word is a post, not a name, though every word has a capital.
 */
export function isCapitalisedTitle(tokens: Token[], p: Phrase): boolean {
  if (tokens[p.first]?.lower !== 'the') return false;
  let role = -1;
  for (let k = p.first + 1; k <= p.last && isCapitalised(tokens[k] as Token); k++)
    if (ROLE_HEADS.has((tokens[k]?.lower ?? '').replace(/\.$/, ''))) role = k;
  return role > p.first && (role === p.last || JOINING.has(tokens[role + 1]?.lower ?? ''));
}

/** Index of the token that closes a parenthesis ending at `i` walking left ("Rep. Moore (D-Wis.) said"). */
export function skipParenthesisLeft(tokens: Token[], i: number, low: number): number {
  if (tokens[i]?.text !== ')') return i;
  for (let k = i - 1; k >= low && k >= i - 10; k--) if (tokens[k]?.text === '(') return k - 1;
  return i;
}

export function skipParenthesisRight(tokens: Token[], j: number, high: number): number {
  if (tokens[j]?.text !== '(') return j;
  for (let k = j + 1; k <= high && k <= j + 10; k++) if (tokens[k]?.text === ')') return k + 1;
  return j;
}

/**
 * The subject of the verb at token `v`, looking left no further than `low`: skips auxiliaries and
 * adverbs ("has also said"), time phrases ("on Monday"), parentheses ("(D-Wis.)"), and appositions or
 * relative clauses between commas ("Carmel Martin, an economist at …, said"), preferring the name.
 */
export function subjectBefore(tokens: Token[], v: number, low: number): Phrase | null {
  let i = v - 1;
  for (let skipped = 0; skipped < 4 && i >= low; skipped++) {
    const t = tokens[i];
    const skippable =
      t && (t.pos === 'ADV' || t.pos === 'AUX' || TIME_WORDS.has(t.lower) || /^(not|n't|n’t)$/.test(t.lower));
    if (!t || !skippable) break;
    if (/^\p{Lu}/u.test(t.text) && t.pos === 'ADV') break;
    i--;
  }
  i = skipParenthesisLeft(tokens, i, low);
  let phrase = phraseEndingAt(tokens, i, low);
  for (let hop = 0; hop < 2 && phrase && !isSubjectPronoun(tokens[phrase.first]); hop++) {
    const before = tokens[phrase.first - 1];
    // "a source close to the talks told", "a person familiar with the plan said": the one close speaks
    if (/^(to|with)$/.test(before?.lower ?? '') && CLOSE_TO.has(tokens[phrase.first - 2]?.lower ?? '')) {
      const near = phraseEndingAt(tokens, phrase.first - 3, low);
      if (!near) break;
      phrase = near;
      continue;
    }
    if (!before || phrase.first - 1 < low || !SKIPPABLE_ADP.has(before.lower) || before.pos !== 'ADP') break;
    const earlier = phraseEndingAt(tokens, skipParenthesisLeft(tokens, phrase.first - 2, low), low);
    if (!earlier) break;
    phrase = earlier;
  }
  if (phrase) return phrase;
  if (tokens[i]?.text === ',') return commaChainHead(tokens, i, low);
  return null;
}

/**
 * Walks back over comma-separated segments before `comma` and returns the first segment that is a
 * whole name phrase; failing that, the first segment that is a whole noun phrase (or `fallback`).
 */
function commaChainHead(
  tokens: Token[],
  comma: number,
  low: number,
  fallback: Phrase | null = null,
): Phrase | null {
  let c = comma;
  let candidate = fallback;
  for (let hop = 0; hop < 3; hop++) {
    let k = c - 1;
    while (k >= low && k > c - 30 && tokens[k]?.text !== ',') k--;
    let segStart = Math.max(k + 1, low);
    // "But Sen. Richard J. Durbin (D-Ill.), noting …, said": a leading conjunction is not part of the name
    while (segStart < c - 1 && /^(CCONJ|ADV|SCONJ)$/.test(tokens[segStart]?.pos ?? '')) segStart++;
    const phrase = phraseEndingAt(tokens, skipParenthesisLeft(tokens, c - 1, low), low);
    if (phrase && phrase.first === segStart) {
      if (isNameLike(tokens, phrase) && !isCapitalisedTitle(tokens, phrase)) return phrase;
      candidate ??= phrase;
    }
    if (k < low || tokens[k]?.text !== ',') break;
    c = k;
  }
  return candidate;
}

/** The subject after an inverted verb ("…,” said Senator Jane Doe, a Democrat). */
export function subjectAfter(tokens: Token[], v: number, high: number): Phrase | null {
  let j = v + 1;
  while (j <= high && tokens[j]?.pos === 'ADV' && !/^\p{Lu}/u.test(tokens[j]?.text ?? '')) j++;
  const phrase = phraseStartingAt(tokens, j, high);
  if (phrase) return phrase;
  // "said skipper Tomas Grieve": a title the tagger reads as a verb, then the name
  const name = /^[a-z]+$/.test(tokens[j]?.text ?? '') ? phraseStartingAt(tokens, j + 1, high) : null;
  return name && isNameLike(tokens, name) ? { first: j, last: name.last } : null;
}
