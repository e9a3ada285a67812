/**
 * The other forms a normalised word may take in a text: possessive, singular, plural. `/ask` looks
 * a question's word up in each form the corpus has, so "Bernier" finds "Bernier's" and "elections"
 * finds "election". The index keeps each form apart: folding them there made typos in a word's
 * ending ("caess", "sh'es") unreachable for `/who-said`'s one-letter corrections, and cost it
 * fragments on both evaluation sets.
 * @example
 * wordForms("bernier's") // ["bernier"]
 * wordForms('election')  // ["election's", "elections", "electiones"]
 * wordForms('policies')  // ["policie", "polici", "policy"]
 */
export function wordForms(term: string): string[] {
  if (term.endsWith("'s")) return [term.slice(0, -2)];
  if (term.length <= 3 || !term.endsWith('s') || term.endsWith('ss')) {
    const others = [`${term}'s`, `${term}s`, `${term}es`];
    return term.endsWith('y') ? [...others, `${term.slice(0, -1)}ies`] : others;
  }
  const singulars = [term.slice(0, -1)];
  if (term.endsWith('es')) singulars.push(term.slice(0, -2));
  if (term.endsWith('ies')) singulars.push(`${term.slice(0, -3)}y`);
  return singulars;
}
