import type { Range } from '../search/types.ts';
import { mergeRanges, wholeWords } from '../text/ranges.ts';
import { windowAround } from '../text/window.ts';

const ELLIPSIS = '…';
const ZERO_WIDTH = '\u200b';

/** Cuts text to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return ELLIPSIS.slice(0, max);
  const room = text.slice(0, max - 1);
  const lastSpace = room.search(/\s\S*$/);
  const cut = lastSpace > max * 0.6 ? room.slice(0, lastSpace) : room;
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** Inline Markdown anywhere: emphasis, underline, strike, code, spoilers, masked links, escapes. */
const INLINE = /[\\*_~`|[\]]/;
/** What opens a block at the start of a line: heading, subtext, block quote, bullet. */
const BLOCK_OPENER = /[#>\-+*]/;

/**
 * `text` as Discord shows it literally, one entry per character of `text` (the character with any
 * escape it needs), so bold marks can go between any two characters without anything the text wrote
 * taking effect. Line starts are judged on the whole text: a piece escaped alone cannot tell.
 */
function escapedChars(text: string): string[] {
  const out = Array.from(text, (c) => c);
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (INLINE.test(c)) out[i] = `\\${c}`;
    else if (c === '@') out[i] = `@${ZERO_WIDTH}`;
    else if (c === '<' && /^<(?:[@#:/]|a:|t:)/.test(text.slice(i, i + 3))) out[i] = `<${ZERO_WIDTH}`;
    else if (c === ':' && text.startsWith('//', i + 1) && /[a-z0-9+.-]/i.test(text[i - 1] ?? ''))
      out[i] = '\\:'; // a bare URL would be a clickable link
  }
  for (const lineStart of lineStarts(text)) {
    let i = lineStart;
    while (text[i] === ' ' || text[i] === '\t') i++;
    const c = text[i];
    if (c === undefined) continue;
    if (BLOCK_OPENER.test(c)) out[i] = `\\${c}`;
    else if (/\d/.test(c)) {
      while (/\d/.test(text[i] ?? '')) i++;
      if (text[i] === '.' || text[i] === ')') out[i] = `\\${text[i]}`;
    }
  }
  return out;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Text from a document or a user, safe to show in Discord: no Markdown, links or mentions take effect. */
export function escapeForDiscord(text: string): string {
  return escapedChars(text).join('');
}

/**
 * Escapes `text` and bolds the highlighted ranges (offsets into `text`), keeping the result within
 * `max` characters: a long text is cut to a window around the first highlight, with ellipses.
 * Highlights are widened to whole words and numbers, so "1.5" is never shown half bold.
 */
export function markHighlights(text: string, highlights: readonly Range[], max: number): string {
  // Neighbouring highlights separated only by spaces or light punctuation read as one bold phrase.
  const merged = mergeRanges(text, wholeWords(text, highlights), /^[\s,;:'’-]*$/);
  let from = 0;
  let to = text.length;
  // Leave room for escapes and bold marks; shrink the window until the rendering fits.
  for (let budget = max; budget > 20; budget = Math.floor(budget * 0.8)) {
    if (to - from > budget) ({ start: from, end: to } = windowAround(text, merged, budget));
    const rendered = render(text, merged, from, to);
    if (rendered.length <= max) return rendered;
    to = from + Math.floor((to - from) * 0.8);
  }
  return truncate(escapeForDiscord(text), max);
}

function render(text: string, highlights: readonly Range[], from: number, to: number): string {
  // The window is escaped as one text, after the ellipsis that starts it, so line starts are judged as shown.
  const lead = from > 0 ? ELLIPSIS : '';
  const chars = escapedChars(lead + text.slice(from, to)).slice(lead.length);
  // Bold toggles at each highlight's ends; where one ends as the next starts they cancel out.
  const toggles = new Map<number, number>();
  for (const h of highlights) {
    const start = Math.max(h.start, from);
    const end = Math.min(h.end, to);
    if (end <= start) continue;
    for (const at of [start - from, end - from]) toggles.set(at, (toggles.get(at) ?? 0) + 1);
  }
  let out = lead;
  for (let i = 0; i <= chars.length; i++) out += ((toggles.get(i) ?? 0) % 2 ? '**' : '') + (chars[i] ?? '');
  return to < text.length ? `${out.trimEnd()}${ELLIPSIS}` : out;
}
