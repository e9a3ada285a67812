// One corpus size, measured in a fresh process: `node --expose-gc --import tsx bench/measure.ts SIZE SNAPSHOT_FILE`.
// Prints one JSON line.
import { writeFileSync } from 'node:fs';
import type { AnalysedDocument } from '../src/document.ts';
import { analyse } from '../src/library/analyse-all.ts';
import { CorpusIndex } from '../src/search/corpus-index.ts';
import { NaiveSearch } from './baseline.ts';
import { corpusFor } from './corpus.ts';
import { type BenchQuery, benchQueries, rightSpeaker } from './queries.ts';
import { quantile, settledHeap, timed } from './stats.ts';

const QUERIES = 1000;
/**
 * The naive baseline takes ~0.1 s a query at 17k passages and ~1 s at 100k: past 10k passages it
 * answers a sample, smaller past 30k, so a full bench run stays under ~10 minutes.
 */
const BASELINE_SAMPLES: ReadonlyArray<readonly [upTo: number, queries: number]> = [
  [10_000, QUERIES],
  [30_000, 200],
  [Number.POSITIVE_INFINITY, 60],
];
const WARM_UP = 20;
const GLOBAL = { guild: null };

export interface LatencyFigures {
  p50Ms: number;
  p99Ms: number;
  /** Share of queries whose top answer names the right speaker; null where the command names none. */
  top1: number | null;
  top1Typo: number | null;
}

/** Runs every query once after a short warm-up; latency per query, and how often the speaker is right. */
function latency(
  queries: readonly BenchQuery[],
  answer: (query: string) => string | null | undefined,
): LatencyFigures {
  for (const query of queries.slice(0, WARM_UP)) answer(query.text);
  const times: number[] = [];
  let right = 0;
  let typoRight = 0;
  let typos = 0;
  for (const query of queries) {
    const { ms, result } = timed(() => answer(query.text));
    times.push(ms);
    const ok = rightSpeaker(result, query.speaker);
    if (ok) right++;
    if (query.typo) {
      typos++;
      if (ok) typoRight++;
    }
  }
  return {
    p50Ms: quantile(times, 0.5),
    p99Ms: quantile(times, 0.99),
    top1: right / queries.length,
    top1Typo: typos > 0 ? typoRight / typos : null,
  };
}

function baselineSample(passages: number): number {
  return (BASELINE_SAMPLES.find(([upTo]) => passages <= upTo) as readonly [number, number])[1];
}

/** `count` queries spread evenly over all of them, so a sample covers the whole corpus, exact and typo alike. */
function sample<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

function measure(size: string, snapshotFile: string) {
  const corpus = corpusFor(size);
  const queries = benchQueries(corpus.quotes, QUERIES);
  const attribution = timed(() => corpus.docs.map(analyse));
  const entries: AnalysedDocument[] = attribution.result;
  const textBytes = corpus.docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0);

  const heapBefore = settledHeap();
  const build = timed(() => {
    const index = new CorpusIndex();
    for (const entry of entries) index.add(entry);
    return index;
  });
  const index = build.result;
  const indexHeap = settledHeap() - heapBefore;

  const whoSaid = latency(queries, (text) => index.whoSaid(text, GLOBAL).best?.attribution?.speaker);
  const ask = latency(queries, (text) => index.ask(text, GLOBAL)[0]?.speaker);
  const snapshot = timed(() => index.toSnapshot());
  writeFileSync(snapshotFile, snapshot.result);

  const baselineHeapBefore = settledHeap();
  const baselineBuild = timed(() => {
    const naive = new NaiveSearch();
    for (const entry of entries) naive.add(entry);
    return naive;
  });
  const naive = baselineBuild.result;
  const baselineHeap = settledHeap() - baselineHeapBefore;
  const baselineQueries = sample(queries, baselineSample(index.passageCount));
  const baselineWhoSaid = latency(baselineQueries, (text) => naive.whoSaid(text));

  return {
    passages: index.passageCount,
    documents: index.size,
    textMB: textBytes / 2 ** 20,
    quotes: corpus.quotes.length,
    attributionMs: attribution.ms,
    indexMs: build.ms,
    heapBytesPerPassage: indexHeap / index.passageCount,
    snapshotMB: Buffer.byteLength(snapshot.result) / 2 ** 20,
    snapshotSaveMs: snapshot.ms,
    whoSaid,
    ask: { p50Ms: ask.p50Ms, p99Ms: ask.p99Ms },
    baseline: {
      indexMs: baselineBuild.ms,
      heapBytesPerPassage: baselineHeap / index.passageCount,
      queries: baselineQueries.length,
      whoSaid: baselineWhoSaid,
    },
  };
}

const [size, snapshotFile] = process.argv.slice(2);
if (!size || !snapshotFile) throw new Error('usage: measure.ts SIZE SNAPSHOT_FILE');
process.stdout.write(`${JSON.stringify(measure(size, snapshotFile))}\n`);
