import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { attributeText } from '../attribution/index.ts';
import type { DocumentAttribution } from '../attribution/types.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { AnalysedDocument } from '../document.ts';

/** Below this much text a second thread costs more to start than it saves. */
const PARALLEL_FROM_CHARS = 1_000_000;
/** The share of the text the calling thread keeps: a worker starts late by loading the tagger. */
const CALLER_SHARE = 0.55;

export function analyse(doc: CorpusDocument): AnalysedDocument {
  return { doc, analysis: attributeText(doc.text) };
}

/** Attributes the texts in a worker thread, or null when the worker cannot run here. */
export function attributeInWorker(texts: string[]): Promise<DocumentAttribution[] | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./analyse-worker.mjs', import.meta.url), { workerData: texts });
    } catch {
      resolve(null);
      return;
    }
    worker.once('message', (analyses: DocumentAttribution[]) => resolve(analyses));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}

/**
 * Attributes a whole folder's documents, a large one on two threads at once: the tagger is most
 * of a cold start, and this machine class has a second core for it.
 */
export async function analyseAll(docs: CorpusDocument[]): Promise<AnalysedDocument[]> {
  const total = docs.reduce((sum, d) => sum + d.text.length, 0);
  if (total < PARALLEL_FROM_CHARS || availableParallelism() < 2) return docs.map(analyse);
  let cut = 0;
  for (let chars = 0; cut < docs.length && chars < total * CALLER_SHARE; cut++)
    chars += docs[cut]?.text.length ?? 0;
  const theirs = docs.slice(cut);
  const pending = attributeInWorker(theirs.map((d) => d.text));
  const mine = docs.slice(0, cut).map(analyse);
  const analyses = await pending;
  const rest = analyses
    ? theirs.map((doc, i) => ({ doc, analysis: analyses[i] as DocumentAttribution }))
    : theirs.map(analyse);
  return [...mine, ...rest];
}
