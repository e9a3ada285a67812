// Speakers a line names without a reporting verb: 'NAME: “…”' before a quote, '– Name' signed below it.
import { DASHES } from './cue-words.ts';
import { isNameLike, phraseEndingAt, phraseStartingAt, skipParenthesisLeft } from './mentions.ts';
import type { Token } from './nlp.ts';
import type { QuoteTokens, SpeakerCue } from './speakers.ts';
/**
 * A name standing alone before the colon that opens a quote, as round-ups and transcripts write it:
 * "Pollsters agree - Carl Bialik: “…”", "More from Jones: “…”", "SMITH: “…”", "From the report: “…”".
 */
export function labelBefore(tokens: Token[], quoteOf: Int32Array, o: number, low: number): SpeakerCue | null {
  const colon = o - 1;
  if (tokens[colon]?.text !== ':' || quoteOf[colon] !== -1) return null;
  // "Rep. Trey Gowdy (R-S.C.): “…”"
  const label = phraseEndingAt(tokens, skipParenthesisLeft(tokens, colon - 1, low), low);
  if (!label) return null;
  const before = tokens[label.first - 1];
  const alone =
    label.first === low ||
    /^[-–—,]$/.test(before?.text ?? '') ||
    before?.lower === 'from' ||
    before?.text === '(';
  if (!alone || !(isNameLike(tokens, label) || before?.lower === 'from')) return null;
  // "Greg Olsen, Eastport Herald: “…”": the person before the outlet speaks
  const person = before?.text === ',' ? phraseEndingAt(tokens, label.first - 2, low) : null;
  const opensLine = person && (person.first === low || /^[-–—]$/.test(tokens[person.first - 1]?.text ?? ''));
  if (person && opensLine && isNameLike(tokens, person))
    return { mention: person, cue: colon, kind: 'before' };
  return { mention: label, cue: colon, kind: 'before' };
}
/** A quote that ends its paragraph, signed by a short line below it: "– Bernie Sanders.", "-President Obama, tweeting". */
export function signedBelow(tokens: Token[], q: QuoteTokens): SpeakerCue | null {
  const dash = q.close + 1;
  const line = tokens[dash]?.para;
  if (line === undefined || line === tokens[q.close]?.para || !DASHES.has(tokens[dash]?.text ?? ''))
    return null;
  let end = dash;
  while (tokens[end + 1]?.para === line) end++;
  if (end - dash > 14) return null;
  const mention = phraseStartingAt(tokens, dash + 1, end);
  return mention && isNameLike(tokens, mention) ? { mention, cue: dash, kind: 'dash' } : null;
}
