/** A word of a text with its offsets: the unit that search and highlighting share. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** A word: letters and digits, with inner apostrophes (don't, O’Brien). The one word-splitting rule. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * British spellings folded to American ones, applied to both the corpus and the query: the
 * rules only need to be consistent, not linguistically exact, since both sides go through them.
 */
const SPELLING_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(\p{L}{3,})is(e|es|ed|ing|ation|ations)$/u, '$1iz$2'],
  [/^(\p{L}{2,})ys(e|es|ed|ing)$/u, '$1yz$2'],
  [/^(\p{L}{2,}[^aeiou])our(s|ed|ing|ite|ites|able|ably|ful|less)?$/u, '$1or$2'],
  [/^(\p{L}{3,}[^aeiou])tre(s)?$/u, '$1ter$2'],
  [/^(\p{L}{3,})ogue(s)?$/u, '$1og$2'],
  [/^(\p{L}{3,}[aeiou])ll(ed|ing|er|ers)$/u, '$1l$2'],
];

const SPELLING_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    defence: 'defense',
    offence: 'offense',
    licence: 'license',
    pretence: 'pretense',
    programme: 'program',
    programmes: 'programs',
    grey: 'gray',
    cheque: 'check',
    tyre: 'tire',
    tyres: 'tires',
    aluminium: 'aluminum',
    plough: 'plow',
    sceptical: 'skeptical',
    manoeuvre: 'maneuver',
    jewellery: 'jewelry',
    enrol: 'enroll',
    fulfil: 'fulfill',
    fulfils: 'fulfills',
    instalment: 'installment',
    judgement: 'judgment',
    ageing: 'aging',
    towards: 'toward',
    amongst: 'among',
    whilst: 'while',
  }),
);

/**
 * Normalised forms of words seen so far: the same few thousand words recur in every passage,
 * and folding one costs a Unicode normalisation and a handful of regular expressions.
 */
const normalized = new Map<string, string>();
/** Bounds the memo in a long-running bot, where users' typos keep adding words. */
const MAX_MEMO = 500_000;

/** Lower case, no diacritics, one apostrophe, American spelling. */
export function normalizeTerm(word: string): string {
  let term = normalized.get(word);
  if (term === undefined) {
    if (normalized.size >= MAX_MEMO) normalized.clear();
    term = fold(word);
    normalized.set(word, term);
  }
  return term;
}

function fold(word: string): string {
  const plain = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
  const direct = SPELLING_WORDS.get(plain);
  if (direct) return direct;
  for (const [pattern, replacement] of SPELLING_RULES) {
    if (pattern.test(plain)) return plain.replace(pattern, replacement);
  }
  return plain;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ term: normalizeTerm(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** The words of a text, each normalised: what indexing, querying and the speaker directory share. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) out.push(normalizeTerm(match[0]));
  return out;
}

/** Words too common to find a passage by; still used when aligning a fragment in order. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her hers him his ' +
    'i if in into is it its me my no not of on or our ours she so than that the their them then there these ' +
    'they this those to too us was we were what when where which while who whom why will with would you your'
  ).split(' '),
);
