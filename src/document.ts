import type { DocumentAttribution } from './attribution/types.ts';
import type { CorpusDocument } from './corpus/types.ts';

/** A corpus document with its attribution analysis: what the store keeps and the index searches. */
export interface AnalysedDocument {
  doc: CorpusDocument;
  analysis: DocumentAttribution;
}
