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
  /** Keys (`quoteKey`) of quotes shown lately: not picked again while others remain. */
  avoid?: ReadonlySet<string>;
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
  { speaker, avoid = new Set(), random = Math.random }: RandomQuoteOptions = {},
): { quote: SpeakerQuote | null; total: number } {
  const wanted = speaker?.trim().toLowerCase();
  const fresh: CreditedQuote[] = [];
  const stale: CreditedQuote[] = [];
  for (const [name, credited] of directory.entries()) {
    if (wanted !== undefined && name.toLowerCase() !== wanted) continue;
    for (const item of credited) {
      if (!visible(item.entry.doc, scope)) continue;
      const key = quoteKey({ doc: item.entry.doc, attribution: item.quote });
      (avoid.has(key) ? stale : fresh).push(item);
    }
  }
  const pool = fresh.length > 0 ? fresh : stale;
  const picked = pool[Math.floor(random() * pool.length)];
  if (!picked) return { quote: null, total: 0 };
  const paragraph = paragraphAt(picked.entry.doc.paragraphs, picked.quote.start);
  return {
    quote: { doc: picked.entry.doc, paragraph: paragraph?.number ?? 1, attribution: picked.quote },
    total: fresh.length + stale.length,
  };
}
