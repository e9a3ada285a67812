import MiniSearch from 'minisearch';
import type { AnalysedDocument } from '../src/document.ts';

interface BaselinePassage {
  entry: AnalysedDocument;
  start: number;
  end: number;
}

/**
 * The naive way to answer /who-said: plain minisearch over the same paragraphs, fuzzy and
 * prefix search, and the speaker of whatever quote the top paragraph holds.
 */
export class NaiveSearch {
  private readonly search = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  private readonly passages: BaselinePassage[] = [];

  add(entry: AnalysedDocument): void {
    for (const paragraph of entry.doc.paragraphs) {
      const id = this.passages.length;
      this.passages.push({ entry, start: paragraph.start, end: paragraph.end });
      this.search.add({ id, text: entry.doc.text.slice(paragraph.start, paragraph.end) });
    }
  }

  whoSaid(query: string): string | null {
    const [top] = this.search.search(query, { fuzzy: 0.2, prefix: true });
    if (!top) return null;
    const { entry, start, end } = this.passages[top.id] as BaselinePassage;
    const quote = entry.analysis.quotes.find((q) => q.speaker && q.start < end && q.end > start);
    return quote?.speaker ?? null;
  }
}
