import type { Token } from './normalize.ts';

/** One word of the user's fragment: the passage words it may stand for, and what it is worth. */
export interface FragmentTerm {
  /** Passage terms this word matches, each with the share of the weight a match earns (1 exact, less for a correction). */
  accepts: ReadonlyMap<string, number>;
  weight: number;
}

export interface Alignment {
  /** Matched weight over the fragment's whole weight, 0..1, less a penalty for scattered matches. */
  score: number;
  /** Indices into the passage tokens that matched, in order. */
  matched: number[];
}

/** Words skipped between two matches that cost nothing (a paraphrase adds or drops a word or two). */
const FREE_GAP = 2;
/** Share of the fragment's mean word weight lost per further skipped passage word. */
const GAP_COST = 0.15;
const MAX_GAP_COST_PER_STEP = 1;

interface Chain {
  value: number;
  last: number;
  previous: Chain | null;
}

/**
 * The best in-order match of a fragment in a passage: a weighted longest common subsequence
 * where far-apart matches cost a little, so "unite around our president" prefers the quote that
 * says it over a paragraph that merely holds the same words scattered. Runs over the passage
 * words that match some fragment word only, so a long passage costs little.
 */
export function alignFragment(
  fragment: readonly FragmentTerm[],
  passage: readonly Token[],
  /** Where each passage word counts from when measuring gaps; words that cost no gap share a place. */
  positions?: Int32Array,
): Alignment {
  const at = (j: number) => (positions ? (positions[j] ?? j) : j);
  const total = fragment.reduce((sum, term) => sum + term.weight, 0);
  if (total === 0 || fragment.length === 0) return { score: 0, matched: [] };
  const meanWeight = total / fragment.length;
  const best: (Chain | null)[] = new Array(fragment.length).fill(null);
  let overall: Chain | null = null;

  for (let j = 0; j < passage.length; j++) {
    const term = (passage[j] as Token).term;
    // Descending, so one passage word never extends a chain it has just joined.
    for (let i = fragment.length - 1; i >= 0; i--) {
      const word = fragment[i] as FragmentTerm;
      const share = word.accepts.get(term);
      if (share === undefined) continue;
      let previous: Chain | null = null;
      let value = 0;
      for (let k = 0; k < i; k++) {
        const chain = best[k];
        if (!chain) continue;
        const gap = at(j) - at(chain.last) - 1 - FREE_GAP;
        const cost = gap > 0 ? Math.min(gap * GAP_COST, MAX_GAP_COST_PER_STEP) * meanWeight : 0;
        if (chain.value - cost > value) {
          value = chain.value - cost;
          previous = chain;
        }
      }
      const chain: Chain = { value: value + word.weight * share, last: j, previous };
      const current = best[i];
      if (!current || chain.value >= current.value) best[i] = chain;
      if (!overall || chain.value > overall.value) overall = chain;
    }
  }

  const matched: number[] = [];
  for (let chain = overall; chain; chain = chain.previous) matched.unshift(chain.last);
  return { score: overall ? Math.max(0, overall.value / total) : 0, matched };
}
