import type { Token } from './normalize.ts';
import type { TermGroup } from './passage-index.ts';
import type { TypoCorrector } from './typos.ts';

/** A word in more than this share of passages is too common to look passages up by. */
const COMMON_SHARE = 0.02;
/** …but in a small corpus every word is cheap to look up. */
const COMMON_FLOOR = 200;
const MIN_REQUIRED_GROUPS = 2;

export interface QueryGroup {
  /** The word of the query the group stands for. */
  term: string;
  query: TermGroup;
  /** Passages that hold any of the group's words: what looking it up costs. */
  passages: number;
}

/**
 * Each word as the set of corpus words it may be (itself and, with `forms`, its other forms where
 * known, else its corrections), rarest first.
 */
export function queryGroups(
  vocabulary: TypoCorrector,
  tokens: readonly Token[],
  forms: (term: string) => string[] = () => [],
): QueryGroup[] {
  const groups: QueryGroup[] = [];
  for (const { term } of tokens) {
    const known = [term, ...forms(term)].filter((form) => vocabulary.has(form));
    const options = known.length > 0 ? known : vocabulary.corrections(term).slice(0, 4);
    if (options.length === 0) continue;
    const passages = options.reduce((sum, option) => sum + vocabulary.frequency(option), 0);
    groups.push({ term, query: options, passages });
  }
  return groups.sort((a, b) => a.passages - b.passages);
}

/**
 * The groups worth looking up, rarest first: those in at most a small share of the passages,
 * or the rarest few when every word is common.
 */
export function selective(groups: readonly QueryGroup[], passageCount: number): QueryGroup[] {
  const rare = groups.filter(
    (group) => group.passages <= Math.max(COMMON_FLOOR, passageCount * COMMON_SHARE),
  );
  return rare.length >= MIN_REQUIRED_GROUPS ? rare : groups.slice(0, MIN_REQUIRED_GROUPS);
}
