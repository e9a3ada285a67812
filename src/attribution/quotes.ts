/** A run of quoted words within one paragraph; `start`/`end` include the marks that are present. */
export interface QuotePart {
  start: number;
  end: number;
  /** Offsets of the words inside the marks. */
  innerStart: number;
  innerEnd: number;
}

/** One quotation: several parts when it runs across paragraphs (each re-opens the mark). */
export interface QuoteSpan {
  parts: QuotePart[];
  /** False when the last part never closes (an odd mark): it then stops at the end of its paragraph. */
  closed: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = new Set(['"', '″']);
const QUOTE_MARKS = /[“„«”»"″]/g;
const LEFT_BOUNDARY = /[\s([{—–\-‘'“"]/;
const RIGHT_BOUNDARY = /[\s.,;:!?)\]}—–\-’'”"…]/;

type Direction = 'open' | 'close';

/**
 * Which way a mark points. Spacing decides first, so a "”" typed at the start of a paragraph still
 * opens; the glyph (or, for a straight mark, the current state) decides when spacing is ambiguous.
 */
function direction(text: string, i: number, inside: boolean): Direction | null {
  const ch = text[i] ?? '';
  if (!OPENERS.has(ch) && !CLOSERS.has(ch) && !STRAIGHT.has(ch)) return null;
  const prev = i > 0 ? (text[i - 1] ?? '') : '\n';
  const next = i + 1 < text.length ? (text[i + 1] ?? '') : '\n';
  const leftFree = LEFT_BOUNDARY.test(prev);
  const rightFree = RIGHT_BOUNDARY.test(next);
  if (leftFree && !rightFree) return 'open';
  if (rightFree && !leftFree) return 'close';
  if (OPENERS.has(ch)) return 'open';
  if (CLOSERS.has(ch)) return 'close';
  return inside ? 'close' : 'open';
}

function trimmedEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}

/**
 * Every quoted passage of `text`: double marks, and outside them single ones as British and some
 * Canadian outlets quote speech (‘We are ready,’ she said).
 */
export function findQuotes(text: string): QuoteSpan[] {
  const double = findDoubleQuotes(text);
  const single = findSingleQuotes(text, double);
  if (single.length === 0) return double;
  return [...double, ...single].sort((a, b) => (a.parts[0]?.start ?? 0) - (b.parts[0]?.start ?? 0));
}

/**
 * A ‘ or a typed ' that opens a quote at a word's start; a typed one never opens an elision ('90s, 'em,
 * rock 'n' roll).
 */
const SINGLE_OPEN = /(?<=^|[\s([{—–-])(?:‘(?=\S)|'(?=[\p{L}\p{N}])(?!(?:em|til|cause|n|tis|twas|\d0s)\b))/gmu;
/**
 * A ’ or ' that ends a quote: after closing punctuation, or before punctuation, a capital or the
 * paragraph's end; never one of two typed marks ('') that stand for a double one.
 */
const SINGLE_CLOSE = /(?<=[,.!?…])['’](?!')|(?<=[^\s'])['’](?=[,.;:!?)\]—–]|\s+[\p{Lu}“"‘'—–-]|\s*$)/gmu;

/** A short line in Title Case: a headline, whose ‘…’ marks a title's quote (US style), not speech. */
function isHeadline(text: string, start: number, end: number): boolean {
  if (end - start > 200) return false;
  const words = text
    .slice(start, end)
    .split(/\s+/)
    .filter((w) => /^[‘'"“]?\p{L}{4,}/u.test(w));
  if (words.length === 0) return false;
  return words.filter((w) => /^[‘'"“]?\p{Lu}/u.test(w)).length >= words.length * 0.6;
}

/**
 * Single-quoted passages of three words or more, outside the double-quoted ones. A paragraph left open
 * goes on in the next one when that re-opens the mark, as British outlets print a long quote.
 */
function findSingleQuotes(text: string, double: QuoteSpan[]): QuoteSpan[] {
  if (!text.includes('‘') && !text.includes("'")) return [];
  const marks = (re: RegExp) => Array.from(text.matchAll(re), (m) => m.index);
  const opens = marks(SINGLE_OPEN);
  const closes = marks(SINGLE_CLOSE);
  const covered = double.flatMap((q) => q.parts);
  // opens, closes and covered parts are all in text order, so one pointer each keeps this linear
  let c = 0;
  let p = 0;
  const inside = (i: number) => {
    while (p < covered.length && (covered[p]?.end ?? 0) <= i) p++;
    return (covered[p]?.start ?? Infinity) <= i;
  };
  const found: QuoteSpan[] = [];
  let after = -1;
  // the paragraph of the current mark, found once per paragraph, so a long one is not read again
  let paraStart = 0;
  let paraEnd = -1;
  let headline = false;
  /** A quotation whose last part ran to the end of its paragraph, and the end of that paragraph. */
  let open: { span: QuoteSpan; paraEnd: number } | null = null;
  for (const at of opens) {
    if (at <= after || inside(at)) continue;
    if (at > paraEnd) {
      paraStart = text.lastIndexOf('\n', at) + 1;
      paraEnd = text.indexOf('\n', at);
      if (paraEnd < 0) paraEnd = text.length;
      headline = isHeadline(text, paraStart, paraEnd);
    }
    while (c < closes.length && (closes[c] ?? 0) <= at) c++;
    const close = closes[c];
    const closed = close !== undefined && close <= paraEnd;
    const innerEnd = closed ? close : trimmedEnd(text, at, paraEnd);
    const continues = open !== null && at === paraStart && open.paraEnd + 1 === paraStart;
    if (open && !continues) found.push({ ...open.span, closed: false });
    if (!continues) open = null;
    if (headline || (closed && inside(close))) continue;
    if (
      !continues &&
      text
        .slice(at + 1, innerEnd)
        .trim()
        .split(/\s+/).length < 3
    )
      continue;
    const part = { start: at, end: closed ? innerEnd + 1 : innerEnd, innerStart: at + 1, innerEnd };
    const span: QuoteSpan = open?.span ?? { parts: [], closed: true };
    span.parts.push(part);
    after = closed ? innerEnd : paraEnd;
    if (closed) {
      found.push(span);
      open = null;
    } else if (/^[‘']/.test(text.slice(paraEnd + 1, paraEnd + 2))) {
      open = { span, paraEnd };
    } else open = null;
  }
  if (open) found.push({ ...open.span, closed: false });
  return found;
}

/** Finds every double-quoted passage of `text` in one linear pass. */
function findDoubleQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let current: QuoteSpan | null = null;
  let openAt = -1;
  // nested marks ("… what he calls “hell” …") only close the inner quotation
  let depth = 0;
  let paraEnd = text.indexOf('\n');
  if (paraEnd < 0) paraEnd = text.length;
  let i = 0;
  while (i <= text.length) {
    if (i === paraEnd) {
      if (openAt >= 0 && current) {
        // an unclosed paragraph continues only if the next paragraph re-opens the mark
        const end = trimmedEnd(text, openAt, paraEnd);
        current.parts.push({ start: openAt, end, innerStart: openAt + 1, innerEnd: end });
        let next = paraEnd;
        while (next < text.length && /\s/.test(text[next] ?? '')) next++;
        const reopens = next < text.length && direction(text, next, false) === 'open';
        if (!reopens) {
          current.closed = false;
          quotes.push(current);
          current = null;
        }
        openAt = -1;
        depth = 0;
      }
      if (i === text.length) break;
      paraEnd = text.indexOf('\n', i + 1);
      if (paraEnd < 0) paraEnd = text.length;
      i++;
      continue;
    }
    // jump to the next quote mark or paragraph end: most characters are neither
    QUOTE_MARKS.lastIndex = i;
    const mark = QUOTE_MARKS.exec(text)?.index ?? text.length;
    if (mark > i) {
      i = Math.min(mark, paraEnd);
      continue;
    }
    const dir = direction(text, i, openAt >= 0);
    if (dir === 'open' && openAt < 0) {
      openAt = i;
      depth = 1;
      current ??= { parts: [], closed: true };
    } else if (dir === 'open') {
      depth++;
    } else if (dir === 'close' && depth > 1) {
      depth--;
    } else if (dir === 'close' && openAt >= 0 && current) {
      depth = 0;
      current.parts.push({ start: openAt, end: i + 1, innerStart: openAt + 1, innerEnd: i });
      quotes.push(current);
      current = null;
      openAt = -1;
    }
    i++;
  }
  if (current && current.parts.length > 0) {
    current.closed = false;
    quotes.push(current);
  }
  return quotes;
}

/** ", the nurse added," inside an unclosed quote: where the writer forgot the closing mark. */
const INNER_ATTRIBUTION = /,\s+((?:[\w.'’-]+\s+){1,5}?)([a-z]+)\s*[,.]/g;
/** ", said Kessel," — the same, with the verb first. */
const INNER_INVERTED = /,\s+([a-z]+)\s+(?:\p{Lu}[\p{L}\w.'’-]*\s*){1,4}[,.]/gu;

/** Offset of the first match of `re` in `inner` whose group `cue` is a reporting verb, or -1. */
function firstCue(re: RegExp, inner: string, cue: number, isCue: (word: string) => boolean): number {
  re.lastIndex = 0;
  for (let m = re.exec(inner); m; m = re.exec(inner)) if (isCue(m[cue] ?? '')) return m.index;
  return -1;
}

/**
 * An unclosed quote that carries its own attribution ("“The worst is over, the nurse added, …",
 * "“There was no warning, said Kessel, …") ends before it, so the attribution is read as one.
 */
export function cutAtAttribution(text: string, quote: QuoteSpan, isCue: (word: string) => boolean): void {
  const part = quote.parts[quote.parts.length - 1];
  if (quote.closed || !part) return;
  const inner = text.slice(part.innerStart, part.innerEnd);
  const at = [firstCue(INNER_ATTRIBUTION, inner, 2, isCue), firstCue(INNER_INVERTED, inner, 1, isCue)].filter(
    (i) => i >= 0,
  );
  if (at.length === 0) return;
  part.innerEnd = part.innerStart + Math.min(...at);
  part.end = part.innerEnd;
}

/** The quoted words of a quotation, parts joined by a space. */
export function quoteWords(text: string, quote: QuoteSpan): string {
  return quote.parts
    .map((p) => text.slice(p.innerStart, p.innerEnd).trim())
    .filter(Boolean)
    .join(' ');
}
