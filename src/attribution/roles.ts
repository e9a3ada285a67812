import { FEMININE, HONORIFICS, isPersonNoun, isPluralNoun, MASCULINE, ROLE_HEADS } from './lexicon.ts';
import {
  hasHead,
  isCapitalisedTitle,
  isNominal,
  isPossessiveMark,
  type Phrase,
  phraseEndingAt,
  phraseStartingAt,
} from './mentions.ts';
import { bare } from './name-runs.ts';
import { isFirstName } from './names.ts';
import type { Token } from './nlp.ts';

// What the text says of a person beside their name: a role, an age, a gender.

/** The words of tokens first..last with their original spacing collapsed to single spaces. */
export function tokenText(tokens: Token[], first: number, last: number): string {
  let out = '';
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1];
    out += (k > first && prev && prev.end < t.start ? ' ' : '') + t.text;
  }
  return out;
}

/** "Russian President Vladimir Putin", "Kremlin spokesman Dmitry Peskov", "the governor of X, Anton Alikhanov". */
export function roleBefore(tokens: Token[], first: number, nameFirst: number): string | null {
  let end = nameFirst - 1;
  while (end >= first && bare(tokens[end] as Token) in HONORIFICS) end--;
  if (end < first) {
    const prev = tokens[first - 1];
    if (prev?.para !== tokens[first]?.para) return null;
    // "said librarian Ruth Adeyemi", "retired teacher Alun Davies": a noun for a person before the name
    // (only before a name with a first name: "super PACs" is no post and a name)
    const described =
      /^[a-z]/.test(prev?.text ?? '') &&
      prev?.pos === 'NOUN' &&
      isPersonNoun(prev.lower) &&
      !isPluralNoun(prev.lower) &&
      isFirstName(bare(tokens[first] as Token));
    const post = ROLE_HEADS.has(prev?.lower ?? '') || described;
    if (prev && post && prev.pos !== 'PROPN') end = first - 1;
    else if (prev?.text === ',') {
      // the description stays in the name's paragraph: a headline above is not one
      let low = first - 1;
      while (low > Math.max(0, first - 14) && tokens[low - 1]?.para === tokens[first]?.para) low--;
      return describes(tokens, phraseEndingAt(tokens, first - 2, low));
    } else return null;
  }
  let start = end;
  const para = tokens[end]?.para;
  for (;;) {
    const t = tokens[start - 1];
    // "season-ticket holder": a hyphen written inside a word joins it
    const glued = t?.text === '-' && t.end === tokens[start]?.start && tokens[start - 2]?.end === t.start;
    if (glued && isNominal(tokens[start - 2])) {
      start -= 2;
      continue;
    }
    if (!t || !isNominal(t) || t.pos === 'DET' || t.pos === 'PRON' || t.para !== para) break;
    start--;
  }
  return tokenText(tokens, start, end);
}

/** "Joan Birch, 81, of Leeds", "Joan Birch (81)": the age written just after a name. */
export function ageAfter(tokens: Token[], last: number): string | undefined {
  const [open, age, close] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  const marked =
    (open?.text === ',' && /^[,.;]$/.test(close?.text ?? '')) || (open?.text === '(' && close?.text === ')');
  return marked && /^\d{1,3}$/.test(age?.text ?? '') ? age?.text : undefined;
}

/** "Carmel Martin, executive vice president of …" */
export function roleAfter(tokens: Token[], last: number): string | null {
  if (tokens[last + 1]?.text !== ',') return null;
  return describes(tokens, phraseStartingAt(tokens, last + 2, last + 16));
}

/** The phrase as a role when a role word heads it and it is a description, not another name. */
function describes(tokens: Token[], p: Phrase | null): string | null {
  if (!p || !hasHead(tokens, p)) return null;
  let first = p.first;
  while (first <= p.last && /^(the|a|an|its|his|her|their|our)$/.test(tokens[first]?.lower ?? '')) first++;
  const lead = tokens[first];
  // "Moore's brother, Kevin,", "Network Rail's chief executive, Andrew Haines,": a name that owns the role leads it
  let nameEnd = first;
  while (nameEnd < p.last && /^\p{Lu}/u.test(tokens[nameEnd + 1]?.text ?? '')) nameEnd++;
  const owner = isPossessiveMark(tokens[nameEnd + 1]);
  const capital = /^\p{Lu}/u.test(lead?.text ?? '');
  if (!lead || (capital && !ROLE_HEADS.has(bare(lead)) && !owner && !isCapitalisedTitle(tokens, p)))
    return null;
  for (let k = first; k <= p.last; k++) {
    const t = tokens[k] as Token;
    // "the rookie defenceman of the Eastport Gulls": any noun for a person heads a role
    if (ROLE_HEADS.has(bare(t)) || (t.pos === 'NOUN' && !/^\p{Lu}/u.test(t.text) && isPersonNoun(t.lower))) {
      // "in Clarkston, refugees from Syria …" describes a crowd, not one person; "one of the organizers" is one
      const crowd = isPluralNoun(t.lower) && !tokens.slice(first, k).some((w) => w.lower === 'of');
      return crowd ? null : tokenText(tokens, first, p.last);
    }
  }
  return null;
}

export function genderOf(role: string): 'm' | 'f' | null {
  for (const w of role.toLowerCase().split(/\s+/)) {
    if (FEMININE.has(w)) return 'f';
    if (MASCULINE.has(w)) return 'm';
  }
  return null;
}
