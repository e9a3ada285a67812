import type { Attribution } from '../../src/attribution/types.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';

/** Credits the words of `quote` in `doc` to `speaker`, as attribution would. */
export function credit(doc: CorpusDocument, quote: string, speaker: string): Attribution {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`not in document: ${quote}`);
  return {
    kind: 'direct',
    quote,
    start,
    end: start + quote.length,
    speaker,
    role: null,
    mention: null,
    cue: 'said',
  };
}
