import type { SpeakerCue } from './speakers.ts';

/** Ends with the punctuation of a sentence or clause inside the closing mark ("…,”" "…?”"). */
const SPOKEN_ENDING = /[.,!?;:…—–-]['’]?$/;
const MIN_WORDS = 4;

function isTitleCase(words: string[]): boolean {
  const long = words.filter((w) => w.replace(/\W/g, '').length > 3);
  return long.length >= 2 && long.every((w) => /^[^a-z]*[A-Z]/.test(w));
}

/**
 * Tells speech from scare quotes and titles ("special military operation", “The Comeback Kid”):
 * a short quote is speech only as a whole sentence with a cue ("“No,” he said"); a title-case phrase
 * never is; otherwise it needs a cue of its own or the punctuation of speech inside its closing mark.
 */
export function isSpeech(quote: string, cue: SpeakerCue | null): boolean {
  const inner = quote.trim();
  const words = inner.split(/\s+/).filter(Boolean);
  const spoken = SPOKEN_ENDING.test(inner) || /[.!?]\s/.test(inner);
  if (words.length < MIN_WORDS) {
    // a whole short sentence ("“I would, Donald.”") still speaks; a clipped term ("“false information.”") does not
    const sentence = /^\p{Lu}/u.test(inner) && /[.!?,]['’]?$/.test(inner);
    return spoken && (cue?.kind === 'after' || cue?.kind === 'dash' || (sentence && cue !== null));
  }
  if (isTitleCase(words) && !spoken) return false;
  if (spoken) return true;
  return cue?.kind === 'before' || cue?.kind === 'after';
}
