import { answerOf } from '../search/ask.ts';
import type { AskHit } from '../search/types.ts';
import { answerLine as lineOf } from '../text/answer-line.ts';
import type { Translate } from './i18n.ts';
import { escapeForDiscord, truncate } from './text.ts';

/** Long enough to read as the answer; the passage below has the rest. */
const ANSWER_QUOTE_LENGTH = 300;

/**
 * The line above `/ask`'s passages when the question named a person and the best passage is their
 * quote, so the reply reads as an answer: "**Vladimir Putin** (Russian President), 4 March 2022: “…”".
 */
export function answerLine(t: Translate, hits: readonly AskHit[]): string | undefined {
  const answer = answerOf(hits);
  if (!answer) return undefined;
  return lineOf({ ...answer, quote: truncate(answer.quote, ANSWER_QUOTE_LENGTH) }, t.locale, {
    name: (speaker) => `**${escapeForDiscord(speaker)}**`,
    text: escapeForDiscord,
  });
}
