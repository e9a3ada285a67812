import { isWeakCue, reportingLemma } from './cues.ts';
import type { Token } from './nlp.ts';
import type { SpeakerCue } from './speakers.ts';

/** Words after a comma that open a clause of the writer's, no longer the speaker's. */
const CLAUSE_BREAKS = new Set(
  'as while which who whom whose according but although though after before when because since where whereas'.split(
    ' ',
  ),
);
const QUOTE_MARK = /^[“”"„«»″]$/;
const CLOSING_PUNCTUATION = /[.!?;:…]$/;
const WORD = /^[\p{L}\p{N}$]/u;
/** Cues close enough before a quote to take it as their complement ("said", "said that", "told reporters"). */
const COMPLEMENT_REACH = 4;

/** Is token `k` the start of an attribution that closes the sentence (", he said", ", said X", ", according to")? */
function opensAttribution(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 4; j++) {
    const t = tokens[j];
    if (!t || /^[.!?;,]$/.test(t.text)) return false;
    const lemma = reportingLemma(t.lower);
    // a verb with other senses ("and donations began to …") opens no attribution
    if (t.lower === 'according' || (lemma && !isWeakCue(lemma) && t.pos !== 'NOUN')) return true;
  }
  return false;
}

/**
 * A mixed quotation: quoted words that run on, unquoted, in the clause that reports them ("Sanders
 * said “the wind is at our backs” despite his loss", "“I held and hugged” grieving family members …,
 * he said"). The whole clause is the speaker's reported speech. Returns the token index where it
 * ends, or null when the quote closes its clause (or the quote is followed by its attribution).
 *
 * @param close the closing quote mark's token
 * @param last the last token of the quote's sentence
 * @param quoteOf each token's quotation, -1 outside quote marks
 */
export function mixedQuotationEnd(
  tokens: Token[],
  open: number,
  close: number,
  last: number,
  cue: SpeakerCue,
  quoteOf: Int32Array,
  hasOwnCue: (quoteIndex: number) => boolean,
): number | null {
  const mark = tokens[close];
  const next = tokens[close + 1];
  if (!mark || !next || !QUOTE_MARK.test(mark.text) || next.para !== mark.para) return null;
  const ending = tokens[close - 1]?.text ?? '';
  if (CLOSING_PUNCTUATION.test(ending) || !WORD.test(next.text)) return null;
  // “…,” and donations began …: a comma inside the mark goes on only where no attribution follows
  // and only into a phrase that hangs on the quote ("…,” in sharp contrast to …), not a new clause ("…,” nobody moved)
  if (ending === ',' && (opensAttribution(tokens, close + 1) || !/^(ADP|CCONJ|SCONJ|ADV)$/.test(next.pos)))
    return null;
  if (quoteOf[close + 1] !== -1) return null;
  // the quote must be what the cue reports: its verb just before it, or its attribution after it
  const before = cue.kind === 'before' && cue.cue < open && open - cue.cue <= COMPLEMENT_REACH;
  const after = cue.kind === 'after' && Math.min(cue.cue, cue.mention.first) > close + 1;
  if (!before && !after) return null;
  const attributionAt = after ? Math.min(cue.cue, cue.mention.first) : last + 1;
  let end = close;
  for (let k = close + 1; k <= last && k < attributionAt; k++) {
    const t = tokens[k] as Token;
    if (t.text === ';' || t.text === '(' || t.text === '—' || t.text === '–') break;
    if (t.text === ',' && (CLAUSE_BREAKS.has(tokens[k + 1]?.lower ?? '') || opensAttribution(tokens, k + 1)))
      break;
    // "“A” and stressed that …": a verb of its own starts another report
    if (/^(and|but|or)$/.test(t.lower) && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) break;
    const lemma = t.pos === 'VERB' ? reportingLemma(t.lower) : undefined;
    if (lemma && !isWeakCue(lemma)) break;
    // another quotation of the clause goes in whole, unless it has a cue of its own
    const inner = quoteOf[k] ?? -1;
    if (inner !== -1) {
      if (hasOwnCue(inner)) break;
      while (quoteOf[k + 1] === inner) k++;
    }
    end = k;
  }
  while (end > close && /^[.!?,:;]$/.test(tokens[end]?.text ?? '')) end--;
  let words = 0;
  for (let k = close + 1; k <= end; k++) if (WORD.test(tokens[k]?.text ?? '')) words++;
  return words >= 2 ? end : null;
}
