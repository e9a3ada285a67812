import { type Token, terms, tokenize } from './normalize.ts';

/**
 * A question split into who it asks about and what about. "What did the mayor say about bike
 * lanes?" is asked of "the mayor" about "bike lanes"; "What was said about Bernier?" names nobody
 * as speaker, and Bernier is the topic.
 */
export interface ParsedQuestion {
  /** Words that may name who spoke: those before "about", or all of them when there is no such word. */
  speaker: Token[];
  /** Words after "about" (empty when there is none): what the answer must be about, whoever is named there. */
  topic: Token[];
  /** Dates the question is limited to ("in March 2022"), as YYYY-MM-DD, inclusive. */
  when: { since: string; until: string } | null;
}

/** Words that make a sentence a question about speech rather than say what it is about. */
const SCAFFOLDING: ReadonlySet<string> = new Set(
  terms(
    'who whom whose what which when where why how said say says saying tell tells told think thinks thought ' +
      'did does do was were is are has have had been ever anything something everything anyone anybody ' +
      'comment comments commented talk talks talked speak spoke spoken mention mentioned state stated ' +
      'claim claimed remark remarks quote quoted quotes according view views opinion reaction react reacted ' +
      'respond responded response position stance exactly really publicly recently reporters ' +
      'please me us tell show give find',
  ),
);

/** After "about", only these frame the question: "the state's position" is a topic. */
const QUESTION_WORDS: ReadonlySet<string> = new Set(
  terms('who whom whose what which when where why how did does do'),
);

/** Words that start the topic: "… say about X", "… regarding X". */
const TOPIC_MARKERS: ReadonlySet<string> = new Set(['about', 'regarding', 'concerning', 're']);
/** …and these only straight after a word of speech ("comment on X", "think of X"): "the head of the council" is a speaker. */
const TOPIC_MARKERS_AFTER_SPEECH: ReadonlySet<string> = new Set(['on', 'over', 'of']);

const MONTHS = terms('january february march april may june july august september october november december');
const MONTH_ABBREVIATIONS = terms('jan feb mar apr may jun jul aug sep oct nov dec');

export function parseQuestion(question: string): ParsedQuestion {
  const { tokens, when } = withoutDates(tokenize(question));
  const marker = tokens.findIndex(
    (token, i) =>
      i > 0 &&
      (TOPIC_MARKERS.has(token.term) ||
        (TOPIC_MARKERS_AFTER_SPEECH.has(token.term) && SCAFFOLDING.has(tokens[i - 1]?.term ?? ''))),
  );
  const asked = (list: Token[], frame: ReadonlySet<string>) => list.filter((token) => !frame.has(token.term));
  if (marker < 0) return { speaker: asked(tokens, SCAFFOLDING), topic: [], when };
  return {
    speaker: asked(tokens.slice(0, marker), SCAFFOLDING),
    topic: asked(tokens.slice(marker + 1), QUESTION_WORDS),
    when,
  };
}

/** Takes "in March 2022", "in 2022", "March 2022" out of the words and returns them as a date range. */
function withoutDates(tokens: Token[]): { tokens: Token[]; when: ParsedQuestion['when'] } {
  for (let i = 0; i < tokens.length; i++) {
    const year = Number(tokens[i]?.term);
    if (!/^(19|20)\d\d$/.test(tokens[i]?.term ?? '')) continue;
    const previous = tokens[i - 1]?.term ?? '';
    const month = monthNumber(previous);
    let first = month ? i - 1 : i;
    if ((tokens[first - 1]?.term ?? '') === 'in') first--;
    // A bare number is a year only where it reads as one: "in 2022" or "March 2022", not "2022 budget".
    if (!month && first === i) continue;
    const remaining = [...tokens.slice(0, first), ...tokens.slice(i + 1)];
    return { tokens: remaining, when: month ? monthRange(year, month) : yearRange(year) };
  }
  return { tokens, when: null };
}

function monthNumber(term: string): number | null {
  const index = MONTHS.indexOf(term);
  if (index >= 0) return index + 1;
  const short = MONTH_ABBREVIATIONS.indexOf(term);
  return short >= 0 ? short + 1 : null;
}

function yearRange(year: number): { since: string; until: string } {
  return { since: `${year}-01-01`, until: `${year}-12-31` };
}

function monthRange(year: number, month: number): { since: string; until: string } {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { since: `${year}-${mm}-01`, until: `${year}-${mm}-${last}` };
}
