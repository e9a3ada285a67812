import { isSubjectPronoun, type Phrase } from './mentions.js';
import type { Token } from './nlp.js';
import { bare, ORG_HEADS, ROLE_HEADS } from './people.js';

/** Common nouns for people who speak in news ("a supporter", "one voter", "the crowd"). */
const PEOPLE = new Set(
  `people person man woman men women boy girl child children kid teen teenager supporter voter protester
demonstrator critic source official aide resident friend neighbour neighbor guest caller crowd audience fan
parent relative survivor victim witness customer user viewer listener reader writer commentator observer
insider donor delegate legislator colleague partner rival opponent ally advocate participant attendee
employee staff staffer volunteer citizen immigrant refugee patient investor economist historian attorney
critic defender backer opponent player athlete actor actress singer comedian artist musician journalist
republican democrat conservative liberal progressive independent candidate someone somebody anyone
everyone nobody another other one others spectator onlooker bystander shopper owner driver officer agent
soldier troop marine student worker teacher farmer nurse doctor`.split(/\s+/),
);

/** Texts that speak for their authors ("the statement said", "the ad claims", "the memo read"). */
const TEXTS = new Set(
  `statement report memo memorandum letter ad advert advertisement commercial email tweet post release
filing study survey poll transcript book article editorial column website site blog message note headline
sign banner placard card flyer leaflet video clip voiceover voice narrator caption complaint lawsuit suit
indictment ruling opinion order petition resolution platform manifesto bill proposal plan announcement
page account profile story piece essay speech testimony interview excerpt document`.split(/\s+/),
);

const singular = (w: string): string => w.replace(/(?<=[^s])s$/, '').replace(/ie$/, 'y');

/**
 * Can the phrase be a speaker: a name, a pronoun, or a noun for a person, a group or a text? A
 * phrase whose head is some other common noun ("the move", "construction", "signs") never speaks.
 */
export function canSpeak(tokens: Token[], p: Phrase): boolean {
  // "the mother of three", "footage of Hillary Clinton": either side of "of" may be the one who speaks
  for (let k = p.first + 1; k < p.last; k++)
    if (tokens[k]?.lower === 'of')
      return canSpeak(tokens, { first: p.first, last: k - 1 }) || canSpeak(tokens, { first: k + 1, last: p.last });
  const head = tokens[p.last];
  if (!head) return false;
  if (isSubjectPronoun(head) || head.pos === 'PRON') return true;
  let k = p.last;
  // "Clinton's campaign": the possessor decides only when the head itself is a name
  while (k > p.first && /^['’]s?$/.test(tokens[k]?.text ?? '')) k--;
  const word = tokens[k] as Token;
  const prev = tokens[k - 1];
  const opensSentence = !prev || prev.para !== word.para || /^[.!?“"‘]$/.test(prev.text);
  if (/^[A-Z]/.test(word.text) && (word.pos !== 'NOUN' || !opensSentence)) return true;
  const w = bare(word);
  const one = singular(w);
  if ([w, one].some((f) => PEOPLE.has(f) || TEXTS.has(f) || ROLE_HEADS.has(f) || ORG_HEADS.has(f))) return true;
  if (THING.test(one) || NUMBER_WORDS.has(w) || w === 'own') return false;
  return true;
}

/** Endings of nouns for actions, states and things, which never speak ("the move", "construction"). */
const THING = /(tion|sion|ment|ness|ity|ism|ance|ence|ship|ure|ing|age|hood|dom|ery)$|^(move|debate|strategy|question|cover|eye|face|hand|time|day|week|year|night|morning|evening|way|thing|idea|issue|problem|point|fact|number|data|result|vote|race|money|oil|gas|water|price|cost|tax|law|rule|system|program|programme|market|deal|game|event|show|film|movie|song|photo|picture|image|map|chart|graph|table|list|figure|word|phrase|line|term|name|title|topic|subject|matter|case|step|effort|attempt|trend|record|history|news|weather|storm|fire|wave|surge|rise|fall|drop|gain|loss|win|defeat|victory|timing|interplay|turnout|share|opinion|economy|dryer|car|truck|bus|train|plane|ship|boat|road|street|bridge|building|house|home|room|door|wall|city|town|village|country|state|nation|region|area|place|site|world|earth|land|field)$/;

const NUMBER_WORDS = new Set('two three four five six seven eight nine ten dozen hundred thousand million percent'.split(' '));
