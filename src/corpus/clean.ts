import { lowerBound } from '../text/sorted.ts';
import { isFurniture } from './furniture.ts';
import type { Paragraph } from './types.ts';

export interface CleanText {
  /** Kept paragraphs joined by "\n". */
  text: string;
  paragraphs: Paragraph[];
  /** Where a character of `text` (or the end of a span, exclusive) was in the raw text. */
  toRaw(offset: number): number;
}

/** Spaces that collapse to one (the byte-order mark is one, so a file's first line trims like any other). */
const isSpace = (char: string) =>
  char === ' ' || char === '\t' || (char > '\u007F' && /\s/.test(char)) || char === '\f' || char === '\v';

/**
 * Cleans a plain-text article: trims lines, collapses runs of spaces, drops blank lines and page
 * furniture, and keeps each paragraph with the number a reader counts in the file (one non-empty
 * line is one paragraph; dropped lines keep their numbers so later citations still match the file).
 * Every kept character remembers its offset in the raw text, for tools that report offsets into the file.
 */
export function cleanText(raw: string): CleanText {
  const paragraphs: Paragraph[] = [];
  const kept: string[] = [];
  // Runs of characters that sit side by side in both texts: cleaned start → raw start.
  const runClean: number[] = [];
  const runRaw: number[] = [];
  let offset = 0;
  let number = 0;
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  while (lineStart <= raw.length) {
    const match = lineBreak.exec(raw);
    const lineEnd = match ? match.index : raw.length;
    const line = collapse(raw, lineStart, lineEnd);
    if (line.text !== '') {
      number += 1;
      if (!isFurniture(line.text)) {
        if (kept.length > 0) offset += 1;
        paragraphs.push({ number, start: offset, end: offset + line.text.length });
        line.runs.forEach(([clean, rawAt]) => {
          runClean.push(offset + clean);
          runRaw.push(rawAt);
        });
        kept.push(line.text);
        offset += line.text.length;
      }
    }
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return { text: kept.join('\n'), paragraphs, toRaw: (at) => toRaw(runClean, runRaw, at) };
}

/** A line trimmed, its runs of spaces made one space, with the runs that map it back to the raw text. */
function collapse(raw: string, from: number, to: number): { text: string; runs: [number, number][] } {
  let start = from;
  let end = to;
  while (start < end && isSpace(raw[start] as string)) start++;
  while (end > start && isSpace(raw[end - 1] as string)) end--;
  const runs: [number, number][] = [];
  let text = '';
  let next = -1; // the raw offset that would continue the current run
  let i = start;
  while (i < end) {
    let j = i;
    while (j < end && !isSpace(raw[j] as string)) j++;
    if (i !== next) runs.push([text.length, i]);
    text += raw.slice(i, j);
    if (j === end) break;
    text += ' ';
    next = j + 1;
    i = j;
    while (isSpace(raw[i] as string)) i++;
  }
  return { text, runs };
}

function toRaw(runClean: readonly number[], runRaw: readonly number[], offset: number): number {
  // the last run starting at or before the offset
  const run = lowerBound(runClean, offset + 1, (start) => start) - 1;
  if (run < 0) return offset;
  return (runRaw[run] as number) + offset - (runClean[run] as number);
}

/** The paragraph that contains a character offset of the cleaned text. */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): Paragraph | undefined {
  const paragraph = paragraphs[lowerBound(paragraphs, offset, (p) => p.end)];
  return paragraph && paragraph.start <= offset ? paragraph : undefined;
}
