import { paragraphAt } from '../corpus/clean.ts';
import { visible } from './searchable.ts';
import type { SpeakerDirectory } from './speaker-directory.ts';
import type { Scope, SpeakerQuote, SpeakerSummary } from './types.ts';

/** Everyone quoted in a scope, most quoted first. */
export function speakers(directory: SpeakerDirectory, scope: Scope): SpeakerSummary[] {
  const summaries: SpeakerSummary[] = [];
  for (const [name, credited] of directory.entries()) {
    const seen = credited.filter(({ entry }) => visible(entry.doc, scope));
    if (seen.length === 0) continue;
    const role = seen.find(({ quote }) => quote.role)?.quote.role ?? null;
    summaries.push({ name, role, quotes: seen.length });
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
