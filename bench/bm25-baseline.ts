import MiniSearch from 'minisearch';
import type { CorpusDocument } from '../src/corpus/types.ts';
import type { RankedParagraph } from './ask-grade.ts';
import { QUESTION_WORDS, STOP_WORDS } from './ask-words.ts';

/**
 * The plain-BM25 baseline /ask is measured against: minisearch (its BM25+ defaults) over the same
 * paragraphs, question and stop words dropped on both sides, no fuzzy or prefix match, any word may match.
 */
export class Bm25Baseline {
  private readonly paragraphs: RankedParagraph[] = [];
  private readonly search = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    processTerm: (term) => {
      const lower = term.toLowerCase();
      return STOP_WORDS.has(lower) || QUESTION_WORDS.has(lower) ? null : lower;
    },
    searchOptions: { combineWith: 'OR', fuzzy: false, prefix: false },
  });

  add(doc: CorpusDocument): void {
    for (const paragraph of doc.paragraphs) {
      const id = this.paragraphs.length;
      this.paragraphs.push({ docId: doc.id, paragraph: paragraph.number });
      this.search.add({ id, text: doc.text.slice(paragraph.start, paragraph.end) });
    }
  }

  ask(question: string, limit: number): RankedParagraph[] {
    return this.search
      .search(question)
      .slice(0, limit)
      .map((result) => this.paragraphs[result.id] as RankedParagraph);
  }
}
