import { paragraphAt } from '../corpus/clean.ts';
import { visible } from './searchable.ts';
import type { CreditedQuote, SpeakerDirectory } from './speaker-directory.ts';
import type { Scope, SpeakerQuote, SpeakerSummary } from './types.ts';

/** Everyone quoted in a scope, most quoted first. */
export function speakers(directory: SpeakerDirectory, scope: Scope): SpeakerSummary[] {
  const summaries: SpeakerSummary[] = [];
  for (const [name, credited] of directory.entries()) {
    const seen = credited.filter(({ entry }) => visible(entry.doc, scope));
    if (seen.length === 0) continue;
    const role = seen.find(({ quote }) => quote.role)?.quote.role ?? null;
    const documents = new Set(seen.map(({ entry }) => entry.doc.id)).size;
    summaries.push({ name, role, quotes: seen.length, documents });
  }
  return summaries.sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}

/** What a person said across a scope, in document and reading order. */
export function quotesBy(directory: SpeakerDirectory, speaker: string, scope: Scope): SpeakerQuote[] {
  const wanted = speaker.trim().toLowerCase();
  const out: SpeakerQuote[] = [];
  for (const [name, credited] of directory.entries()) {
    if (name.toLowerCase() !== wanted) continue;
    for (const { entry, quote } of credited) {
      if (!visible(entry.doc, scope)) continue;
      const paragraph = paragraphAt(entry.doc.paragraphs, quote.start);
      out.push({ doc: entry.doc, paragraph: paragraph?.number ?? 1, attribution: quote });
    }
  }
  return out;
}

export interface RandomQuoteOptions {
  /** Only this person's quotes (exact name, any case). */
  speaker?: string | null;
  /** Keys (`quoteKey`) of quotes shown lately, oldest first: not picked while others remain; else the oldest. */
  avoid?: readonly string[];
  /** 0 ≤ x < 1; Math.random by default. */
  random?: () => number;
}

/** What identifies one quote across calls: its document and where it starts. */
export function quoteKey(quote: Pick<SpeakerQuote, 'doc' | 'attribution'>): string {
  return `${quote.doc.id}:${quote.attribution.start}`;
}

/**
 * One attributed quote of a scope, every quote equally likely (a document with many quotes is
 * not favoured over its share), avoiding the recently shown ones while any other remains.
 */
export function randomQuote(
  directory: SpeakerDirectory,
  scope: Scope,
  { speaker, avoid = [], random = Math.random }: RandomQuoteOptions = {},
): { quote: SpeakerQuote | null; total: number } {
  const wanted = speaker?.trim().toLowerCase();
  const shown = new Map(avoid.map((key, i) => [key, i]));
  const fresh: CreditedQuote[] = [];
  const stale: { item: CreditedQuote; shownAt: number }[] = [];
  for (const [name, credited] of directory.entries()) {
    if (wanted !== undefined && name.toLowerCase() !== wanted) continue;
    for (const item of credited) {
      if (!visible(item.entry.doc, scope)) continue;
      const key = quoteKey({ doc: item.entry.doc, attribution: item.quote });
      const shownAt = shown.get(key);
      if (shownAt === undefined) fresh.push(item);
      else stale.push({ item, shownAt });
    }
  }
  // Every quote was shown lately (a speaker with few): the one shown longest ago comes back.
  const picked =
    fresh.length > 0
      ? fresh[Math.floor(random() * fresh.length)]
      : stale.sort((a, b) => a.shownAt - b.shownAt)[0]?.item;
  if (!picked) return { quote: null, total: 0 };
  const paragraph = paragraphAt(picked.entry.doc.paragraphs, picked.quote.start);
  return {
    quote: { doc: picked.entry.doc, paragraph: paragraph?.number ?? 1, attribution: picked.quote },
    total: fresh.length + stale.length,
  };
}
