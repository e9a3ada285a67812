// Speakers named after a quote: "…,” Speaker said", "…,” said Speaker", "…” ― Speaker", a closing ", X said."
import { DASHES, isAdverbial, isCueAt, SENTENCE_END } from './cue-words.ts';
import { isReportingVerb } from './cues.ts';
import { signedBelow } from './labels.ts';
import { isPersonNoun } from './lexicon.ts';
import {
  isNameLike,
  isSubjectPronoun,
  type Phrase,
  phraseStartingAt,
  skipParenthesisRight,
  subjectAfter,
} from './mentions.ts';
import type { Token } from './nlp.ts';
import type { QuoteTokens, SpeakerCue } from './speakers.ts';

/** Nouns for what someone said, which a sentence after a quote names with its source ("that remark by X"). */
const SPEECH_NOUNS = new Set(
  'quote quotes remark remarks words comment comments line quip message verdict warning plea'.split(' '),
);

/** "…,” Speaker said" · "…,” said Speaker" · "…” ― Speaker" · "…,” according to Speaker". */
export function cueAfter(
  tokens: Token[],
  quotes: QuoteTokens[],
  quoteOf: Int32Array,
  q: QuoteTokens,
): SpeakerCue | null {
  const para = tokens[q.close]?.para;
  let high = q.close + 40;
  for (let k = q.close + 1; k <= high; k++) {
    const t = tokens[k];
    // a title or a name in quote marks inside the attribution does not end it ("wearing “Ted Cruz” pins")
    const other = quotes[quoteOf[k] ?? -1];
    const short = !!other && other.close - other.open <= 5;
    if (!t || t.para !== para || (quoteOf[k] !== -1 && !short) || t.text === ';') {
      high = k - 1;
      break;
    }
  }
  const cue = cueAt(tokens, q.close + 1, high);
  // "Cruz told reporters. “… campaign.” Kasich said he would have fired him": a quote that is a sentence
  // of its own, then a verb that reports words of its own, is no attribution of the quote
  const before = tokens[q.open - 1];
  const opensSentence = !before || before.para !== tokens[q.open]?.para || /^[.!?”"]$/.test(before.text);
  const closedSentence =
    opensSentence && /^[.!?]$/.test(tokens[q.close - 1]?.text ?? '') && quoteOf[q.close] !== -1;
  if (cue && closedSentence && cue.mention.last < cue.cue && reportsClause(tokens, cue.cue)) return null;
  return (
    cue ??
    cueClosingSentence(tokens, q.close + 1, high) ??
    signedBelow(tokens, q) ??
    namedInNextParagraph(tokens, q, opensSentence && before?.para !== tokens[q.open]?.para)
  );
}

/**
 * "“….” That quote from Commissioner Thomas Krebs appeared …", "“….” Those were the words of union
 * organiser Carla Dunne": the sentence from token `j` names the words by their source.
 */
function namedAsSource(tokens: Token[], j: number, high: number): SpeakerCue | null {
  if (!/^(that|this|the|those|these|such)$/.test(tokens[j]?.lower ?? '')) return null;
  let k = j + 1;
  if (/^(was|were|is|are)$/.test(tokens[k]?.lower ?? '')) k++;
  if (k > j + 1 && /^(the|his|her|their)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!SPEECH_NOUNS.has(tokens[k]?.lower ?? '')) return null;
  const by = k > j + 1 ? /^(of|from|by)$/ : /^(from|by)$/;
  const source = by.test(tokens[k + 1]?.lower ?? '') ? phraseStartingAt(tokens, k + 2, high) : null;
  return source && isNameLike(tokens, source) ? { mention: source, cue: k, kind: 'after' } : null;
}

/** A quote that is its whole paragraph, named in the next one: "“…” / Those were the words of X, …". */
function namedInNextParagraph(tokens: Token[], q: QuoteTokens, opensParagraph: boolean): SpeakerCue | null {
  const next = q.close + 1;
  const para = tokens[next]?.para;
  if (!opensParagraph || para === undefined || para === tokens[q.close]?.para) return null;
  let high = next;
  while (tokens[high + 1]?.para === para && !SENTENCE_END.has(tokens[high + 1]?.text ?? '')) high++;
  return namedAsSource(tokens, next, high);
}

/** Does the reporting verb at `v` take a clause of its own ("said that …", "said he would", "said the plan will")? */
function reportsClause(tokens: Token[], v: number): boolean {
  const next = tokens[v + 1];
  if (!next) return false;
  if (next.lower === 'that' && next.pos !== 'DET') return true;
  const subject = isSubjectPronoun(next)
    ? { first: v + 1, last: v + 1 }
    : phraseStartingAt(tokens, v + 1, v + 8);
  const verb = subject ? tokens[subject.last + 1] : undefined;
  return !!verb && (verb.pos === 'AUX' || verb.pos === 'VERB') && verb.lower !== 'to';
}

/**
 * A mixed quotation: the quoted words run on unquoted to a closing ", Speaker said." ("“I held and
 * hugged” grieving family members …, he said.")
 */
function cueClosingSentence(tokens: Token[], from: number, high: number): SpeakerCue | null {
  let end = from;
  while (end <= high && end < from + 60 && !SENTENCE_END.has(tokens[end]?.text ?? '')) end++;
  if (!SENTENCE_END.has(tokens[end]?.text ?? '')) return null;
  // the first comma that opens an attribution: "…, said RoseAnn DeMoro, executive director of …, a union …"
  for (let c = from + 1; c < end && c < from + 25; c++) {
    if (tokens[c]?.text !== ',') continue;
    const cue = cueAt(tokens, c, end - 1);
    if (cue?.kind === 'after') return cue;
  }
  return null;
}

/** The patterns of `after`, read from token `j` (just past the closing mark, or a comma) up to `high`. */
function cueAt(tokens: Token[], j: number, high: number): SpeakerCue | null {
  if (tokens[j]?.text === ',') j++;
  // "“A” – said Owen Price – “B”": an attribution set off by dashes reads as after a comma
  if (DASHES.has(tokens[j]?.text ?? '') && isCueAt(tokens, j + 1, true)) j++;
  const first = tokens[j];
  if (!first || j > high) return null;
  if (DASHES.has(first.text)) {
    // "…” ― Abraham Lincoln": a dash names a person, not whatever follows it ("— the balloons cascaded")
    const mention = phraseStartingAt(tokens, j + 1, high);
    const head = mention ? tokens[mention.last] : undefined;
    const person =
      !!mention && (isNameLike(tokens, mention) || (head?.pos === 'NOUN' && isPersonNoun(head.lower)));
    return person && mention ? { mention, cue: j, kind: 'dash' } : null;
  }
  if (first.lower === 'according' && tokens[j + 1]?.lower === 'to') {
    const mention = phraseStartingAt(tokens, j + 2, high);
    return mention ? { mention, cue: j, kind: 'after' } : null;
  }
  const named = namedAsSource(tokens, j, high);
  if (named) return named;
  let v = j;
  while (v <= high && isAdverbial(tokens[v]) && !isReportingVerb(tokens[v]?.lower ?? '')) v++;
  // a capitalised word before a reporting verb is a name that looks like a verb ("Read said")
  const name = /^\p{Lu}/u.test(tokens[v]?.text ?? '') && isCueAt(tokens, v + 1, true);
  if (name && v === j) return { mention: { first: v, last: v }, cue: v + 1, kind: 'after' };
  if (!name && isCueAt(tokens, v, true)) {
    const mention = subjectAfter(tokens, v, high);
    return mention ? { mention, cue: v, kind: 'after' } : null;
  }
  const mention = phraseStartingAt(tokens, j, high);
  if (!mention) return null;
  const verb = verbAfterSubject(tokens, mention, high);
  return verb === null ? null : { mention, cue: verb, kind: 'after' };
}

/**
 * The reporting verb that follows a subject phrase, past a parenthesis, a prepositional phrase
 * ("a narrator in the ad asks"), appositions between commas ("Jane Doe, a senator, said") and
 * adverbs ("it further wrote"); null when none follows.
 */
function verbAfterSubject(tokens: Token[], subject: Phrase, high: number): number | null {
  let k = skipParenthesisRight(tokens, subject.last + 1, high);
  if (tokens[k]?.pos === 'ADP' && !isSubjectPronoun(tokens[subject.first])) {
    const object = phraseStartingAt(tokens, k + 1, high);
    if (object) k = object.last + 1;
  }
  // "Jane Doe, a senator, said" · "Scott Pruitt, the attorney general of Oklahoma, one of the states …, said"
  for (let hop = 0; hop < 3 && tokens[k]?.text === ',' && !isSubjectPronoun(tokens[subject.first]); hop++) {
    let c = k + 1;
    while (c <= high && c < k + 30 && tokens[c]?.text !== ',') c++;
    if (tokens[c]?.text !== ',') return null;
    if (cueAfterModifiers(tokens, c + 1) !== null || hop === 2) k = c + 1;
    else k = c;
  }
  const cue = cueAfterModifiers(tokens, k);
  if (cue !== null) return cue;
  // wink sometimes tags an adverb between pronoun and verb as a verb ("it further wrote")
  return isSubjectPronoun(tokens[subject.first]) && isCueAt(tokens, k + 1, true) ? k + 1 : null;
}

/** The reporting verb at `k`, past up to two adverbs or adjectives ("also said", "quick to add"), or null. */
function cueAfterModifiers(tokens: Token[], k: number): number | null {
  for (let n = 0; n < 2; n++) {
    const t = tokens[k];
    const modifier = isAdverbial(t) || (t?.pos === 'ADJ' && !/^\p{Lu}/u.test(t.text));
    if (!modifier || isCueAt(tokens, k, true)) break;
    k++;
  }
  if (isCueAt(tokens, k, true)) return k;
  // "he was quoted as saying", "she was heard to say"
  if (/^(quoted|heard)$/.test(tokens[k]?.lower ?? '')) {
    const next = /^(as|to)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    if (isCueAt(tokens, next, true)) return next;
  }
  return null;
}
