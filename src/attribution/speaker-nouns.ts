import { isSpeakingNoun } from './lexicon.ts';
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
  const prev = tokens[k - 1];
  const opensSentence = !prev || prev.para !== word.para || /^[.!?“"‘]$/.test(prev.text);
  if (/^[A-Z]/.test(word.text) && (word.pos !== 'NOUN' || !opensSentence)) return true;
  return isSpeakingNoun(bare(word));
}
