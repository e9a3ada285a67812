import { DeletionTable } from './deletion-table.ts';

/**
 * Finds corpus words one edit away from a word the corpus does not have (insert, delete,
 * substitute, or swap two neighbouring letters), by the symmetric-delete method: every
 * corpus word is filed under itself and each of its one-letter deletions, so a look-up
 * costs a handful of map reads instead of a scan of the vocabulary.
 */
export class TypoCorrector {
  private readonly counts = new Map<string, number>();
  /** Words added one by one, as a live index grows. */
  private readonly byDeletion = new Map<string, string[]>();
  /** Words restored all at once from a snapshot. */
  private loaded: DeletionTable | null = null;

  static readonly MIN_LENGTH = 4;

  has(word: string): boolean {
    return (this.counts.get(word) ?? 0) > 0;
  }

  /** How many passages contain the word. */
  frequency(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  add(word: string): void {
    const count = this.counts.get(word) ?? 0;
    this.counts.set(word, count + 1);
    if (count > 0 || word.length < TypoCorrector.MIN_LENGTH) return;
    // Filed under itself too, so a query with one letter too many ("framp") finds it ("ramp").
    for (const key of [word, ...deletions(word)]) {
      const words = this.byDeletion.get(key);
      if (words) words.push(word);
      else this.byDeletion.set(key, [word]);
    }
  }

  remove(word: string): void {
    const count = this.counts.get(word) ?? 0;
    if (count > 1) this.counts.set(word, count - 1);
    else this.counts.delete(word);
  }

  /** Restores words with how many passages hold each, as a saved index has them, into an empty corrector. */
  load(counts: Iterable<[string, number]>): void {
    if (this.counts.size > 0 || this.loaded) throw new Error('TypoCorrector.load needs an empty corrector');
    const filed: string[] = [];
    for (const [word, count] of counts) {
      this.counts.set(word, count);
      if (word.length >= TypoCorrector.MIN_LENGTH) filed.push(word);
    }
    this.loaded = new DeletionTable(filed);
  }

  /** Corpus words one edit from `word`, most frequent first; empty for short words. */
  corrections(word: string): string[] {
    if (word.length < TypoCorrector.MIN_LENGTH) return [];
    const found = new Set<string>();
    const consider = (candidate: string) => {
      if (candidate !== word && this.has(candidate) && withinOneEdit(word, candidate)) found.add(candidate);
    };
    for (const key of [word, ...deletions(word)]) this.byDeletion.get(key)?.forEach(consider);
    this.loaded?.forEachCandidate(word, consider);
    // Ties alphabetically, so the order does not depend on which table a word was filed in.
    return [...found].sort((a, b) => this.frequency(b) - this.frequency(a) || (a < b ? -1 : 1));
  }
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Damerau distance ≤ 1, in linear time. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const lengthGap = a.length - b.length;
  if (lengthGap > 1 || lengthGap < -1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (lengthGap === 0) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return lengthGap > 0 ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
