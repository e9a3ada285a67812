import type { AskAnswer } from '../search/ask.ts';
import { longDate } from './long-date.ts';
import { quoted } from './quoted.ts';

/** How a medium shows the answer line's parts: Discord bolds and escapes them, a terminal does not. */
export interface AnswerStyle {
  name: (speaker: string) => string;
  text: (words: string) => string;
}

/**
 * `/ask`'s answer as one line, "Vladimir Putin (Russian President), 4 March 2022: “…”", the date
 * in the reader's language; shared by the Discord reply and the CLI.
 */
export function answerLine(answer: AskAnswer, locale: string, style: AnswerStyle): string {
  const role = answer.role ? ` (${style.text(answer.role)})` : '';
  const date = longDate(answer.date, locale);
  return `${style.name(answer.speaker)}${role}${date ? `, ${date}` : ''}: ${quoted(style.text(answer.quote), answer.kind)}`;
}
