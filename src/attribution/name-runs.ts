// The words of a name as the table reads them: which capitalised tokens run on into one name.
import {
  INSTITUTION_WORDS,
  isPersonNoun,
  NAME_PARTICLES,
  NOT_NAMES,
  ORG_HEADS,
  PORTFOLIO_HEADS,
  ROLE_HEADS,
} from './lexicon.ts';
import { isNominal, POSSESSIVES } from './mentions.ts';
import { isFirstName } from './names.ts';
import type { Token } from './nlp.ts';

export const bare = (t: Token): string => t.lower.replace(/\.$/, '');

export const isNameWord = (t: Token | undefined): boolean =>
  !!t &&
  /^\p{Lu}/u.test(t.text) &&
  !NOT_NAMES.has(t.lower) &&
  (t.pos === 'PROPN' || (isNominal(t) && !['ADJ', 'NOUN', 'DET', 'PRON'].includes(t.pos)));

export const continuesName = (t: Token | undefined): boolean =>
  !!t && t.pos === 'NOUN' && /^\p{Lu}\p{Ll}/u.test(t.text) && !NOT_NAMES.has(t.lower);

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

/**
 * How many lower-case particles after token `j` join it to the next name word ("del" in "Borja del
 * Pozo", "von der" in "Ursula von der Leyen"); 0 when none does.
 */
export function particlesAfter(tokens: Token[], j: number): number {
  let n = 0;
  while (n < 2 && NAME_PARTICLES.has(tokens[j + 1 + n]?.text ?? '')) n++;
  return n > 0 && isNameWord(tokens[j + 1 + n]) ? n : 0;
}

/** "Bank" "of" "Scotland": an institution's name runs on past "of". */
export const ofInstitution = (tokens: Token[], j: number): boolean =>
  /^(of|for)$/.test(tokens[j + 1]?.lower ?? '') &&
  isNameWord(tokens[j + 2]) &&
  (ORG_HEADS.has(bare(tokens[j] as Token)) || INSTITUTION_WORDS.has(bare(tokens[j] as Token)));

/** "Minister for Housing", "Secretary for Justice": the "for" at `k` belongs to a capitalised portfolio title. */
export const portfolioFor = (tokens: Token[], k: number): boolean =>
  tokens[k]?.lower === 'for' &&
  PORTFOLIO_HEADS.has(tokens[k - 1]?.lower ?? '') &&
  ROLE_HEADS.has(tokens[k - 1]?.lower ?? '') &&
  /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '');

/**
 * "Office" "of" "Rail" … "and" "Road": after a portfolio's "of", "and" joins one or two more name words,
 * which end the name, unless a title's name follows ("Secretary of Health and Human Services Xavier Becerra").
 */
export const andPortfolio = (tokens: Token[], ofAt: number, j: number): boolean => {
  const head = tokens[ofAt - 1];
  if (!head || !PORTFOLIO_HEADS.has(bare(head)) || tokens[j + 1]?.lower !== 'and') return false;
  const tail = [tokens[j + 2], tokens[j + 3], tokens[j + 4]];
  const nameLike = (t: Token | undefined) => isNameWord(t) || continuesName(t);
  const titled = ROLE_HEADS.has(bare(head));
  return nameLike(tail[0]) && (titled || !nameLike(tail[1]) || !nameLike(tail[2]));
};

/**
 * Where the name starts in "[Secretary of] Health and Social Care Wes Streeting": a title's name is
 * most often two words, three with an initial ("Lloyd J. Austin"); at least one word is the portfolio.
 */
export function nameAfterPortfolio(tokens: Token[], from: number, last: number): number {
  const initial = /^\p{Lu}\.$/u.test(tokens[last - 1]?.text ?? '');
  return Math.max(from + 1, initial ? last - 2 : last - 1);
}

/**
 * "Curator Amy Lee led the tour": a noun for a person, capitalised only because it opens the sentence,
 * before a name of two or more words, is the role, not the first name; so is a word before a first
 * name ("Conservative Emma Price").
 */
export function sentenceOpeningRole(tokens: Token[], first: number, last: number): boolean {
  const t = tokens[first] as Token;
  const prev = tokens[first - 1];
  const opens = !prev || prev.para !== t.para || /^[.!?”"]$/.test(prev.text);
  const word = bare(t);
  if (last - first < 2 || isFirstName(word)) return false;
  // "Conservative Emma Price", "Democrat Hillary Clinton": a word that is no first name, before one
  // when it says what the person is: a party, a nationality, a noun for people (not "New York Times")
  const describes = isPersonNoun(word) || PARTY_WORDS.has(word) || /(an|ian|ese|ish|i)$/.test(word);
  const beforeFirstName =
    describes &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    isFirstName(bare(tokens[first + 1] as Token)) &&
    /^(PROPN|NOUN)$/.test(tokens[last]?.pos ?? '');
  return (opens && isPersonNoun(word)) || beforeFirstName;
}

/** Parties and leanings written before a name ("Conservative Emma Price", "Democrat Hillary Clinton"). */
const PARTY_WORDS = new Set(
  'conservative labour labor democrat democratic republican liberal green independent tory socialist progressive'.split(
    ' ',
  ),
);

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

/** Where the owner ending at token `k` starts: its capitalised words, and a "the" before them. */
export function ownerStart(tokens: Token[], k: number): number {
  let start = k;
  while (start > 0 && /^\p{Lu}/u.test(tokens[start - 1]?.text ?? '') && tokens[start - 1]?.pos !== 'PUNCT')
    start--;
  if (tokens[start - 1]?.lower === 'the') start--;
  return start;
}

/**
 * The token that stands before the lower-case words of a post ending at `k` ("lost her sister
 * Victoria" → "lost"): where the name stands in its sentence.
 */
export function postStart(tokens: Token[], k: number): number {
  let lead = k;
  while (lead > 0 && /^[a-z]/.test(tokens[lead]?.text ?? '') && /^(NOUN|ADJ)$/.test(tokens[lead]?.pos ?? ''))
    lead--;
  if (lead < k && POSSESSIVES.has(tokens[lead]?.lower ?? '')) lead--;
  return lead;
}

/**
 * "Congressional Republicans", "House Democrats", "Russians": a group named by its members, which
 * no "he" or "she" can stand for. A first name before it makes it a person ("Chris Evans").
 */
export function isPluralGroup(words: string[]): boolean {
  const last = words[words.length - 1] ?? '';
  const member = last.replace(/s$/, '');
  if (member === last || !/(an|at|ist|ive|al)$/.test(member)) return false;
  return words.length === 1 || !isFirstName(words[0] ?? '');
}

/**
 * The last token of the run of name words starting at `i`: "Secretary of Health and Social Care Wes
 * Streeting", "the Royal Bank of Scotland Group", "Borja del Pozo Cruz" are each one run.
 */
export function nameRunEnd(tokens: Token[], i: number, inQuote: (i: number) => boolean): number {
  let j = i;
  // "Secretary of Health and Social Care Wes Streeting": the run starts after the title's "of"
  let ofAt = tokens[i - 1]?.lower === 'of' && PORTFOLIO_HEADS.has(tokens[i - 2]?.lower ?? '') ? i - 1 : -1;
  // wink tags some surnames as common nouns ("Linda Park"): after a name word, a capital continues it
  for (;;) {
    // a headline's last word and the next paragraph's first are two names ("… in Millbrook / Millbrook, a town")
    if (tokens[j + 1]?.para !== tokens[i]?.para) break;
    const particles = particlesAfter(tokens, j);
    if ((isNameWord(tokens[j + 1]) || continuesName(tokens[j + 1])) && !inQuote(j + 1)) j++;
    // "Wilson-Raybould"; "the Royal Bank of Scotland Group"; "Borja del Pozo Cruz"
    else if (hyphenated(tokens, j + 1)) j += 2;
    else if (particles > 0 && !inQuote(j + 1)) j += particles + 1;
    else if (ofInstitution(tokens, j) && !inQuote(j + 2)) {
      ofAt = j + 1;
      j += 2;
    } else if (ofAt > 0 && andPortfolio(tokens, ofAt, j) && !inQuote(j + 2)) {
      ofAt = -1;
      j += 2;
    } else break;
  }
  return j;
}

/**
 * "JOHANNESBURG (Reuters) -", "BRASILIA, Nov 4 (Reuters) -": the agency a dateline credits takes no
 * part in the story.
 */
export function wireCredit(tokens: Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== '(' || tokens[last + 1]?.text !== ')') return false;
  const para = tokens[first]?.para;
  let k = first - 2;
  while (k >= 0 && tokens[k]?.para === para && /^(,|\p{Lu}.*|\d{1,2})$/u.test(tokens[k]?.text ?? '')) k--;
  const place = first - 2 - k;
  return place >= 1 && place <= 6 && tokens[k]?.para !== para;
}
