import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/**
 * The bench's own word lists, not the product's, so the questions and the baseline stay the same
 * while the ranking under test (and the lists it uses) changes.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her hers him his ' +
    'i if in into is it its just me more most my no not of on one or our ours she so some than that the their ' +
    'them then there these they this those to too us very was we were what when where which while who whom why ' +
    'will with would you your also all any going get got make made much many only other out over really ' +
    'said say says think want well yes today tonight yesterday tomorrow thing things way lot time'
  ).split(' '),
);

/** Words a user types to ask, not to say what about. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  'what did does do say said says saying about was were who whom whose which when where why how tell told talk talked'.split(
    ' ',
  ),
);

/** Lower case, straight apostrophe, no possessive: the form both word lists and document frequencies use. */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
}

/** The words of a text as written (letters, inner apostrophes and hyphens), in order. */
export function wordsOf(text: string): string[] {
  return text.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];
}

const tagger = winkNLP(model, ['pos']);

/** The nouns and proper nouns of a text, as written: what a user names as a topic. */
export function nounsOf(text: string): Set<string> {
  const tokens = tagger.readDoc(text).tokens();
  const tags = tokens.out(tagger.its.pos) as string[];
  const words = tokens.out() as string[];
  return new Set(words.filter((_, i) => tags[i] === 'NOUN' || tags[i] === 'PROPN').map(wordKey));
}
