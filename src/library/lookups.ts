import type { CorpusIndex } from '../search/corpus-index.ts';
import { type Nameable, NameLookup } from '../search/name-lookup.ts';
import type { SpeakerSummary } from '../search/types.ts';

/** A document offered while a title is typed. */
export interface DocumentChoice {
  id: string;
  title: string;
  date: string | null;
  guild: string | null;
}

const MAX_CACHED = 500;

/**
 * Autocomplete lookups of a guild's speakers and documents, built once per guild and index
 * generation: a keystroke must not rebuild them, and an add or remove must show up at once.
 */
export class Lookups {
  private readonly cache = new Map<string, { generation: number; lookup: NameLookup<unknown> }>();

  constructor(private readonly index: CorpusIndex) {}

  speakers(typed: string, guild: string | null, limit: number): SpeakerSummary[] {
    return this.lookup(`speakers:${guild}`, () =>
      this.index.speakers({ guild }).map((summary) => ({
        key: summary.name,
        name: summary.name,
        aliases: this.rolesOf(summary.name),
        weight: summary.quotes,
        value: summary,
      })),
    ).find(typed, limit);
  }

  /** With `ownOnly`, only the guild's own documents (those it may remove), not the global ones. */
  documents(typed: string, guild: string | null, limit: number, { ownOnly = false } = {}): DocumentChoice[] {
    return this.lookup(`documents:${guild}:${ownOnly}`, () =>
      this.index
        .documents({ guild })
        .filter(({ doc }) => !ownOnly || doc.guild === guild)
        .map(({ doc }) => ({
          key: doc.id,
          name: doc.title,
          aliases: [doc.id, ...(doc.date ? [doc.date] : [])],
          // Newest first when nothing is typed yet.
          weight: Date.parse(doc.date ?? '') || 0,
          value: { id: doc.id, title: doc.title, date: doc.date, guild: doc.guild },
        })),
    ).find(typed, limit);
  }

  /** Every role a person is given across the corpus: "kremlin spokesman" finds Dmitry Peskov. */
  private rolesOf(name: string): string[] {
    const roles = new Set<string>();
    for (const { quote } of this.index.speakerDirectory.quotesOf(name)) if (quote.role) roles.add(quote.role);
    return [...roles];
  }

  private lookup<T>(key: string, items: () => Nameable<T>[]): NameLookup<T> {
    const cached = this.cache.get(key);
    if (cached && cached.generation === this.index.generation) return cached.lookup as NameLookup<T>;
    const lookup = new NameLookup(items());
    if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, { generation: this.index.generation, lookup });
    return lookup;
  }
}
