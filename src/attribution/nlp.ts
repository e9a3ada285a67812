import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** Only the pipes attribution needs: sentence boundaries and parts of speech. Loaded once. */
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  /** Index of the paragraph (line) the token is in. */
  para: number;
}

/** A sentence as token indices (first..last inclusive) and character offsets. */
export interface Sentence {
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface Analysis {
  text: string;
  /** Word and punctuation tokens; whitespace is dropped. */
  tokens: Token[];
  sentences: Sentence[];
  /** Character offset where each paragraph starts. */
  paraStarts: number[];
}

/** A possessive or "is" clitic on a longer word ("Trump’s", "it's"). */
const POSSESSIVE = /(?<=[\p{L}\d])['’]s$/iu;
const CLOSE_AND_MARK = /(?<=^[)\]])[:;,.]$/;

function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

const LETTERS = /^\p{L}+$/u;
const BEYOND_LATIN1 = /[^\p{ASCII}\u00a0-\u00ff]/u;

/** Two letter runs written together, one of them holding a letter wink splits words at. */
const isLetterPiece = (before: string, piece: string): boolean =>
  LETTERS.test(before) && LETTERS.test(piece) && (BEYOND_LATIN1.test(before) || BEYOND_LATIN1.test(piece));

/**
 * The tag of a word wink tagged in pieces: a capitalised word is a name if a piece was or if it opens
 * on a letter wink cannot read ("Łukasz", "Šefčovič"); otherwise the first real tag stands.
 */
function mergedTag(word: string, held: string, piece = 'X'): string {
  const capitalised = /^\p{Lu}/u.test(word);
  if (capitalised && (held === 'PROPN' || piece === 'PROPN' || BEYOND_LATIN1.test(word[0] ?? '')))
    return 'PROPN';
  return held === 'X' ? piece : held;
}

/** Titles written with a stop before a name ("Rev. Kyev Tatum"): the stop ends no sentence. */
const TITLE_ABBREVIATIONS = new Set(
  'rev lt col capt sgt adm gen gov sen rep dr mr mrs ms prof fr st supt insp cmdr maj cpl const det pte'.split(
    ' ',
  ),
);

/** Does the sentence open a parenthesis it does not close? */
function unclosedParenthesis(tokens: Token[], s: Sentence): boolean {
  let depth = 0;
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k]?.text;
    if (t === '(') depth++;
    else if (t === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Tokenises, tags and splits `text` into sentences that never cross a paragraph break. */
export function analyse(text: string): Analysis {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const paraStarts = paragraphStarts(text);
  const tokens: Token[] = [];
  // wink token index -> index in `tokens` of the first kept token at or after it
  const keptAt = new Array<number>(values.length + 1);
  let cursor = 0;
  let para = 0;
  for (let i = 0; i < values.length; i++) {
    keptAt[i] = tokens.length;
    const value = values[i] ?? '';
    const found = text.indexOf(value, cursor);
    // wink keeps the original characters, so a miss would only come from a model quirk: skip the token
    if (found < 0 || value.trim() === '') {
      if (found >= 0) cursor = found + value.length;
      continue;
    }
    cursor = found + value.length;
    const previous = tokens[tokens.length - 1];
    // wink cuts a word at a letter beyond Latin-1 ("Radosław" → "Rados" "ł" "aw"): the pieces are one word
    if (previous && previous.end === found && isLetterPiece(previous.text, value)) {
      previous.text += value;
      previous.lower = previous.text.toLowerCase();
      previous.end = cursor;
      previous.pos = mergedTag(previous.text, previous.pos, tags[i]);
      keptAt[i] = tokens.length - 1;
      continue;
    }
    // "Rev." "Lt." "Capt.": the stop of a title wink does not know stays on the title
    if (value === '.' && previous && previous.end === found && TITLE_ABBREVIATIONS.has(previous.lower)) {
      previous.text += '.';
      previous.lower += '.';
      previous.end = cursor;
      continue;
    }
    while (para + 1 < paraStarts.length && (paraStarts[para + 1] ?? Infinity) <= found) para++;
    const pos = tags[i] ?? 'X';
    // wink splits "Trump’s" the first time it meets it and keeps it whole once it is in its cache:
    // split it here, so a document reads the same whatever the process read before
    // and it reads "):" after "(R-S.C.)" as one symbol: the parenthesis and the mark after it are two
    const possessive = POSSESSIVE.exec(value);
    const clitic = possessive ?? CLOSE_AND_MARK.exec(value);
    const cut = clitic ? found + value.length - (clitic[0]?.length ?? 0) : cursor;
    tokens.push({
      text: text.slice(found, cut),
      lower: text.slice(found, cut).toLowerCase(),
      start: found,
      end: cut,
      pos,
      para,
    });
    if (clitic)
      tokens.push({
        text: clitic[0] as string,
        lower: (clitic[0] as string).toLowerCase(),
        start: cut,
        end: cursor,
        pos: possessive ? 'PART' : 'PUNCT',
        para,
      });
  }
  keptAt[values.length] = tokens.length;
  const sentences: Sentence[] = [];
  const push = (first: number, last: number) => {
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b || last < first) return;
    const prev = sentences[sentences.length - 1];
    // a lone mark left after a closing quote ("….”.") belongs to the sentence before it, and a
    // stop inside parentheses ("Sen. Dick Durbin (D-Ill.) said") ends no sentence
    if (
      prev &&
      tokens[prev.last]?.para === a.para &&
      (tokens.slice(first, last + 1).every((t) => t.pos === 'PUNCT') ||
        unclosedParenthesis(tokens, prev) ||
        TITLE_ABBREVIATIONS.has((tokens[prev.last]?.lower ?? '').replace(/\.$/, '')))
    ) {
      prev.last = last;
      prev.end = b.end;
      return;
    }
    sentences.push({ first, last, start: a.start, end: b.end });
  };
  for (const [s, e] of spans) {
    const first = keptAt[s] ?? tokens.length;
    const last = (keptAt[e + 1] ?? tokens.length) - 1;
    let from = first;
    for (let k = first + 1; k <= last; k++) {
      if (tokens[k]?.para !== tokens[k - 1]?.para) {
        push(from, k - 1);
        from = k;
      }
    }
    push(from, last);
  }
  return { text, tokens, sentences, paraStarts };
}
