/**
 * Reporting verbs: the lemmas news uses to introduce speech, with every inflection generated
 * (British and American spellings listed as separate lemmas).
 */
const LEMMAS = `say tell add stress emphasise emphasize note explain argue insist warn claim confirm deny admit announce
declare recommend urge ask reply respond write tweet continue conclude state suggest predict promise
acknowledge concede recall describe call observe remark comment complain contend assert maintain reiterate
repeat testify shout yell joke quip boast lament mutter whisper scream exclaim propose report reveal
disclose agree counter retort answer caution vow pledge threaten demand appeal plead allege affirm wonder
muse post inquire enquire recount summarise summarize criticise criticize apologise apologize hint mention
reason estimate advise proclaim read sigh scoff snap brag surmise speculate fret tout accuse charge blast
slam praise thank interject concur posit underscore underline highlight point begin finish object protest
rule order forecast guarantee assure reassure signal sing chant recite bark retaliate interrupt gush rave crow
tease laugh sneer growl grumble rebut preach lecture rail opine chide scold mock taunt marvel exult clarify
elaborate text email message cry beg fume press start react question shrug smile grin nod chuckle giggle
beam wince sniff`;

/** Irregular forms; everything else is inflected by rule. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  read: ['read'],
  begin: ['began', 'begun'],
};

/** Verbs that double their final consonant before -ed/-ing. */
const DOUBLING = new Set(['admit', 'quip', 'snap', 'brag', 'rebut', 'shrug', 'grin', 'nod']);

function inflect(lemma: string): string[] {
  const forms = [lemma];
  const irregular = IRREGULAR[lemma];
  if (irregular) forms.push(...irregular);
  const consonantY = /[^aeiou]y$/.test(lemma);
  if (consonantY) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  else if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(`${lemma}es`, `${lemma}ed`);
  else forms.push(`${lemma}s`, lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`);
  if (lemma.endsWith('e') && !lemma.endsWith('ee')) forms.push(`${lemma.slice(0, -1)}ing`);
  else forms.push(`${lemma}ing`);
  if (DOUBLING.has(lemma)) {
    const last = lemma.slice(-1);
    forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  }
  return forms;
}

const FORMS = new Map<string, string>();
for (const lemma of LEMMAS.split(/\s+/).filter(Boolean))
  for (const form of inflect(lemma)) FORMS.set(form, lemma);

/** The lemma of a reporting-verb form ("told" → "tell"), or undefined. */
export function reportingLemma(word: string): string | undefined {
  return FORMS.get(word.toLowerCase());
}

export function isReportingVerb(word: string): boolean {
  return FORMS.has(word.toLowerCase());
}

/** Verbs that also have common non-speech senses; they count as cues only right next to a quote. */
const WEAK = new Set([
  'call',
  'continue',
  'read',
  'post',
  'begin',
  'finish',
  'point',
  'rule',
  'order',
  'charge',
  'answer',
  'thank',
  'signal',
  'report',
  'describe',
  'highlight',
  'blast',
  'slam',
  'praise',
  'laugh',
  'text',
  'email',
  'message',
  'cry',
  'lecture',
  'mock',
  'rail',
  'crow',
  'press',
  'start',
  'question',
  // a gesture that goes with the words ("“Things change,” he shrugs"), never a report of them
  'shrug',
  'smile',
  'grin',
  'nod',
  'chuckle',
  'giggle',
  'beam',
  'wince',
  'sniff',
]);

export function isWeakCue(lemma: string): boolean {
  return WEAK.has(lemma);
}

/** Verbs whose indirect speech takes "to"-clauses or "for/on" ("appealed to the people to unite"). */
const DIRECTIVE = new Set(['appeal', 'urge', 'call', 'plead', 'demand', 'recommend', 'advise']);

export function isDirective(lemma: string): boolean {
  return DIRECTIVE.has(lemma);
}
