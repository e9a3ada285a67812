import MiniSearch from 'minisearch';
import { terms } from './normalize.ts';

/** Something a user picks by typing part of its name: a speaker, a document. */
export interface Nameable<T = unknown> {
  /** What the choice stands for (a name, a document id). */
  key: string;
  name: string;
  /** Other words that find it: roles ("Kremlin spokesman"), a document's id. */
  aliases: readonly string[];
  /** Higher first among equally good matches (quotes said, say); also the order with nothing typed. */
  weight: number;
  /** What a match hands back. */
  value: T;
}

const SEARCH = {
  fuzzy: 0.2,
  prefix: true,
  boost: { name: 2, surname: 2 },
};

/**
 * Typo-tolerant, prefix lookup over a small set of names for autocomplete: "Peskv" and "putn"
 * find their people, "kremlin spokesman" finds whoever holds that role. minisearch is built for
 * exactly this (a few thousand short strings); the passage index serves the long texts.
 */
export class NameLookup<T> {
  private readonly search = new MiniSearch<{ id: number; name: string; surname: string; aliases: string }>({
    fields: ['name', 'surname', 'aliases'],
    // the project's one word rule, so "O’Brien", "Müller" and "defence" read as the passages read them
    tokenize: terms,
    processTerm: (term) => term,
    searchOptions: SEARCH,
  });
  private readonly byWeight: Nameable<T>[];

  constructor(private readonly items: readonly Nameable<T>[]) {
    this.search.addAll(
      items.map((item, id) => ({
        id,
        name: item.name,
        surname: item.name.split(/\s+/).at(-1) ?? '',
        aliases: item.aliases.join(' · '),
      })),
    );
    this.byWeight = [...items].sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
  }

  /** The best matches for what was typed, at most `limit`; with nothing typed, the heaviest. */
  find(typed: string, limit: number): T[] {
    const query = typed.trim();
    if (!query) return this.byWeight.slice(0, limit).map((item) => item.value);
    // Every word should match; when none holds them all, any word will do.
    let results = this.search.search(query, { combineWith: 'AND' });
    if (results.length === 0) results = this.search.search(query, { combineWith: 'OR' });
    const found = results
      .map((result) => ({ item: this.items[result.id as number] as Nameable<T>, score: result.score }))
      .sort((a, b) => b.score - a.score || b.item.weight - a.item.weight)
      .map(({ item }) => item);
    // A letter or two finds few words by prefix: fill up with names that hold the letters anywhere.
    const lower = query.toLowerCase();
    const seen = new Set(found);
    for (const item of this.byWeight) {
      if (found.length >= limit) break;
      if (seen.has(item)) continue;
      if ([item.name, ...item.aliases].some((text) => text.toLowerCase().includes(lower))) found.push(item);
    }
    return found.slice(0, limit).map((item) => item.value);
  }
}
