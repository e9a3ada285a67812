import { cleanText } from '../src/corpus/clean.ts';
import { nounsOf, QUESTION_WORDS, STOP_WORDS, wordKey, wordsOf } from './ask-words.ts';
import { random } from './corpus.ts';
import type { GoldQuote } from './polnear.ts';

export type AskKind = 'name+topic' | 'name' | 'topic';
export const ASK_KINDS: readonly AskKind[] = ['name+topic', 'name', 'topic'];

export interface AskQuestion {
  kind: AskKind;
  text: string;
  /** The paragraphs that answer it, as `answerKey`s. */
  gold: Set<string>;
}

/** A paragraph as `/ask` cites it, by its number in the file, with its span in the raw file. */
export interface RawParagraph {
  number: number;
  start: number;
  end: number;
}

export interface QuestionArticle {
  docId: string;
  raw: string;
  paragraphs: RawParagraph[];
  quotes: GoldQuote[];
}

export const answerKey = (docId: string, paragraph: number) => `${docId}#${paragraph}`;

/** The product's own paragraphs of a file (cleanText, as makeDocument uses), mapped back to raw offsets for the gold spans. */
export function rawParagraphs(raw: string): RawParagraph[] {
  const clean = cleanText(raw);
  return clean.paragraphs.map(({ number, start, end }) => ({
    number,
    start: clean.toRaw(start),
    end: clean.toRaw(end - 1) + 1,
  }));
}

const TITLES = new Set(
  'mr mrs ms dr sen rep gov president presidential senator secretary the a an former vice chief minister gen judge rev house us u.s. campaign spokesman spokeswoman chairman chairwoman chair mayor leader majority minority director commissioner speaker'.split(
    ' ',
  ),
);
const PRONOUNS = new Set('he she they it we i you his her their another others'.split(' '));
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;
/** Share of name questions that use the surname alone, as people often do. */
const SURNAME_ONLY_SHARE = 0.25;
const MIN_TOPIC_WORD = 4;
/** Words past which a source is a description ("In an interview with …") rather than a name. */
const LONG_SOURCE = 6;

/** A heading word in capitals ("UNION", "SYRIAN"): longer than the acronyms that do speak (DNC, NATO). */
const HEADING_WORD = /^\p{Lu}{5,}$/u;
/** A middle initial, which people leave out when they ask ("Harry M. Reid" → Harry Reid). */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * The name a Source spells out: the trailing run of capitalised words before any apposition or
 * party tag, titles, pronouns and middle initials dropped ("Sen. Tim Kaine" → Tim Kaine, "Rep. Bobby
 * Scott (D-Va.)" → Bobby Scott, "Graham, a former candidate," → Graham); null for "he", "a campaign
 * aide" or a heading in capitals taken for a source, which name nobody.
 */
function sourceName(source: string): string[] | null {
  const clause = source.split(/[,(]/)[0] as string;
  // "Sen. Sherrod Brown of Ohio": the place after a full name is not the name
  const [person, place] = clause.split(/\s+of\s+/);
  const named = place !== undefined && trailingName(wordsOf(person as string)).length > 1 ? person : clause;
  const words = (named as string).split(/\s+/).map((word) => word.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ''));
  const name = trailingName(words);
  if (name.some((word) => HEADING_WORD.test(word))) return null;
  // "Bush's", "Clinton's": an owner cut from what they own ("Bush's spokesman") is not who spoke
  if (/['’]s$/.test(name.at(-1) ?? '')) return null;
  // "In an interview … published online Wednesday": a lone capitalised word ending a long description
  if (name.length === 1 && words.length > LONG_SOURCE) return null;
  const bare = name.filter((word, i) => i === name.length - 1 || !INITIAL.test(word));
  return bare.length > 0 ? bare : null;
}

/** The run of capitalised words that ends a source, before any title or pronoun. */
function trailingName(words: readonly string[]): string[] {
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string;
    const bare = word.toLowerCase();
    if (!CAPITALISED.test(word) || PRONOUNS.has(bare) || TITLES.has(bare.replace(/\.$/, ''))) break;
    name.unshift(word.replace(/\.$/, ''));
  }
  return name;
}

/** Known first names, by the pronoun that goes with them; a name in both lists fits either. */
export interface FirstNames {
  female: ReadonlySet<string>;
  male: ReadonlySet<string>;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "First Surname" from the article's mentions, the nearest one before `before` else the first
 * after; the first word must be a known first name, so "But Trump" or "Republican Trump" are not taken.
 */
function fullName(raw: string, surname: string, before: number, names: FirstNames): string {
  let found: string | null = null;
  for (const match of raw.matchAll(
    new RegExp(`\\b(\\p{Lu}\\p{Ll}+) (?:\\p{Lu}\\. )?${escaped(surname)}\\b`, 'gu'),
  )) {
    const first = match[1] as string;
    if (!names.female.has(first) && !names.male.has(first)) continue;
    if (match.index > before && found !== null) break;
    found = `${first} ${surname}`;
    if (match.index > before) break;
  }
  return found ?? surname;
}

interface Speaker {
  key: string;
  full: string;
  surname: string;
}

const speaker = (full: string): Speaker => ({
  key: full.toLowerCase(),
  full,
  surname: full.split(' ').at(-1) as string,
});

/** Paragraphs back from the quote that a "he said" may still refer to. */
const PRONOUN_REACH = 3;

/**
 * Whom a "he" or "she" most likely means (keeping it simple, no coreference): the last sentence
 * within a few paragraphs before the quote that opens with the name of someone the article names as
 * a source (a sentence's subject, as in "Donald Trump is raising questions… He says, “…”"), whose
 * first name, when known, fits the pronoun.
 */
function pronounSpeaker(
  article: QuestionArticle,
  pronoun: 'he' | 'she',
  before: number,
  surnames: readonly string[],
  names: FirstNames,
): Speaker | null {
  const here = article.paragraphs.findIndex((paragraph) => paragraph.end >= before);
  const from = article.paragraphs[Math.max(0, here - PRONOUN_REACH)]?.start ?? 0;
  const window = article.raw.slice(from, before);
  const mentions = surnames.flatMap((surname) =>
    [
      ...window.matchAll(
        new RegExp(`(?:^|[.!?”"]\\s+|\\n)(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}${escaped(surname)}\\b`, 'gu'),
      ),
    ].map((match) => ({ surname, at: match.index })),
  );
  const fitting = pronoun === 'she' ? names.female : names.male;
  for (const { surname } of mentions.sort((a, b) => b.at - a.at)) {
    const full = fullName(article.raw, surname, before, names);
    const first = full === surname ? null : (full.split(' ')[0] as string);
    if (first === null || fitting.has(first)) return speaker(full);
  }
  return null;
}

/**
 * Who a gold quote is by: its Source's name, a lone surname completed from the article; for a
 * "he" or "she", see pronounSpeaker. Null for "a campaign aide" and the like, which name nobody.
 */
function speakerOf(
  article: QuestionArticle,
  quote: GoldQuote,
  surnames: readonly string[],
  names: FirstNames,
): Speaker | null {
  const named = sourceName(quote.source);
  const before = Math.min(quote.sourceStart, ...quote.spans.map(([start]) => start));
  if (named) {
    const surname = named.at(-1) as string;
    return speaker(named.length > 1 ? named.join(' ') : fullName(article.raw, surname, before, names));
  }
  const pronoun = quote.source.trim().toLowerCase();
  if (pronoun !== 'he' && pronoun !== 'she') return null;
  return pronounSpeaker(article, pronoun, before, surnames, names);
}

/** The paragraphs any piece of the quote lies in: a quote run on into the next paragraph has both. */
function goldParagraphs(article: QuestionArticle, quote: GoldQuote): Set<string> {
  const out = new Set<string>();
  for (const paragraph of article.paragraphs) {
    if (quote.spans.some(([start, end]) => start < paragraph.end && end > paragraph.start))
      out.add(answerKey(article.docId, paragraph.number));
  }
  return out;
}

/** How many articles each word key occurs in: the rarer a word, the more it tells a topic. */
function documentFrequencies(raws: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const raw of raws) {
    for (const key of new Set(wordsOf(raw).map(wordKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * `count` words of the quote, nouns where it has enough (people ask about things), from the
 * rarer half by document frequency, picked at random there so that not every topic is the
 * quote's single rarest word; given in the quote's order.
 */
function topicWords(
  content: string,
  exclude: ReadonlySet<string>,
  frequencies: ReadonlyMap<string, number>,
  count: number,
  rand: () => number,
): string[] {
  const seen = new Set<string>();
  const candidates: Array<{ word: string; key: string; at: number }> = [];
  for (const word of wordsOf(content)) {
    const key = wordKey(word);
    if (key.length < MIN_TOPIC_WORD || seen.has(key) || exclude.has(key)) continue;
    if (STOP_WORDS.has(key) || QUESTION_WORDS.has(key)) continue;
    seen.add(key);
    candidates.push({ word: word.replace(/['’]s$/, ''), key, at: candidates.length });
  }
  const nouns = nounsOf(content);
  const topical = candidates.filter((candidate) => nouns.has(candidate.key));
  const pool = topical.length >= count ? topical : candidates;
  const rarer = [...pool]
    .sort((a, b) => (frequencies.get(a.key) ?? 0) - (frequencies.get(b.key) ?? 0) || a.at - b.at)
    .slice(0, Math.max(count, Math.ceil(pool.length / 2)));
  const picked: typeof rarer = [];
  while (picked.length < count && rarer.length > 0)
    picked.push(...rarer.splice(Math.floor(rand() * rarer.length), 1));
  return picked.sort((a, b) => a.at - b.at).map((candidate) => candidate.word);
}

const union = (a: ReadonlySet<string>, b: ReadonlySet<string>) => new Set([...a, ...b]);

const between = (low: number, high: number, rand: () => number) =>
  low + Math.floor(rand() * (high - low + 1));

/**
 * Questions a Discord user would type about the gold quotes, each with the paragraphs that answer
 * it. A `name` question ("What did X say?") is answered by any paragraph holding a gold quote of
 * that speaker anywhere in the split; identical questions are asked once, their answers merged.
 */
export function askQuestions(
  articles: readonly QuestionArticle[],
  names: FirstNames,
  seed = 1,
): AskQuestion[] {
  const rand = random(seed);
  const frequencies = documentFrequencies(articles.map((article) => article.raw));
  const quoted = articles.flatMap((article) => {
    const surnames = [
      ...new Set(article.quotes.flatMap((quote) => sourceName(quote.source)?.slice(-1) ?? [])),
    ];
    return article.quotes.map((quote) => ({
      quote,
      speaker: speakerOf(article, quote, surnames, names),
      gold: goldParagraphs(article, quote),
    }));
  });
  const bySpeaker = new Map<string, Set<string>>();
  for (const { speaker, gold } of quoted) {
    if (!speaker) continue;
    const all = bySpeaker.get(speaker.key) ?? new Set<string>();
    for (const key of gold) all.add(key);
    bySpeaker.set(speaker.key, all);
  }
  // a question is answered by every quote that fits it, not only the one it was made from: "What did
  // Clinton say about Syria?" by each of her quotes with "Syria" in it
  const keyed = quoted.map((entry) => ({
    ...entry,
    keys: new Set(wordsOf(entry.quote.content).map(wordKey)),
  }));
  const fitting = (topic: readonly string[], speakerKey: string | null) => {
    const keys = topic.map(wordKey);
    const all = new Set<string>();
    for (const entry of keyed) {
      if (speakerKey !== null && entry.speaker?.key !== speakerKey) continue;
      if (keys.every((key) => entry.keys.has(key))) for (const paragraph of entry.gold) all.add(paragraph);
    }
    return all;
  };
  const questions = new Map<string, AskQuestion>();
  const ask = (kind: AskKind, text: string, gold: Set<string>) => {
    const same = questions.get(text);
    if (same) for (const key of gold) same.gold.add(key);
    else questions.set(text, { kind, text, gold: new Set(gold) });
  };
  for (const { quote, speaker, gold } of quoted) {
    if (gold.size === 0) continue;
    if (speaker) {
      const name =
        speaker.full !== speaker.surname && rand() < SURNAME_ONLY_SHARE ? speaker.surname : speaker.full;
      const nameKeys = new Set(wordsOf(speaker.full).map(wordKey));
      const topic = topicWords(quote.content, nameKeys, frequencies, between(1, 3, rand), rand);
      if (topic.length > 0)
        ask(
          'name+topic',
          `What did ${name} say about ${topic.join(' ')}?`,
          union(gold, fitting(topic, speaker.key)),
        );
      ask('name', `What did ${name} say?`, bySpeaker.get(speaker.key) as Set<string>);
    }
    const topic = topicWords(quote.content, new Set(), frequencies, between(2, 3, rand), rand);
    if (topic.length >= 2)
      ask('topic', `What was said about ${topic.join(' ')}?`, union(gold, fitting(topic, null)));
  }
  return [...questions.values()];
}
