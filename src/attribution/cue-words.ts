// The words a speaker search reads: reporting verbs and their particles, persons, clause openers.
import { isWeakCue, reportingLemma } from './cues.ts';
import { HONORIFICS, isPersonNoun, ROLE_HEADS } from './lexicon.ts';
import { isNameLike, isSubjectPronoun, type Phrase } from './mentions.ts';
import { isFirstName } from './names.ts';
import type { Token } from './nlp.ts';
import { canSpeak } from './speaker-nouns.ts';
export const DASHES = new Set(['―', '—', '–', '-', '--']);
export const SENTENCE_END = new Set(['.', '!', '?']);
/** Words that open a relative clause, whose verb is never the sentence's main verb. */
export const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'where']);
/** Words that open a subordinate clause. */
export const SUBORDINATORS = new Set(
  'when while after before because although though if since that whether unless until once'.split(' '),
);

/** A name, a pronoun for people, or a noun for a person: who may be quoted without a reporting verb. */
export function isPersonLike(tokens: Token[], p: Phrase): boolean {
  const head = tokens[p.last] as Token;
  if (isSubjectPronoun(head)) return /^(he|she|they|we|i)$/.test(head.lower);
  return isNameLike(tokens, p) ? canSpeak(tokens, p) : head.pos === 'NOUN' && isPersonNoun(head.lower);
}

/** Does the phrase show its name is a person's: a first name, an honorific, a role ("pollster Daron Shaw")? */
export function namesPerson(tokens: Token[], p: Phrase): boolean {
  for (let k = p.first; k <= p.last; k++) {
    const t = tokens[k] as Token;
    const w = t.lower.replace(/\.$/, '');
    if (
      ROLE_HEADS.has(w) ||
      w in HONORIFICS ||
      (t.pos === 'NOUN' && /^[a-z]/.test(t.text) && isPersonNoun(w))
    )
      return true;
    if (/^\p{Lu}/u.test(t.text) && k < p.last && isFirstName(w)) return true;
  }
  return false;
}

export const isAdverbial = (t: Token | undefined): boolean =>
  !!t && (t.pos === 'ADV' || t.pos === 'AUX' || t.lower === 'not') && !/^\p{Lu}/u.test(t.text);

export function isCue(t: Token | undefined, adjacent: boolean): boolean {
  if (!t || !(t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NOUN' || t.pos === 'ADJ')) return false;
  const lemma = reportingLemma(t.lower);
  return lemma !== undefined && (adjacent || !isWeakCue(lemma));
}

/** Verbs that report speech with a particle: "went on", "shot back", "chimed in", "pointed out". */
export const PHRASAL: Record<string, string> = {
  went: 'on',
  goes: 'on',
  shot: 'back',
  fired: 'back',
  hit: 'back',
  chimed: 'in',
  pointed: 'out',
};

/** Is token `k` a reporting verb, alone or with its particle? */
export function isCueAt(tokens: Token[], k: number, adjacent: boolean): boolean {
  const t = tokens[k];
  // "the pilots' demands", "his claims", "the report": after a possessive or an article it is a noun
  const prev = tokens[k - 1];
  const owner = tokens[k - 2];
  const possessive =
    !!prev &&
    (/^['’]s$/.test(prev.text) ||
      (/^['’]$/.test(prev.text) && !!owner && owner.end === prev.start && /s$/.test(owner.text)));
  if (possessive || /^(the|a|an|his|her|their|its|our|my|your)$/.test(prev?.lower ?? '')) return false;
  if (isCue(t, adjacent)) return true;
  return (
    !!t &&
    (t.pos === 'VERB' || t.pos === 'NOUN') &&
    PHRASAL[t.lower] !== undefined &&
    tokens[k + 1]?.lower === PHRASAL[t.lower]
  );
}
