import type { PlantedQuote } from './corpus.ts';

export interface BenchQuery {
  text: string;
  speaker: string;
  typo: boolean;
}

const FRAGMENT_WORDS = 6;

/** Six words from the middle of a quote, trailing punctuation dropped: what a user half remembers. */
function fragment(quote: string): string[] {
  const words = quote.split(/\s+/).filter(Boolean);
  const from = Math.max(0, Math.floor((words.length - FRAGMENT_WORDS) / 2));
  const picked = words.slice(from, from + FRAGMENT_WORDS);
  const last = picked.length - 1;
  picked[last] = (picked[last] as string).replace(/[,.;:!?]+$/, '');
  return picked;
}

/** The same words with two inner letters of the longest word swapped, if it is long enough to have them. */
function withTypo(words: readonly string[]): string[] | null {
  const longest = words.reduce(
    (best, word, i) => (word.length > (words[best] as string).length ? i : best),
    0,
  );
  const word = words[longest] as string;
  if (word.length < 5) return null;
  const out = [...words];
  out[longest] = word.slice(0, 2) + word[3] + word[2] + word.slice(4);
  return out;
}

/** `count` queries, half exact and half with a typo, from quotes spread over the corpus. */
export function benchQueries(quotes: readonly PlantedQuote[], count: number): BenchQuery[] {
  const out: BenchQuery[] = [];
  const step = Math.max(1, Math.floor(quotes.length / Math.ceil(count / 2)));
  for (let i = 0; out.length < count; i += step) {
    const quote = quotes[i % quotes.length] as PlantedQuote;
    const words = fragment(quote.text);
    const typo = withTypo(words);
    out.push({ text: words.join(' '), speaker: quote.speaker, typo: false });
    if (typo && out.length < count) out.push({ text: typo.join(' '), speaker: quote.speaker, typo: true });
  }
  return out;
}

/** Right when the answer names the planted speaker (a surname alone counts, as a reader would take it). */
export function rightSpeaker(answer: string | null | undefined, truth: string): boolean {
  if (!answer) return false;
  const surname = truth.split(' ').at(-1) as string;
  return answer === truth || answer.split(' ').includes(surname);
}
