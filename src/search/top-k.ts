export interface ScoredPassage {
  id: number;
  score: number;
}

/** Whether `a` ranks below `b`: lower score, or the same score and a later id. */
const below = (a: ScoredPassage, b: ScoredPassage) =>
  a.score < b.score || (a.score === b.score && a.id > b.id);

/**
 * The best `limit` passages of a stream, best first, in O(n log limit): a query for common words
 * scores most of the corpus, and sorting all of it to keep forty cost more than the scoring.
 * `accept` runs only for passages good enough to enter, since it looks the passage up.
 */
export class TopK {
  private readonly heap: ScoredPassage[] = [];

  constructor(private readonly limit: number) {}

  offer(id: number, score: number, accept: (id: number) => boolean): void {
    const { heap } = this;
    const full = heap.length >= this.limit;
    const worst = heap[0];
    if (full && (!worst || score < worst.score || (score === worst.score && id > worst.id))) return;
    if (!accept(id)) return;
    if (!full) {
      heap.push({ id, score });
      this.up(heap.length - 1);
    } else {
      // The pushed-out passage's object takes the new one: a common word offers thousands, and each
      // new object would be garbage for the collector to pause on.
      const root = heap[0] as ScoredPassage;
      root.id = id;
      root.score = score;
      this.down(0);
    }
  }

  /** Best first; ties by id, as a full sort would give. */
  sorted(): ScoredPassage[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.id - b.id);
  }

  // A min-heap: the worst kept passage at the root, to be pushed out by a better one.
  private up(at: number): void {
    const { heap } = this;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!below(heap[at] as ScoredPassage, heap[parent] as ScoredPassage)) return;
      [heap[at], heap[parent]] = [heap[parent] as ScoredPassage, heap[at] as ScoredPassage];
      at = parent;
    }
  }

  private down(at: number): void {
    const { heap } = this;
    for (;;) {
      let worst = at;
      const left = 2 * at + 1;
      const right = left + 1;
      if (left < heap.length && below(heap[left] as ScoredPassage, heap[worst] as ScoredPassage))
        worst = left;
      if (right < heap.length && below(heap[right] as ScoredPassage, heap[worst] as ScoredPassage))
        worst = right;
      if (worst === at) return;
      [heap[at], heap[worst]] = [heap[worst] as ScoredPassage, heap[at] as ScoredPassage];
      at = worst;
    }
  }
}
