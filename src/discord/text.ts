import { escapeMarkdown } from 'discord.js';
import type { Range } from '../search/types.ts';
import { mergeRanges } from '../text/ranges.ts';

const ELLIPSIS = '…';

/** Cuts text to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return ELLIPSIS.slice(0, max);
  const room = text.slice(0, max - 1);
  const lastSpace = room.search(/\s\S*$/);
  const cut = lastSpace > max * 0.6 ? room.slice(0, lastSpace) : room;
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** Text from a document or a user, safe to show in Discord: no Markdown, links or mentions take effect. */
export function escapeForDiscord(text: string): string {
  return escapeMarkdown(text, { maskedLink: true })
    .replace(/@/g, '@\u200b')
    .replace(/<(?=[@#:]|a:|t:)/g, '<\u200b');
}

/**
 * Escapes `text` and bolds the highlighted ranges (offsets into `text`), keeping the result within
 * `max` characters: a long text is cut to a window around the first highlight, with ellipses.
 */
export function markHighlights(text: string, highlights: readonly Range[], max: number): string {
  // Neighbouring highlights separated only by spaces or light punctuation read as one bold phrase.
  const merged = mergeRanges(text, highlights, /^[\s,;:'’-]*$/);
  let from = 0;
  let to = text.length;
  // Leave room for escapes and bold marks; shrink the window until the rendering fits.
  for (let budget = max; budget > 20; budget = Math.floor(budget * 0.8)) {
    if (to - from > budget) {
      const first = merged[0]?.start ?? 0;
      from = Math.max(0, Math.min(first - Math.floor(budget / 4), text.length - budget));
      from = from > 0 ? wordStart(text, from) : 0;
      to = Math.min(text.length, from + budget);
    }
    const rendered = render(text, merged, from, to);
    if (rendered.length <= max) return rendered;
    to = from + Math.floor((to - from) * 0.8);
  }
  return truncate(escapeForDiscord(text), max);
}

function wordStart(text: string, at: number): number {
  const next = text.slice(at).search(/\s/);
  return next >= 0 && next < 20 ? at + next + 1 : at;
}

function render(text: string, highlights: readonly Range[], from: number, to: number): string {
  let out = from > 0 ? ELLIPSIS : '';
  let at = from;
  for (const h of highlights) {
    const start = Math.max(h.start, from);
    const end = Math.min(h.end, to);
    if (end <= start || start < at) continue;
    out += `${escapeForDiscord(text.slice(at, start))}**${escapeForDiscord(text.slice(start, end))}**`;
    at = end;
  }
  out += escapeForDiscord(text.slice(at, to));
  return to < text.length ? `${out.trimEnd()}${ELLIPSIS}` : out;
}
