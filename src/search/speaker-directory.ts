import type { Attribution } from '../attribution/types.ts';
import type { AnalysedDocument } from '../document.ts';
import { SpeakerNames } from './speaker-names.ts';

export interface CreditedQuote {
  entry: AnalysedDocument;
  quote: Attribution;
}

/**
 * Who is quoted where, kept in step with the index, so a question that names somebody finds
 * their quotes without a pass over the whole corpus.
 */
export class SpeakerDirectory {
  private readonly byName = new Map<string, CreditedQuote[]>();
  /** Built on the first question after a change: adding a document must not pay for it. */
  private nameFinder: SpeakerNames | null = null;

  add(entry: AnalysedDocument): void {
    this.nameFinder = null;
    for (const quote of entry.analysis.quotes) {
      if (!quote.speaker) continue;
      const credited = this.byName.get(quote.speaker);
      if (credited) {
        credited.push({ entry, quote });
        continue;
      }
      this.byName.set(quote.speaker, [{ entry, quote }]);
    }
  }

  remove(entry: AnalysedDocument): void {
    this.nameFinder = null;
    for (const name of new Set(entry.analysis.quotes.map((quote) => quote.speaker))) {
      if (!name) continue;
      const kept = (this.byName.get(name) ?? []).filter((credited) => credited.entry.doc.id !== entry.doc.id);
      if (kept.length > 0) this.byName.set(name, kept);
      else this.byName.delete(name);
    }
  }

  /** Finds the speakers a question's words name. */
  names(): SpeakerNames {
    this.nameFinder ??= new SpeakerNames(this.byName.entries());
    return this.nameFinder;
  }

  quotesOf(name: string): readonly CreditedQuote[] {
    return this.byName.get(name) ?? [];
  }

  /** Every speaker with their quotes, in the order documents were added and quotes read. */
  entries(): IterableIterator<[string, readonly CreditedQuote[]]> {
    return this.byName.entries();
  }
}
