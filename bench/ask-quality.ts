// npm run bench -- ask-quality [--split train|dev|both] [--json]
// How often /ask puts a paragraph holding the asked-about quote first, against plain BM25, on the
// shared PolNeAR splits (read at bench time only; they are not part of this repository).
import { join } from 'node:path';
import { loadFile } from '../src/corpus/load.ts';
import { analyseAll } from '../src/library/analyse-all.ts';
import { CorpusIndex } from '../src/search/corpus-index.ts';
import { type AskScores, goldRank, type RankedParagraph, scores } from './ask-grade.ts';
import { ASK_KINDS, type AskQuestion, askQuestions, rawParagraphs } from './ask-questions.ts';
import { Bm25Baseline } from './bm25-baseline.ts';
import { readSplit } from './polnear.ts';
import { quantile } from './stats.ts';
import { femaleFirstNames, maleFirstNames } from './text.ts';

const LIMIT = 5;
const WARM_UP = 50;
const GLOBAL = { guild: null };

interface KindResult {
  kind: string;
  verbatim: AskScores;
  bm25: AskScores;
}

export interface SplitResult {
  split: string;
  articles: number;
  passages: number;
  questions: number;
  kinds: KindResult[];
  ask: { p50Ms: number; p99Ms: number };
}

/** Each question's gold rank in some answers, and how long every answer took, after a warm-up. */
function ranked(questions: readonly AskQuestion[], answer: (question: string) => RankedParagraph[]) {
  for (const question of questions.slice(0, WARM_UP)) answer(question.text);
  const times: number[] = [];
  const ranks = questions.map((question) => {
    const start = process.hrtime.bigint();
    const answers = answer(question.text);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    return goldRank(answers, question.gold);
  });
  return { ranks, times };
}

async function measureSplit(split: string, dir: string): Promise<SplitResult | null> {
  const articles = readSplit(dir);
  if (articles === null) return null;
  // As `who-said --corpus DIR` loads a folder: loadFile (makeDocument), analyseAll, one CorpusIndex.
  const docs = articles.map((article) => loadFile(article.file));
  const index = new CorpusIndex();
  for (const entry of await analyseAll(docs)) index.add(entry);
  const baseline = new Bm25Baseline();
  for (const doc of docs) baseline.add(doc);

  const questions = askQuestions(
    articles.map((article, i) => ({
      docId: (docs[i] as (typeof docs)[number]).id,
      raw: article.raw,
      paragraphs: rawParagraphs(article.raw),
      quotes: article.quotes,
    })),
    { female: new Set(femaleFirstNames()), male: new Set(maleFirstNames()) },
  );
  const verbatim = ranked(questions, (text) =>
    index.ask(text, GLOBAL, LIMIT).map((hit) => ({ docId: hit.doc.id, paragraph: hit.paragraph })),
  );
  const bm25 = ranked(questions, (text) => baseline.ask(text, LIMIT));
  showMisses(index, questions, verbatim.ranks);
  const kindOf = (kind: string) => (i: number) => kind === 'all' || questions[i]?.kind === kind;
  const kinds = ['all', ...ASK_KINDS].map((kind) => {
    const keep = kindOf(kind);
    return {
      kind,
      verbatim: scores(verbatim.ranks.filter((_, i) => keep(i))),
      bm25: scores(bm25.ranks.filter((_, i) => keep(i))),
    };
  });
  return {
    split,
    articles: articles.length,
    passages: index.passageCount,
    questions: questions.length,
    kinds,
    ask: { p50Ms: quantile(verbatim.times, 0.5), p99Ms: quantile(verbatim.times, 0.99) },
  };
}

/** With ASK_SHOW=N, N of /ask's misses at rank 1 on stderr (question, what came first, a gold paragraph), to study. */
function showMisses(
  index: CorpusIndex,
  questions: readonly AskQuestion[],
  ranks: ReadonlyArray<number | null>,
): void {
  let left = Number(process.env.ASK_SHOW ?? 0);
  const clip = (text: string) => text.replace(/\s+/g, ' ').slice(0, 160);
  const paragraphText = (key: string) => {
    const [docId, number] = key.split('#') as [string, string];
    const doc = index.get(docId)?.doc;
    const paragraph = doc?.paragraphs[Number(number) - 1];
    return doc && paragraph ? clip(doc.text.slice(paragraph.start, paragraph.end)) : key;
  };
  questions.forEach((question, i) => {
    if (left <= 0 || ranks[i] === 1) return;
    left--;
    const [first] = index.ask(question.text, GLOBAL, LIMIT);
    const firstText = first
      ? `${clip(first.doc.text.slice(first.passage.start, first.passage.end))} [${first.speaker}]`
      : '(none)';
    process.stderr.write(
      `[${question.kind}] ${question.text}  rank ${ranks[i] ?? '-'}\n  first: ${firstText}\n  gold:  ${paragraphText([...question.gold][0] as string)}\n`,
    );
  });
}

const pct = (share: number) => (share * 100).toFixed(1);

export function formatAskQuality(results: readonly SplitResult[]): string {
  const header = ['split', 'kind', 'n', 'Verbatim hit@1', 'hit@3', 'MRR@5', 'BM25 hit@1', 'hit@3', 'MRR@5'];
  const rows = results.flatMap((result) =>
    result.kinds.map(({ kind, verbatim, bm25 }) => [
      result.split,
      kind,
      String(verbatim.n),
      pct(verbatim.hit1),
      pct(verbatim.hit3),
      verbatim.mrr5.toFixed(3),
      pct(bm25.hit1),
      pct(bm25.hit3),
      bm25.mrr5.toFixed(3),
    ]),
  );
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => (row[i] as string).length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
      .join('  ');
  const latency = results.map(
    (result) =>
      `${result.split}: ${result.articles} articles, ${result.passages} paragraphs, ${result.questions} questions; ask p50 ${result.ask.p50Ms.toFixed(2)} ms, p99 ${result.ask.p99Ms.toFixed(2)} ms`,
  );
  return [line(header), ...rows.map(line), '', ...latency].join('\n');
}

/** The splits asked for that are on this machine; a note on stderr for each one that is not. */
export async function runAskQuality(root: string, splits: readonly string[]): Promise<SplitResult[]> {
  const results: SplitResult[] = [];
  for (const split of splits) {
    const dir = join(root, '..', 'shared', 'eval', `polnear-${split}`);
    process.stderr.write(`ask-quality: measuring ${split}…\n`);
    const result = await measureSplit(split, dir);
    if (result) results.push(result);
    else process.stderr.write(`ask-quality: no evaluation set at ${dir} (ann/ and text/); skipped\n`);
  }
  return results;
}
