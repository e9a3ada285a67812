/**
 * FNV-1a of `word` without its `skip`-th letter (-1 for none): a deletion's key, without making
 * the deleted string.
 */
function keyHash(word: string, skip: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i !== skip) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Words filed under themselves and each of their one-letter deletions, for the symmetric-delete
 * look-up, built at once from a whole vocabulary: buckets of word numbers in two typed arrays,
 * filled in two passes. Filing ~30k words under ~280k string keys in a Map took ~0.4 s of a
 * snapshot load; this takes a few milliseconds. A bucket holds every word filed under a key
 * with its hash, and may hold others: callers check each candidate anyway.
 */
export class DeletionTable {
  private readonly mask: number;
  /** Bucket b's words are `entries[starts[b]]` up to `entries[starts[b + 1]]`. */
  private readonly starts: Int32Array;
  private readonly entries: Int32Array;

  constructor(private readonly words: readonly string[]) {
    const keys = words.reduce((sum, word) => sum + word.length + 1, 0);
    let buckets = 1;
    while (buckets < keys) buckets *= 2;
    this.mask = buckets - 1;
    const hashes = new Int32Array(keys);
    this.starts = new Int32Array(buckets + 1);
    let k = 0;
    for (const word of words) {
      for (let skip = -1; skip < word.length; skip++) {
        const bucket = keyHash(word, skip) & this.mask;
        hashes[k++] = bucket;
        this.starts[bucket + 1] = (this.starts[bucket + 1] as number) + 1;
      }
    }
    for (let b = 0; b < buckets; b++)
      this.starts[b + 1] = (this.starts[b + 1] as number) + (this.starts[b] as number);
    const next = this.starts.slice(0, buckets);
    this.entries = new Int32Array(keys);
    k = 0;
    words.forEach((word, w) => {
      for (let skip = -1; skip < word.length; skip++) {
        const bucket = hashes[k++] as number;
        this.entries[next[bucket] as number] = w;
        next[bucket] = (next[bucket] as number) + 1;
      }
    });
  }

  /** Calls `visit` with every word filed under `word` or one of its deletions (and a few more). */
  forEachCandidate(word: string, visit: (candidate: string) => void): void {
    for (let skip = -1; skip < word.length; skip++) {
      const bucket = keyHash(word, skip) & this.mask;
      const end = this.starts[bucket + 1] as number;
      for (let i = this.starts[bucket] as number; i < end; i++)
        visit(this.words[this.entries[i] as number] as string);
    }
  }
}
