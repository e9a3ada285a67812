import type { AnalysedDocument } from '../document.ts';
import { STOP_WORDS, tokenize } from './normalize.ts';
import { queryGroups, selective } from './query-groups.ts';
import { overlap, type Passage, type SearchableCorpus, visible } from './searchable.ts';
import type { AskHit, Range, Scope } from './types.ts';

/** Words of a question that ask rather than say what about. */
const QUESTION_WORDS = new Set(
  'who whom whose what which when where why how said say says saying tell told think thinks thought about did does do'.split(
    ' ',
  ),
);
const NAMED_SPEAKER_BONUS = 0.6;

/**
 * `/ask`: the best passages for a question by BM25 over its telling words, with a bonus for
 * quotes of anybody the question names, each with its words highlighted and its speaker.
 */
export function ask(corpus: SearchableCorpus, question: string, scope: Scope, limit = 5): AskHit[] {
  const { vocabulary, speakerDirectory, search, passages } = corpus;
  const asked = tokenize(question).filter((token) => !QUESTION_WORDS.has(token.term));
  const named = speakerDirectory.namedBy(asked.map((token) => token.term));
  const content = asked.filter((token) => !STOP_WORDS.has(token.term));
  const groups = selective(queryGroups(vocabulary, content.length > 0 ? content : asked), passages.size).map(
    (group) => group.query,
  );
  const scores = new Map<number, number>();
  if (groups.length > 0) {
    const results = search.search(groups, 'any', (id) => corpus.isVisible(id, scope), limit * 20);
    const top = results[0]?.score ?? 1;
    for (const result of results) scores.set(result.id, result.score / top);
  }
  for (const name of named) {
    for (const { entry, quote } of speakerDirectory.quotesOf(name)) {
      if (!visible(entry.doc, scope)) continue;
      const id = corpus.passageIdAt(entry, quote.start);
      if (id !== undefined) scores.set(id, (scores.get(id) ?? 0) + NAMED_SPEAKER_BONUS);
    }
  }
  const wanted = new Map<string, number>();
  for (const token of content.length > 0 ? content : asked) {
    wanted.set(token.term, 1);
    for (const correction of vocabulary.has(token.term) ? [] : vocabulary.corrections(token.term)) {
      wanted.set(correction, 1);
    }
  }
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id, score]) => {
      const { entry, paragraph } = passages.get(id) as Passage;
      const passage = { start: paragraph.start, end: paragraph.end };
      const highlights = tokenize(entry.doc.text.slice(passage.start, passage.end))
        .filter((token) => wanted.has(token.term))
        .map((token) => ({ start: passage.start + token.start, end: passage.start + token.end }));
      return {
        doc: entry.doc,
        paragraph: paragraph.number,
        passage,
        highlights,
        speaker: speakerOf(entry, passage, highlights, named),
        score,
      };
    });
}

/** The speaker of a passage: a named speaker quoted there, else whoever's quote holds most matched words. */
function speakerOf(
  entry: AnalysedDocument,
  passage: Range,
  highlights: readonly Range[],
  named: ReadonlySet<string>,
): string | null {
  const inPassage = entry.analysis.quotes.filter((quote) => overlap(quote, passage) > 0 && quote.speaker);
  const namedQuote = inPassage.find((quote) => named.has(quote.speaker as string));
  if (namedQuote) return namedQuote.speaker;
  let best: string | null = null;
  let bestCount = -1;
  for (const quote of inPassage) {
    const count = highlights.filter((highlight) => overlap(quote, highlight) > 0).length;
    if (count > bestCount) {
      best = quote.speaker;
      bestCount = count;
    }
  }
  return best;
}
