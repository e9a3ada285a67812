/** The width of a string as it will be drawn, in pixels. */
export type Measure = (text: string) => number;

export interface Wrapped {
  lines: string[];
  /** Some of the text did not fit: the last line ends with the ellipsis. */
  cut: boolean;
}

const ELLIPSIS = '…';

/**
 * Breaks text into lines no wider than `width`, at spaces where it can and inside a word only when the
 * word alone is too wide; past `maxLines`, the last line is shortened to end with `ellipsis`.
 * Line breaks in the text are kept; other runs of white space become one space.
 */
export function wrapText(
  text: string,
  {
    width,
    maxLines,
    measure,
    ellipsis = ELLIPSIS,
  }: { width: number; maxLines: number; measure: Measure; ellipsis?: string },
): Wrapped {
  // One line past the last tells whether the text was cut; the rest is never wrapped.
  const lines: string[] = [];
  for (const line of linesOf(text, width, measure)) {
    lines.push(line);
    if (lines.length > maxLines) break;
  }
  if (lines.length <= maxLines) return { lines, cut: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', width, measure, ellipsis);
  return { lines: kept, cut: true };
}

/** The lines of a text, one at a time, so a long text is wrapped only as far as it is shown. */
function* linesOf(text: string, width: number, measure: Measure): Generator<string> {
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) yield line;
      // A word wider than the line (a long URL) is split where it has to be.
      let rest = word;
      while (measure(rest) > width) {
        const head = longestFitting(rest, width, measure, '');
        yield head;
        rest = rest.slice(head.length);
      }
      line = rest;
    }
    if (line) yield line;
  }
}

/** One line of text, shortened to end with an ellipsis when it is wider than `width`. */
export function fitLine(text: string, width: number, measure: Measure): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (measure(line) <= width) return line;
  return withEllipsis(line, width, measure, ELLIPSIS);
}

/** Cutting back to a whole word is preferred while it keeps at least this share of what fits. */
const WHOLE_WORD_SHARE = 0.7;

/** The text with the ellipsis after it, cut at a word's end where that costs little, else inside a word. */
function withEllipsis(text: string, width: number, measure: Measure, ellipsis: string): string {
  const fitting = longestFitting(text, width, measure, ellipsis);
  const atSpace =
    fitting.length < text.length && text[fitting.length] !== ' ' ? fitting.lastIndexOf(' ') : -1;
  const kept = atSpace >= fitting.length * WHOLE_WORD_SHARE ? fitting.slice(0, atSpace) : fitting;
  return `${kept.trimEnd()}${ellipsis}`;
}

/** The longest start of `text` (whole code points) that fits in `width` with `suffix` after it; at least one character. */
function longestFitting(text: string, width: number, measure: Measure, suffix: string): string {
  const characters = Array.from(text);
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(`${characters.slice(0, middle).join('')}${suffix}`) <= width) low = middle;
    else high = middle - 1;
  }
  // Without a suffix the caller is splitting a word: it needs a character each time to get on.
  const least = suffix ? 0 : 1;
  return characters.slice(0, Math.max(low, least)).join('');
}
