import { FEMININE, isPersonNoun, isPluralNoun, isSpeakingNoun, MASCULINE } from './lexicon.ts';
import { isSubjectPronoun, type Phrase } from './mentions.ts';
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
  while (k > p.first && /^['’]s?$/.test(tokens[k]?.text ?? '')) k--;
  const word = tokens[k] as Token;
  if (/^[A-Z]/.test(word.text) && (word.pos !== 'NOUN' || !opensSentence(tokens, k))) return true;
  return isSpeakingNoun(bare(word));
}

/** Does token `k` open a sentence: the first of its paragraph, or after an end mark or opening quote? */
export function opensSentence(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return !prev || prev.para !== tokens[k]?.para || /^[.!?“"‘]$/.test(prev.text);
}

/**
 * A description that heads one person ("a spokeswoman for Sydney Water", "the transport secretary"):
 * the gender its head word gives, or null when it gives none; undefined for a group, a text, an
 * organisation, or anything with a name in it, which a "he" or "she" cannot mean.
 */
export function describedPerson(tokens: Token[], p: Phrase): 'm' | 'f' | null | undefined {
  let last = p.last;
  for (let k = p.first + 1; k <= p.last; k++) {
    if (/^(of|for|to|from|with|at|in)$/.test(tokens[k]?.lower ?? '')) {
      last = k - 1;
      break;
    }
  }
  const words = tokens.slice(p.first, last + 1);
  if (words.slice(1).some((t) => /^[A-Z]/.test(t.text) && t.pos === 'PROPN')) return undefined;
  const head = bare(tokens[last] as Token);
  if (tokens[last]?.pos !== 'NOUN' || isPluralNoun(head) || !isPersonNoun(head)) return undefined;
  // "the candidate", "the former senator" mean someone named before; "the transport secretary" may
  // be someone new, as a portfolio sets them apart
  if (words[0]?.lower === 'the' && !words.slice(1, -1).some((t) => t.pos === 'NOUN')) return undefined;
  return FEMININE.has(head) ? 'f' : MASCULINE.has(head) ? 'm' : null;
}
