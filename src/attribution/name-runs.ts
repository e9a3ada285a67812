// The words of a name as the table reads them: which capitalised tokens run on into one name.
import { INSTITUTION_WORDS, NOT_NAMES, ORG_HEADS } from './lexicon.ts';
import { isNominal } from './mentions.ts';
import type { Token } from './nlp.ts';

export const bare = (t: Token): string => t.lower.replace(/\.$/, '');

export const isNameWord = (t: Token | undefined): boolean =>
  !!t &&
  /^[A-Z]/.test(t.text) &&
  !NOT_NAMES.has(t.lower) &&
  (t.pos === 'PROPN' || (isNominal(t) && !['ADJ', 'NOUN', 'DET', 'PRON'].includes(t.pos)));

export const continuesName = (t: Token | undefined): boolean =>
  !!t && t.pos === 'NOUN' && /^[A-Z][a-z]/.test(t.text) && !NOT_NAMES.has(t.lower);

/** "Wilson" "-" "Raybould" written together: one name. */
export const hyphenated = (tokens: Token[], k: number): boolean => {
  const [dash, next, prev] = [tokens[k], tokens[k + 1], tokens[k - 1]];
  return (
    dash?.text === '-' &&
    !!prev &&
    !!next &&
    prev.end === dash.start &&
    dash.end === next.start &&
    isNameWord(next)
  );
};

/** "Bank" "of" "Scotland": an institution's name runs on past "of". */
export const ofInstitution = (tokens: Token[], j: number): boolean =>
  tokens[j + 1]?.lower === 'of' &&
  isNameWord(tokens[j + 2]) &&
  (ORG_HEADS.has(bare(tokens[j] as Token)) || INSTITUTION_WORDS.has(bare(tokens[j] as Token)));

/** The lower-case words of a name, hyphenated parts joined ("wilson-raybould"). */
export function nameWords(tokens: Token[], first: number, last: number): string[] {
  const words: string[] = [];
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.text === '-' && hyphenated(tokens, k)) {
      words[words.length - 1] += `-${bare(tokens[k + 1] as Token)}`;
      k++;
    } else words.push(bare(t));
  }
  return words;
}
