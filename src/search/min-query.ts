import type { Token } from './normalize.ts';

/** Below both, a fragment cannot tell one quote from another ("a", "the", "war"). */
const MIN_WORDS = 2;
const MIN_LETTERS = 6;

/** Whether a /who-said fragment (as tokenized) is too short to answer with any confidence. */
export function tooShortToQuote(fragment: readonly Token[]): boolean {
  const letters = fragment.reduce((sum, token) => sum + token.end - token.start, 0);
  return fragment.length < MIN_WORDS && letters < MIN_LETTERS;
}
