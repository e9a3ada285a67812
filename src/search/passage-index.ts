/**
 * An inverted index of passages: for each term, the passages that hold it with how often, as
 * one flat Int32Array of (passage id, count) pairs in id order. Typed arrays cost ~8 bytes a
 * posting where per-term Maps cost ~10 times that, and they save and load as raw bytes.
 * Passage ids must be added in increasing order; removed passages are skipped at query time
 * and dropped for good when enough of them pile up.
 */

/** A word of a query as the corpus words it may stand for (itself, or a typo's corrections). */
export type TermGroup = readonly string[];

export interface ScoredPassage {
  id: number;
  score: number;
}

/** The index as plain data and one block of postings, for a snapshot. */
export interface PassageIndexData {
  terms: string[];
  /** Postings of each term, in `terms` order, as (id, count) pairs. */
  postingLengths: number[];
  /** Passage id and length in terms, flattened. */
  lengths: number[];
}

const BM25_K = 1.2;
const BM25_B = 0.7;
/** Removed passages whose postings are kept until this many have piled up (and a tenth of the corpus). */
const COMPACT_AFTER = 5000;

class Postings {
  pairs: Int32Array;
  length = 0;

  constructor(pairs: Int32Array = new Int32Array(4), length = 0) {
    this.pairs = pairs;
    this.length = length;
  }

  push(id: number, count: number): void {
    if (this.length + 2 > this.pairs.length) {
      const grown = new Int32Array(Math.max(4, this.pairs.length * 2));
      grown.set(this.pairs.subarray(0, this.length));
      this.pairs = grown;
    }
    this.pairs[this.length++] = id;
    this.pairs[this.length++] = count;
  }
}

export class PassageIndex {
  private readonly postings = new Map<string, Postings>();
  private readonly lengths = new Map<number, number>();
  private readonly removed = new Set<number>();
  private totalLength = 0;

  get passageCount(): number {
    return this.lengths.size;
  }

  add(id: number, terms: readonly string[]): void {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      let postings = this.postings.get(term);
      if (!postings) {
        postings = new Postings();
        this.postings.set(term, postings);
      }
      postings.push(id, count);
    }
    this.lengths.set(id, terms.length);
    this.totalLength += terms.length;
  }

  discard(id: number): void {
    const length = this.lengths.get(id);
    if (length === undefined) return;
    this.lengths.delete(id);
    this.totalLength -= length;
    this.removed.add(id);
    if (this.removed.size > COMPACT_AFTER && this.removed.size * 10 > this.lengths.size) this.compact();
  }

  /**
   * Passages with a word of every group (`all`) or of any group (`any`), best BM25 score first,
   * at most `limit` of them.
   */
  search(
    groups: readonly TermGroup[],
    mode: 'all' | 'any',
    accept: (id: number) => boolean,
    limit: number,
  ): ScoredPassage[] {
    if (groups.length === 0) return [];
    const scored = groups.map((group) => this.groupScores(group));
    let scores: Map<number, number>;
    if (mode === 'all') {
      scored.sort((a, b) => a.size - b.size);
      scores = scored[0] as Map<number, number>;
      for (const next of scored.slice(1)) {
        const kept = new Map<number, number>();
        for (const [id, score] of scores) {
          const more = next.get(id);
          if (more !== undefined) kept.set(id, score + more);
        }
        scores = kept;
      }
    } else {
      scores = new Map();
      for (const group of scored)
        for (const [id, score] of group) scores.set(id, (scores.get(id) ?? 0) + score);
    }
    const out: ScoredPassage[] = [];
    for (const [id, score] of scores) if (accept(id)) out.push({ id, score });
    return out.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
  }

  /** BM25 of each passage that holds a word of the group. */
  private groupScores(group: TermGroup): Map<number, number> {
    const scores = new Map<number, number>();
    const passages = this.lengths.size;
    const meanLength = this.totalLength / Math.max(1, passages);
    for (const term of group) {
      const postings = this.postings.get(term);
      if (!postings) continue;
      const frequency = postings.length / 2;
      const idf = Math.log(1 + (passages - frequency + 0.5) / (frequency + 0.5));
      const { pairs } = postings;
      for (let i = 0; i < postings.length; i += 2) {
        const id = pairs[i] as number;
        const length = this.lengths.get(id);
        if (length === undefined) continue;
        const count = pairs[i + 1] as number;
        const score =
          (idf * count * (BM25_K + 1)) / (count + BM25_K * (1 - BM25_B + (BM25_B * length) / meanLength));
        scores.set(id, (scores.get(id) ?? 0) + score);
      }
    }
    return scores;
  }

  /** Drops removed passages from every postings list. */
  private compact(): void {
    for (const [term, postings] of this.postings) {
      const kept = new Postings();
      for (let i = 0; i < postings.length; i += 2) {
        const id = postings.pairs[i] as number;
        if (!this.removed.has(id)) kept.push(id, postings.pairs[i + 1] as number);
      }
      if (kept.length === 0) this.postings.delete(term);
      else this.postings.set(term, kept);
    }
    this.removed.clear();
  }

  /** The index as data plus one Int32Array of every posting; removed passages left out. */
  save(): { data: PassageIndexData; postings: Int32Array } {
    if (this.removed.size > 0) this.compact();
    const terms = [...this.postings.keys()];
    const postingLengths = terms.map((term) => (this.postings.get(term) as Postings).length);
    const all = new Int32Array(postingLengths.reduce((sum, length) => sum + length, 0));
    let offset = 0;
    for (const term of terms) {
      const postings = this.postings.get(term) as Postings;
      all.set(postings.pairs.subarray(0, postings.length), offset);
      offset += postings.length;
    }
    return { data: { terms, postingLengths, lengths: [...this.lengths].flat() }, postings: all };
  }

  /** Restores a saved index; its postings stay views on `postings`, copied only when one grows. */
  static load(data: PassageIndexData, postings: Int32Array): PassageIndex {
    const index = new PassageIndex();
    let offset = 0;
    data.terms.forEach((term, i) => {
      const length = data.postingLengths[i] as number;
      index.postings.set(term, new Postings(postings.subarray(offset, offset + length), length));
      offset += length;
    });
    for (let i = 0; i < data.lengths.length; i += 2) {
      const length = data.lengths[i + 1] as number;
      index.lengths.set(data.lengths[i] as number, length);
      index.totalLength += length;
    }
    return index;
  }

  /** How many passages hold each term, for the typo corrector. */
  frequencies(): [string, number][] {
    return [...this.postings].map(([term, postings]) => [term, postings.length / 2]);
  }
}
