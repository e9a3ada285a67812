import { type BenchCorpus, buildCorpus } from './corpus.ts';

/** About `documents` news-sized documents (14–20 paragraphs; 1,000 of them is the bench's "news" size). */
export function burstCorpus(documents: number): BenchCorpus {
  return buildCorpus(documents * 17, [14, 20]);
}
