import { type ScoredPassage, TopK } from './top-k.ts';

/**
 * An inverted index of passages: for each term, the passages that hold it with how often, as
 * one flat Int32Array of (passage id, count) pairs in id order. Typed arrays cost ~8 bytes a
 * posting where per-term Maps cost ~10 times that, and they save and load as raw bytes.
 * Passage ids must be added in increasing order; removed passages are skipped at query time
 * and dropped for good when enough of them pile up.
 */

/** A word of a query as the corpus words it may stand for (itself, or a typo's corrections). */
export type TermGroup = readonly string[];

export type { ScoredPassage };

/** The index as plain data and one block of postings, for a snapshot. */
export interface PassageIndexData {
  terms: string[];
  /** Postings of each term, in `terms` order, as (id, count) pairs. */
  postingLengths: number[];
  /** Passage id and length in terms, flattened. */
  lengths: number[];
}

/** How a search scores beyond plain BM25. */
export interface Ranking {
  /**
   * Added to each matched word's term-frequency part (BM25+): a long paragraph that holds a word
   * is not scored as if it barely did.
   */
  delta?: number;
  /** Words that count for less than their idf says (another form of the word asked for). */
  termWeights?: ReadonlyMap<string, number>;
}

const BM25_K = 1.2;
const BM25_B = 0.7;
/** Removed passages whose postings are kept until this many have piled up (and a tenth of the corpus). */
const COMPACT_AFTER = 5000;
/** Looking a passage up in a postings list costs about this many postings scanned. */
const SEEK_COST = 4;

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

/**
 * Per-passage scratch for one search, indexed by passage id, so scoring a common word's tens of
 * thousands of postings writes to typed arrays instead of filling Maps. Only the ids a search
 * touched are reset after it.
 */
class Scratch {
  /** Score summed over the groups so far. */
  total = new Float64Array(0);
  /** Score within the current group (a passage may hold several of its words). */
  part = new Float64Array(0);
  /** How many groups the passage matched. */
  matched = new Int32Array(0);
  /** 1 + the last group the passage matched, so a second word of that group adds to `part`. */
  inGroup = new Int32Array(0);
  /** Ids touched by this search, and by the current group. */
  touched = new Int32Array(0);
  fresh = new Int32Array(0);
  /** Ids still in the running, sorted, to look up in a long postings list instead of scanning it. */
  probes = new Int32Array(0);
  /** Where in a postings list the probes were found. */
  hits = new Int32Array(0);

  fit(capacity: number): void {
    if (this.total.length >= capacity) return;
    this.total = new Float64Array(capacity);
    this.part = new Float64Array(capacity);
    this.matched = new Int32Array(capacity);
    this.inGroup = new Int32Array(capacity);
    this.touched = new Int32Array(capacity);
    this.fresh = new Int32Array(capacity);
    this.probes = new Int32Array(capacity);
    this.hits = new Int32Array(capacity);
  }
}

export class PassageIndex {
  private readonly postings = new Map<string, Postings>();
  /** Length in terms of each passage by id; -1 where there is none (never added, or removed). */
  private lengths = new Int32Array(0);
  private count = 0;
  private readonly removed = new Set<number>();
  private totalLength = 0;
  private readonly scratch = new Scratch();

  get passageCount(): number {
    return this.count;
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
    this.setLength(id, terms.length);
  }

  discard(id: number): void {
    const length = this.lengths[id] ?? -1;
    if (length < 0) return;
    this.lengths[id] = -1;
    this.count--;
    this.totalLength -= length;
    this.removed.add(id);
    if (this.removed.size > COMPACT_AFTER && this.removed.size * 10 > this.count) this.compact();
  }

  /**
   * Passages with a word of every group (`all`) or of any group (`any`), best BM25 score first,
   * at most `limit` of them. `most` is `any` with each score multiplied by the groups the passage
   * matched (Lucene's coordination factor), so a passage with every word of a question outranks
   * a short one that repeats its rarest word.
   * In `all` mode a common word's long postings list is not scanned: the few passages that hold
   * the earlier groups are looked up in it.
   */
  search(
    groups: readonly TermGroup[],
    mode: 'all' | 'any' | 'most',
    accept: (id: number) => boolean,
    limit: number,
    { delta = 0, termWeights }: Ranking = {},
  ): ScoredPassage[] {
    if (groups.length === 0) return [];
    const scratch = this.scratch;
    scratch.fit(this.lengths.length);
    const { total, part, matched, inGroup, touched, fresh, probes, hits } = scratch;
    const all = mode === 'all';
    // Smallest group first: in `all` mode, later groups only score passages still in the running.
    const ordered = all ? [...groups].sort((a, b) => this.size(a) - this.size(b)) : groups;
    const passages = this.count;
    const meanLength = this.totalLength / Math.max(1, passages);
    let touchedCount = 0;
    let freshCount = 0;
    /** In `all` mode after the first group, how many passages are still in the running (in `probes`); else -1. */
    let probeCount = -1;
    for (let g = 0; g < ordered.length; g++) {
      if (all && g > 0) {
        probes.set(fresh.subarray(0, freshCount));
        probeCount = freshCount;
        probes.subarray(0, probeCount).sort();
      }
      freshCount = 0;
      for (const term of ordered[g] as TermGroup) {
        const postings = this.postings.get(term);
        if (!postings) continue;
        const frequency = postings.length / 2;
        const idf =
          (termWeights?.get(term) ?? 1) * Math.log(1 + (passages - frequency + 0.5) / (frequency + 0.5));
        const { pairs } = postings;
        const pairCount = postings.length / 2;
        // A long list is looked up passage by passage; a short one is scanned, skipping the passages
        // that missed an earlier group.
        const found =
          probeCount >= 0 && probeCount * SEEK_COST < pairCount
            ? this.lookUp(pairs, pairCount, probeCount)
            : -1;
        const steps = found >= 0 ? found : pairCount;
        for (let k = 0; k < steps; k++) {
          const i = found >= 0 ? (hits[k] as number) : 2 * k;
          const id = pairs[i] as number;
          if (probeCount >= 0 && (matched[id] as number) < g) continue;
          const length = this.lengths[id] as number;
          if (length < 0) continue;
          const count = pairs[i + 1] as number;
          const score =
            idf *
            (delta +
              (count * (BM25_K + 1)) / (count + BM25_K * (1 - BM25_B + (BM25_B * length) / meanLength)));
          if (inGroup[id] === g + 1) {
            part[id] = (part[id] as number) + score;
            continue;
          }
          inGroup[id] = g + 1;
          part[id] = score;
          fresh[freshCount++] = id;
        }
      }
      for (let i = 0; i < freshCount; i++) {
        const id = fresh[i] as number;
        total[id] = (total[id] as number) + (part[id] as number);
        if ((matched[id] as number)++ === 0) touched[touchedCount++] = id;
      }
      // No passage holds this group's words: none can hold every group's.
      if (all && freshCount === 0) break;
    }
    const top = new TopK(limit);
    const wanted = all ? ordered.length : 1;
    for (let i = 0; i < touchedCount; i++) {
      const id = touched[i] as number;
      const groupsMatched = matched[id] as number;
      if (groupsMatched >= wanted) {
        top.offer(
          id,
          mode === 'most' ? (total[id] as number) * groupsMatched : (total[id] as number),
          accept,
        );
      }
      total[id] = 0;
      matched[id] = 0;
      inGroup[id] = 0;
    }
    return top.sorted();
  }

  /** Whether passage `id` holds `term`: one lookup in its postings, not a read of the passage. */
  holds(term: string, id: number): boolean {
    const postings = this.postings.get(term);
    if (!postings || !((this.lengths[id] ?? -1) >= 0)) return false;
    const pairCount = postings.length / 2;
    const at = seek(postings.pairs, pairCount, 0, id);
    return at < pairCount && postings.pairs[2 * at] === id;
  }

  /** Where each probe's posting is in `pairs`, into `hits`; how many probes have one. */
  private lookUp(pairs: Int32Array, pairCount: number, probeCount: number): number {
    const { probes, hits } = this.scratch;
    let found = 0;
    let at = 0;
    for (let p = 0; p < probeCount && at < pairCount; p++) {
      const id = probes[p] as number;
      at = seek(pairs, pairCount, at, id);
      if (at < pairCount && pairs[2 * at] === id) hits[found++] = 2 * at;
    }
    return found;
  }

  /** Postings a group's words have: what scoring it costs. */
  private size(group: TermGroup): number {
    return group.reduce((sum, term) => sum + (this.postings.get(term)?.length ?? 0), 0);
  }

  private setLength(id: number, length: number): void {
    if (id >= this.lengths.length) {
      const grown = new Int32Array(Math.max(1024, id + 1, this.lengths.length * 2)).fill(-1);
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[id] = length;
    this.count++;
    this.totalLength += length;
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
    const lengths: number[] = [];
    this.lengths.forEach((length, id) => {
      if (length >= 0) lengths.push(id, length);
    });
    return { data: { terms, postingLengths, lengths }, postings: all };
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
      index.setLength(data.lengths[i] as number, data.lengths[i + 1] as number);
    }
    return index;
  }

  /** How many passages hold each term, for the typo corrector. */
  frequencies(): [string, number][] {
    return [...this.postings].map(([term, postings]) => [term, postings.length / 2]);
  }
}

/**
 * The first pair at or after pair `from` whose id is at least `id`, or `pairCount`: galloping, then
 * a binary search, so looking up ids in increasing order costs O(log gap) each.
 */
function seek(pairs: Int32Array, pairCount: number, from: number, id: number): number {
  let low = from;
  let high = from;
  for (let step = 1; high < pairCount && (pairs[2 * high] as number) < id; step *= 2) {
    low = high + 1;
    high += step;
  }
  high = Math.min(high, pairCount);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((pairs[2 * middle] as number) < id) low = middle + 1;
    else high = middle;
  }
  return low;
}
