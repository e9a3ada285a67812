import type { Paragraph } from './types.ts';

/**
 * Short lines that web pages leave behind when an article is copied out of them
 * ("see also", "read more", share buttons). Matched against a whole, short paragraph only.
 */
const WEB_LEFTOVER =
  /^(see also|know more|read more|read also|also read|more on this( story| topic)?|related( articles| stories| content| coverage| news)?|recommended( for you)?|advertisement|advert|ad|share( this( article| story)?)?( on (facebook|twitter|x|whatsapp|linkedin))?|tweet|email|print|comments?( \(\d+\))?|click here.*|subscribe.*|sign up.*|follow us.*|download (the|our) app.*|continue reading|watch|listen|video|photo|gallery|top stories|most read|trending|newsletter)$/i;

const MAX_LEFTOVER_WORDS = 6;

function isWebLeftover(line: string): boolean {
  const bare = line
    .trim()
    .replace(/[\s:.»›>→|•·-]+$/u, '')
    .replace(/^[\s«‹<←|•·-]+/u, '');
  if (bare === '') return true;
  if (bare.split(/\s+/).length > MAX_LEFTOVER_WORDS) return false;
  return WEB_LEFTOVER.test(bare);
}

export interface CleanText {
  /** Kept paragraphs joined by "\n". */
  text: string;
  paragraphs: Paragraph[];
}

/**
 * Cleans a plain-text article: normalises line endings and spaces, drops web-page leftovers,
 * and keeps each paragraph with the number a reader counts in the file (one non-empty line is
 * one paragraph; dropped lines keep their numbers so later citations still match the file).
 */
export function cleanText(raw: string): CleanText {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t\u00A0 ]+/g, ' ').trim())
    .filter((line) => line !== '');
  const paragraphs: Paragraph[] = [];
  const kept: string[] = [];
  let offset = 0;
  lines.forEach((line, index) => {
    if (isWebLeftover(line)) return;
    if (kept.length > 0) offset += 1;
    paragraphs.push({ number: index + 1, start: offset, end: offset + line.length });
    kept.push(line);
    offset += line.length;
  });
  return { text: kept.join('\n'), paragraphs };
}

/** The paragraph that contains a character offset of the cleaned text. */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): Paragraph | undefined {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const paragraph = paragraphs[mid] as Paragraph;
    if (offset < paragraph.start) high = mid - 1;
    else if (offset > paragraph.end) low = mid + 1;
    else return paragraph;
  }
  return undefined;
}
