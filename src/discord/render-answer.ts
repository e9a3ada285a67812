import { answerOf } from '../search/ask.ts';
import type { AskHit } from '../search/types.ts';
import { longDate } from '../text/long-date.ts';
import { quoted } from '../text/quoted.ts';
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
  const date = longDate(answer.date, t.locale);
  const who = `**${escapeForDiscord(answer.speaker)}**${answer.role ? ` (${escapeForDiscord(answer.role)})` : ''}`;
  const words = quoted(escapeForDiscord(truncate(answer.quote, ANSWER_QUOTE_LENGTH)), answer.kind);
  return `${who}${date ? `, ${date}` : ''}: ${words}`;
}
