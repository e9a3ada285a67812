import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Attribution, AttributionKind, Person } from '../attribution/types.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import { quoted } from '../text/quoted.ts';
import { FONTS, registerCardFonts } from './fonts.ts';
import { fitLine, type Measure, wrapText } from './wrap.ts';

/** What a quote card shows: the words as the document has them, who said them, and where. */
export interface QuoteCard {
  quote: string;
  /** Direct quotes are shown in quote marks; reported speech is not a quotation. */
  kind: AttributionKind;
  speaker: string;
  role: string | null;
  title: string;
  /** The document's source: a URL (shown as its site) or a free-text origin. */
  source: string | null;
  date: string | null;
}

/** The card of an attributed quote; null when nobody is credited with it (a card names who said it). */
export function quoteCardOf(quote: {
  doc: CorpusDocument;
  attribution: Attribution | null;
  person?: Person | null;
}): QuoteCard | null {
  const { doc, attribution } = quote;
  if (!attribution?.speaker) return null;
  return {
    quote: attribution.quote,
    kind: attribution.kind,
    speaker: attribution.speaker,
    role: attribution.role ?? quote.person?.role ?? null,
    title: doc.title,
    source: doc.source,
    date: doc.date,
  };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const WIDTH = 1200;
const HEIGHT = 630;
const MARGIN = 56;
const BAR = 8;
const LEFT = MARGIN + BAR + 40;
const RIGHT = WIDTH - MARGIN - BAR;

/** Where each part of the card goes; nothing is drawn in the margin around them. */
export const CARD_LAYOUT = {
  width: WIDTH,
  height: HEIGHT,
  margin: MARGIN,
  quote: { x: LEFT, y: MARGIN + 8, width: RIGHT - LEFT, height: 356 },
  speaker: { x: LEFT, y: 448, width: RIGHT - LEFT, height: 44 },
  role: { x: LEFT, y: 496, width: RIGHT - LEFT, height: 32 },
  source: { x: LEFT, y: HEIGHT - MARGIN - 30, width: RIGHT - LEFT, height: 30 },
} as const satisfies Record<string, Box | number>;

const COLOURS = {
  background: '#faf7f0',
  ink: '#1f2328',
  muted: '#5b6470',
  accent: '#5865f2',
} as const;

/** Quote sizes tried largest first: the largest whose lines all fit is used; the smallest cuts with an ellipsis. */
const QUOTE_SIZES = [52, 46, 40, 35, 30] as const;
const LINE_HEIGHT = 1.3;
const BRAND = 'Verbatim';

/** Renders a quote card as a PNG (1200×630). Text is measured, wrapped and cut so none leaves its box. */
export async function renderQuoteCard(card: QuoteCard): Promise<Buffer> {
  registerCardFonts();
  const canvas = createCanvas(WIDTH, HEIGHT);
  const context = canvas.getContext('2d');
  context.fillStyle = COLOURS.background;
  context.fillRect(0, 0, WIDTH, HEIGHT);
  context.fillStyle = COLOURS.accent;
  context.fillRect(MARGIN, MARGIN, BAR, HEIGHT - 2 * MARGIN);
  context.textBaseline = 'top';

  drawQuote(context, card);
  const { speaker, role, source } = CARD_LAYOUT;
  drawLine(context, card.speaker, speaker, `bold 36px "${FONTS.text}"`, COLOURS.ink);
  if (card.role) drawLine(context, card.role, role, `26px "${FONTS.text}"`, COLOURS.muted);

  const brandFont = `bold 22px "${FONTS.text}"`;
  context.font = brandFont;
  const brandWidth = context.measureText(BRAND).width;
  // The title gives way to the site and date: those are short and say most about where it comes from.
  const font = `22px "${FONTS.text}"`;
  context.font = font;
  const after = [siteOf(card.source), card.date]
    .filter(Boolean)
    .map((part) => ` · ${part}`)
    .join('');
  const room = source.width - brandWidth - 32;
  const title = fitLine(card.title, room - context.measureText(after).width, measureWith(context));
  drawLine(context, `${title}${after}`, { ...source, width: room }, font, COLOURS.muted);
  context.font = brandFont;
  context.fillStyle = COLOURS.accent;
  context.fillText(BRAND, source.x + source.width - brandWidth, source.y + 2);
  return canvas.encode('png');
}

/** The quote at the largest size that fits its box, centred in it; cut with an ellipsis at the smallest. */
function drawQuote(context: SKRSContext2D, card: QuoteCard): void {
  const box = CARD_LAYOUT.quote;
  const text = quoted(card.quote, card.kind);
  const ellipsis = card.kind === 'direct' ? '…”' : '…';
  let chosen: { size: number; lines: string[] } | undefined;
  for (const size of QUOTE_SIZES) {
    context.font = `${size}px "${FONTS.quote}"`;
    const maxLines = Math.floor(box.height / (size * LINE_HEIGHT));
    const { lines, cut } = wrapText(text, {
      width: box.width,
      maxLines,
      measure: measureWith(context),
      ellipsis,
    });
    chosen = { size, lines };
    if (!cut) break;
  }
  if (!chosen) return;
  const { size, lines } = chosen;
  context.font = `${size}px "${FONTS.quote}"`;
  context.fillStyle = COLOURS.ink;
  const lineHeight = size * LINE_HEIGHT;
  const top = box.y + (box.height - lines.length * lineHeight) / 2;
  lines.forEach((line, i) => {
    context.fillText(line, box.x, top + i * lineHeight + (lineHeight - size) / 2);
  });
}

function drawLine(context: SKRSContext2D, text: string, box: Box, font: string, colour: string): void {
  context.font = font;
  context.fillStyle = colour;
  context.fillText(fitLine(text, box.width, measureWith(context)), box.x, box.y);
}

function measureWith(context: SKRSContext2D): Measure {
  return (text) => context.measureText(text).width;
}

/** A URL's site ("www.example.com"), or a free-text origin as it is. */
function siteOf(source: string | null): string | null {
  if (!source) return null;
  try {
    const url = new URL(source);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : source;
  } catch {
    return source;
  }
}
