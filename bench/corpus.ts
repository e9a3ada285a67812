import { makeDocument } from '../src/corpus/document.ts';
import type { CorpusDocument } from '../src/corpus/types.ts';
import { firstNames, sotuSentences } from './text.ts';

/** A quote the bench planted, with who it is credited to. */
export interface PlantedQuote {
  text: string;
  speaker: string;
}

export interface BenchCorpus {
  docs: CorpusDocument[];
  quotes: PlantedQuote[];
  passages: number;
}

/** Deterministic, so every run and every child process builds the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)] as T;
const between = (low: number, high: number, rand: () => number) =>
  low + Math.floor(rand() * (high - low + 1));

const SURNAME_ENDINGS = ['son', 'ton', 'ley', 'ford', 'well', 'man', 'field', 'wood'];
/** Share of paragraphs that carry a quote, as in news copy. */
const QUOTE_SHARE = 0.3;

/** Generated "Firstname Lastname"s, distinct, so a speaker is named the same way wherever quoted. */
function speakerNames(count: number, rand: () => number): string[] {
  const first = firstNames();
  const out = new Set<string>();
  while (out.size < count) {
    out.add(`${pick(first, rand)} ${pick(first, rand)}${pick(SURNAME_ENDINGS, rand)}`);
  }
  return [...out];
}

/** The sentence as a quote with its attribution, in one of the shapes news copy uses. */
function quoted(sentence: string, speaker: string, rand: () => number): string {
  const bare = sentence.replace(/[.!?]$/, '');
  const shape = rand();
  if (shape < 0.5) return `“${bare},” said ${speaker}.`;
  if (shape < 0.8) return `“${bare},” ${speaker} said.`;
  return `${speaker} said: “${sentence}”`;
}

/**
 * About `passages` news-sized paragraphs of real English (State of the Union sentences, one to
 * three a paragraph) in documents of 15–25 paragraphs (or as asked), with a third of the paragraphs ending in a
 * quote credited to a generated person. Quoted sentences are used once only, so each planted
 * quote has one right speaker; plain sentences repeat once the text runs out, as boilerplate does.
 */
export function buildCorpus(
  passages: number,
  paragraphs: readonly [number, number] = [15, 25],
  seed = 1,
): BenchCorpus {
  const rand = random(seed);
  const sentences = shuffled(sotuSentences(), rand);
  const quoteCount = Math.min(Math.round(passages * QUOTE_SHARE), Math.floor(sentences.length / 2));
  const quoteSentences = sentences.slice(0, quoteCount);
  const plain = sentences.slice(quoteCount);
  const speakers = speakerNames(Math.max(8, Math.round(quoteCount / 3)), rand);
  let nextPlain = 0;
  let nextQuote = 0;
  const docs: CorpusDocument[] = [];
  const quotes: PlantedQuote[] = [];
  let made = 0;
  while (made < passages) {
    const size = Math.min(between(paragraphs[0], paragraphs[1], rand), passages - made);
    const cast = Array.from({ length: between(2, 5, rand) }, () => pick(speakers, rand));
    const lines: string[] = [];
    for (let i = 0; i < size; i++) {
      const parts: string[] = [];
      const withQuote = nextQuote < quoteSentences.length && rand() < QUOTE_SHARE;
      for (let n = between(withQuote ? 0 : 1, withQuote ? 1 : 3, rand); n > 0; n--) {
        parts.push(plain[nextPlain++ % plain.length] as string);
      }
      if (withQuote) {
        const text = quoteSentences[nextQuote++] as string;
        const speaker = pick(cast, rand);
        parts.push(quoted(text, speaker, rand));
        quotes.push({ text, speaker });
      }
      lines.push(parts.join(' '));
    }
    made += size;
    docs.push(
      makeDocument(lines.join('\n'), {
        title: `Bench document ${docs.length + 1}`,
        source: null,
        date: null,
        guild: null,
      }),
    );
  }
  return { docs, quotes, passages: made };
}

/** A bench size: a passage count ("10k"), or "news": ~1,000 articles of ~4.6 KB, ~4.6 MB in all. */
export function corpusFor(size: string): BenchCorpus {
  if (size === 'news') return buildCorpus(17_000, [14, 20]);
  return buildCorpus(Number(size.replace(/k$/, '000')));
}
