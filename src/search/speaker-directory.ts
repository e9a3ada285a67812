import type { Attribution } from '../attribution/types.ts';
import type { AnalysedDocument } from '../document.ts';
import { STOP_WORDS, terms } from './normalize.ts';

export interface CreditedQuote {
  entry: AnalysedDocument;
  quote: Attribution;
}

/** Words that name a speaker: "Tom Reyes" is found by "reyes" or "tom", not by "the". */
function nameTerms(name: string): string[] {
  return terms(name).filter((term) => term.length >= 3 && !STOP_WORDS.has(term));
}

/**
 * Who is quoted where, kept in step with the index, so a question that names somebody finds
 * their quotes without a pass over the whole corpus.
 */
export class SpeakerDirectory {
  private readonly byName = new Map<string, CreditedQuote[]>();
  private readonly byTerm = new Map<string, Set<string>>();

  add(entry: AnalysedDocument): void {
    for (const quote of entry.analysis.quotes) {
      if (!quote.speaker) continue;
      const credited = this.byName.get(quote.speaker);
      if (credited) {
        credited.push({ entry, quote });
        continue;
      }
      this.byName.set(quote.speaker, [{ entry, quote }]);
      for (const term of nameTerms(quote.speaker)) {
        const names = this.byTerm.get(term) ?? new Set<string>();
        names.add(quote.speaker);
        this.byTerm.set(term, names);
      }
    }
  }

  remove(entry: AnalysedDocument): void {
    for (const name of new Set(entry.analysis.quotes.map((quote) => quote.speaker))) {
      if (!name) continue;
      const kept = (this.byName.get(name) ?? []).filter((credited) => credited.entry.doc.id !== entry.doc.id);
      if (kept.length > 0) {
        this.byName.set(name, kept);
        continue;
      }
      this.byName.delete(name);
      for (const term of nameTerms(name)) {
        const names = this.byTerm.get(term);
        names?.delete(name);
        if (names?.size === 0) this.byTerm.delete(term);
      }
    }
  }

  /** Speakers named by any of these (normalised) words, by full name or surname. */
  namedBy(terms: Iterable<string>): Set<string> {
    const named = new Set<string>();
    for (const term of terms) for (const name of this.byTerm.get(term) ?? []) named.add(name);
    return named;
  }

  quotesOf(name: string): readonly CreditedQuote[] {
    return this.byName.get(name) ?? [];
  }

  /** Every speaker with their quotes, in the order documents were added and quotes read. */
  entries(): IterableIterator<[string, readonly CreditedQuote[]]> {
    return this.byName.entries();
  }
}
