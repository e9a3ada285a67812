import type { Attribution } from '../attribution/types.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { AnalysedDocument } from '../document.ts';

/**
 * An attribution as saved: its words left out where the text within its offsets holds them,
 * `inset` characters in from each end.
 */
type SavedAttribution = Omit<Attribution, 'quote'> & { quote?: string; inset?: [number, number] };

/** A document as a snapshot's header holds it: its text goes in the snapshot's text block. */
export interface SavedEntry {
  doc: Omit<CorpusDocument, 'text'>;
  analysis: { quotes: SavedAttribution[]; people: AnalysedDocument['analysis']['people'] };
}

/**
 * How far inside its offsets a quote's words start and end (a direct quote's offsets take in its
 * marks and a trailing comma the words drop); null where the text there does not hold them.
 */
function insetOf(text: string, { quote, start, end }: Attribution): [number, number] | null {
  const at = text.indexOf(quote, start);
  return at >= 0 && at + quote.length <= end ? [at - start, end - at - quote.length] : null;
}

/**
 * Quote words are a third of a big snapshot's header and repeat the document text, which the
 * snapshot holds anyway: slicing them back is far cheaper than parsing them.
 */
export function saveEntry({ doc: { text, ...doc }, analysis }: AnalysedDocument): SavedEntry {
  const quotes = analysis.quotes.map((attribution): SavedAttribution => {
    const inset = insetOf(text, attribution);
    if (inset === null) return attribution;
    const { quote: _sliceOfText, ...rest } = attribution;
    return { ...rest, inset };
  });
  return { doc, analysis: { ...analysis, quotes } };
}

export function restoreEntry(saved: SavedEntry, text: string): AnalysedDocument {
  const quotes = saved.analysis.quotes.map(({ inset, ...attribution }): Attribution => {
    if (inset === undefined) return attribution as Attribution;
    const quote = text.slice(attribution.start + inset[0], attribution.end - inset[1]);
    return { ...attribution, quote };
  });
  return { doc: { ...saved.doc, text }, analysis: { ...saved.analysis, quotes } };
}
