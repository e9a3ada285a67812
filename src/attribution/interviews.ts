// Interviews: quoted answers under an interviewer's unquoted questions ("How did it begin?").
import type { Token } from './nlp.ts';
import type { QuoteTokens, SpeakerCue } from './speakers.ts';

/** Is token `end` the close of a short paragraph that asks a question and quotes nobody? */
export function isQuestionLine(tokens: Token[], quoteOf: Int32Array, end: number): boolean {
  if (tokens[end]?.text !== '?') return false;
  const para = tokens[end]?.para;
  for (let k = end; k >= 0 && tokens[k]?.para === para; k--)
    if (quoteOf[k] !== -1 || end - k > 30) return false;
  return true;
}

/** Does the quote open a paragraph right after a question line? */
function followsQuestion(tokens: Token[], quoteOf: Int32Array, q: QuoteTokens): boolean {
  const before = tokens[q.open - 1];
  return !!before && before.para !== tokens[q.open]?.para && isQuestionLine(tokens, quoteOf, q.open - 1);
}

/**
 * A quote that follows an interviewer's question ("Do you ever take a day off?") answers it: it is
 * whoever answered the questions before, though someone else may have spoken in between.
 */
export function answerAfterQuestion(
  tokens: Token[],
  quoteOf: Int32Array,
  quotes: QuoteTokens[],
  q: QuoteTokens,
  resolved: (quoteIndex: number) => SpeakerCue | null,
): SpeakerCue | null {
  if (!followsQuestion(tokens, quoteOf, q)) return null;
  for (let j = quotes.indexOf(q) - 1; j >= 0; j--) {
    const cue = followsQuestion(tokens, quoteOf, quotes[j] as QuoteTokens) ? resolved(j) : null;
    if (cue) return { ...cue, kind: 'floating' };
  }
  return null;
}
