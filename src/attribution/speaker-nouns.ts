import {
  FEMININE,
  INSTITUTION_WORDS,
  isPersonNoun,
  isPluralNoun,
  isSpeakingNoun,
  MASCULINE,
  ORG_HEADS,
} from './lexicon.ts';
import { isPossessiveMark, isSubjectPronoun, type Phrase } from './mentions.ts';
import { bare } from './name-runs.ts';
import type { Token } from './nlp.ts';

/**
 * Can the phrase be a speaker: a name, a pronoun, or a noun for a person, a group or a text? A
 * phrase whose head is some other common noun ("the move", "construction", "signs") never speaks.
 */
export function canSpeak(tokens: Token[], p: Phrase): boolean {
  // "the mother of three", "footage of Hillary Clinton": either side of "of" may be the one who speaks
  for (let k = p.first + 1; k < p.last; k++)
    if (tokens[k]?.lower === 'of')
      return (
        canSpeak(tokens, { first: p.first, last: k - 1 }) || canSpeak(tokens, { first: k + 1, last: p.last })
      );
  const head = tokens[p.last];
  if (!head) return false;
  if (isSubjectPronoun(head) || head.pos === 'PRON') return true;
  let k = p.last;
  // "Clinton's campaign": the possessor decides only when the head itself is a name
  while (k > p.first && isPossessiveMark(tokens[k])) k--;
  const word = tokens[k] as Token;
  if (/^\p{Lu}/u.test(word.text) && (word.pos !== 'NOUN' || !opensSentence(tokens, k))) return true;
  return isSpeakingNoun(bare(word));
}

/** Does token `k` open a sentence: the first of its paragraph, or after an end mark or opening quote? */
export function opensSentence(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return !prev || prev.para !== tokens[k]?.para || /^[.!?“"‘]$/.test(prev.text);
}

/** Who a description without a name stands for: their gender where its head word gives it, and whether they are several. */
export interface Described {
  gender: 'm' | 'f' | null;
  group: boolean;
  /** The head word, by which a later "the spokesman" finds them. */
  post: string;
}

/** Words for a share of a whole. */
const SHARES = /^(percent|%|half|most|many|some|majority|minority|third|quarter|share|proportion|fraction)$/;

/**
 * A description that heads a person or a group of people ("a spokeswoman for Sydney Water", "the
 * transport secretary", "the family's lawyers"); null for a text, an organisation, or anything with a
 * name in it.
 */
export function describedPeople(tokens: Token[], p: Phrase): Described | null {
  let last = p.last;
  for (let k = p.first + 1; k <= p.last; k++) {
    if (/^(of|for|to|from|with|at|in)$/.test(tokens[k]?.lower ?? '')) {
      last = k - 1;
      break;
    }
  }
  // "8 percent of Democrats", "half of the residents": a share of a group is a group
  const whole = tokens[p.last] as Token;
  if (tokens[last + 1]?.lower === 'of' && SHARES.test(tokens[last]?.lower ?? '') && isPluralNoun(whole.lower))
    return isSpeakingNoun(bare(whole)) ? { gender: null, group: true, post: bare(whole) } : null;
  const words = tokens.slice(p.first, last + 1);
  // a name may own the post ("Keir Starmer's spokesman"), not be in it
  let owned = -1;
  words.forEach((t, i) => {
    if (isPossessiveMark(t)) owned = i;
  });
  if (words.slice(Math.max(1, owned + 1)).some((t) => /^\p{Lu}/u.test(t.text) && t.pos === 'PROPN'))
    return null;
  const head = bare(tokens[last] as Token);
  if (!isCommonNoun(tokens[last]) || !isPersonNoun(head)) return null;
  // "the candidate", "the former senator" mean someone named before; "the transport secretary" may
  // be someone new, as a portfolio sets them apart
  if (words[0]?.lower === 'the' && !words.slice(1, -1).some(isCommonNoun)) return null;
  const gender = FEMININE.has(head) ? 'f' : MASCULINE.has(head) ? 'm' : null;
  return { gender, group: isPluralNoun(head), post: head };
}

/**
 * "the council", "the Italian government", "the Trump campaign": a body described, not named, whom a
 * later "it" may mean; its head word, or null.
 */
export function describedBody(tokens: Token[], p: Phrase): string | null {
  if (tokens[p.first]?.lower !== 'the' || p.last === p.first) return null;
  const head = tokens[p.last];
  if (!isCommonNoun(head) || isPluralNoun(head?.lower ?? '')) return null;
  const word = bare(head as Token);
  if (!ORG_HEADS.has(word) && !INSTITUTION_WORDS.has(word)) return null;
  return tokens.slice(p.first + 1, p.last).some(isPossessiveMark) ? null : word;
}

/** A noun in lower case: the tagger calls some "proper" once it has met them in a possessive ("family's."). */
const isCommonNoun = (t: Token | undefined): boolean =>
  !!t && /^[a-z]/.test(t.text) && (t.pos === 'NOUN' || t.pos === 'PROPN');
