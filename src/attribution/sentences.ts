import { analyse } from './nlp.ts';

/** Sentence offsets of `text` (wink-nlp boundaries, never crossing a line break). */
export function splitSentences(text: string): { start: number; end: number }[] {
  return analyse(text).sentences.map(({ start, end }) => ({ start, end }));
}
