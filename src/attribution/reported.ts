import { isDirective, isWeakCue, reportingLemma } from './cues.ts';
import { isSubjectPronoun, phraseStartingAt } from './mentions.ts';
import type { Analysis, Sentence, Token } from './nlp.ts';
import { canSpeak } from './speaker-nouns.ts';
import type { SpeakerCue, SpeakerFinder } from './speakers.ts';
import type { AttributionKind } from './types.ts';

/** Unquoted speech: "…, Peskov said." (reported) or "Putin confirmed that …" (indirect). */
export interface UnquotedSpeech {
  kind: Exclude<AttributionKind, 'direct'>;
  /** Token range of the attributed words. */
  first: number;
  last: number;
  cue: SpeakerCue;
}

/** Words after a comma that open a clause no longer part of the speech ("…, as informed by …"). */
const CLAUSE_BREAKS = new Set(
  'as while which who whom whose according but although though after before when because since where whereas'.split(
    ' ',
  ),
);
/** Verbs whose complement clause may come without "that" ("Trump said he would …"). */
const BARE_CLAUSE = new Set([
  'say',
  'tell',
  'add',
  'insist',
  'argue',
  'claim',
  'warn',
  'note',
  'explain',
  'predict',
]);
/**
 * "informed reporters that …": reported speech only with the one told and a clause ("…, as informed
 * by Macron" reports nothing), so not among the cues.
 */
const INFORMED = new Set(['inform', 'informs', 'informed', 'informing']);
/** Verbs of telling someone something, whose clause comes after the one told ("told reporters she …"). */
const ADDRESSED = new Set(['tell', 'assure', 'remind', 'inform', 'warn']);
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/;
/** Common irregular past forms, which open a reported clause as "-ed" forms do ("said the inquiry began"). */
const IRREGULAR_PAST = new Set(
  'began became came went took gave made kept found thought brought sought won lost left held knew grew fell rose saw meant met ran sent spent stood broke chose drove spoke wrote paid led'.split(
    ' ',
  ),
);
/** A dateline's place in capitals ("OTTAWA", "D.C."), and the mark that ends the dateline. */
const DATELINE_WORD = /^\p{Lu}[\p{Lu}.'’-]+$/u;
const DATELINE_MARK = /^(—|–|-|--|:)$/;
const QUOTE_MARK = /^[“”"„«»″]$/;

export class UnquotedSpeechFinder {
  private readonly tokens: Token[];

  constructor(
    private readonly analysis: Analysis,
    private readonly finder: SpeakerFinder,
    /** Is token `i` inside a quote that was kept as speech? */
    private readonly inSpeech: (i: number) => boolean,
  ) {
    this.tokens = analysis.tokens;
  }

  find(): UnquotedSpeech[] {
    const found: UnquotedSpeech[] = [];
    const { sentences } = this.analysis;
    sentences.forEach((s, n) => {
      if (this.isHeadline(s)) return;
      const reported = this.reported(s, n);
      const indirect = reported ? [] : this.indirect(s);
      // "According to X, A" only when A has no speaker of its own ("According to the Kremlin, Putin confirmed that …")
      const according = reported || indirect.length ? null : this.according(s);
      if (reported) found.push(reported);
      else found.push(...indirect, ...(according ? [according] : []));
    });
    return found;
  }

  /**
   * "Coach insists job is safe after fifth straight defeat": a headline sums up, in words nobody said;
   * the first line of a story, ending without a stop.
   */
  private isHeadline(s: Sentence): boolean {
    const { tokens } = this;
    const line = tokens[s.first]?.para;
    if (line !== tokens[0]?.para || tokens[s.last + 1]?.para === line) return false;
    return !/^[.!?]$/.test(tokens[s.last]?.text ?? '');
  }

  private hasQuote(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) if (this.finder.quoteOf[k] !== -1) return true;
    return false;
  }

  private hasCue(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) {
      const t = this.tokens[k];
      if (t && t.pos === 'VERB' && reportingLemma(t.lower)) return true;
    }
    return false;
  }

  /** "…, Peskov said." — and the cue-less sentences before it in its paragraph. */
  private reported(s: Sentence, n: number): UnquotedSpeech | null {
    const { tokens } = this;
    let comma = -1;
    for (let k = s.last; k > s.first; k--) {
      if (tokens[k]?.text === ',') {
        comma = k;
        break;
      }
    }
    if (comma <= s.first || this.hasQuote(s.first, s.last)) return null;
    const cue = this.finder.after({ open: comma - 1, close: comma - 1, firstPara: 0, lastPara: 0 });
    if (!cue || cue.kind === 'dash' || cue.mention.last < comma) return null;
    // "LaGrange, 61, said the project would add 80 beds": a verb after the phrase makes it the
    // subject of what was said, not an inverted speaker ("…, said the minister.")
    if (cue.mention.first > cue.cue && this.verbBeforeBreak(cue.mention.last + 1, s.last)) return null;
    // "X, his spokesman, told The Associated Press that …": the one told, then what was said
    if (cue.mention.first > cue.cue && tokens[cue.mention.last + 1]?.lower === 'that') return null;
    // "Speaking to reporters, the minister said the tariff was fair": the speech follows the verb, and
    // what stands before the comma only sets the scene
    if (cue.mention.first < cue.cue && this.clauseFollows(cue.cue + 1, s.last)) return null;
    // the attribution must close the sentence: at most a few words ("during a press conference") follow it
    if (s.last - Math.max(cue.cue, cue.mention.last) > 8) return null;
    let first = s.first;
    const para = tokens[s.first]?.para;
    for (let m = n - 1; m >= 0; m--) {
      const prev = this.analysis.sentences[m] as Sentence;
      if (
        tokens[prev.first]?.para !== para ||
        this.hasQuote(prev.first, prev.last) ||
        this.hasCue(prev.first, prev.last)
      )
        break;
      first = prev.first;
    }
    return { kind: 'reported', first: this.afterDateline(first, comma - 1), last: comma - 1, cue };
  }

  /** Past a dateline that opens the story ("OTTAWA —", "LONDON (Reuters) -", "MUMBAI:"), which nobody said. */
  private afterDateline(first: number, last: number): number {
    const { tokens } = this;
    let k = first;
    while (k <= last && (DATELINE_WORD.test(tokens[k]?.text ?? '') || tokens[k]?.text === ',')) k++;
    if (k === first) return first;
    if (tokens[k]?.text === '(') {
      while (k <= last && tokens[k]?.text !== ')') k++;
      k++;
    }
    if (!DATELINE_MARK.test(tokens[k]?.text ?? '')) return first;
    while (DATELINE_MARK.test(tokens[k + 1]?.text ?? '')) k++;
    return k + 1 <= last ? k + 1 : first;
  }

  /**
   * A verb after the phrase, before a comma or a "who" ("said the evidence from other towns was clear"),
   * not one of a clause that describes the speaker ("said the man who lives next door").
   */
  private verbBeforeBreak(from: number, last: number): boolean {
    for (let k = from; k <= last; k++) {
      const t = this.tokens[k] as Token;
      if (t.text === ',' || CLAUSE_BREAKS.has(t.lower) || t.lower === 'that') return false;
      if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    }
    return false;
  }

  /** A clause of its own after the verb ("said the tariff was fair"), not a phrase ("said on Monday"). */
  private clauseFollows(from: number, last: number): boolean {
    const next = this.tokens[from];
    if (!next || next.pos === 'ADP' || next.pos === 'PUNCT') return false;
    return next.lower === 'that' || this.verbBeforeBreak(from, last);
  }

  /** "Putin confirmed that …", "the Kremlin appealed to the people to unite …", "he said “…” and …". */
  private indirect(s: Sentence): UnquotedSpeech[] {
    const { tokens } = this;
    const out: UnquotedSpeech[] = [];
    for (let v = s.first; v <= s.last; v++) {
      const t = tokens[v] as Token;
      const lemma = reportingLemma(t.lower) ?? (INFORMED.has(t.lower) ? 'inform' : undefined);
      // wink tags some past forms after an apposition as adjectives (", informed reporters that")
      const verb =
        t.pos === 'VERB' || (t.pos === 'ADJ' && /ed$/.test(t.lower) && tokens[v - 1]?.text === ',');
      if (!lemma || isWeakCue(lemma) || !verb || this.finder.quoteOf[v] !== -1) continue;
      const first = this.complementStart(v, lemma, s.last);
      if (first === null) continue;
      const last = this.clauseEnd(first, s.last);
      if (last - first < 2 || this.overlapsSpeech(first, last)) continue;
      const mention = this.finder.subjectOf(v);
      if (!mention || !canSpeak(tokens, mention)) continue;
      out.push({ kind: 'indirect', first, last, cue: { mention, cue: v, kind: 'before' } });
      v = last;
    }
    return out;
  }

  /** "According to Okafor, the contract will go to a local firm." */
  private according(s: Sentence): UnquotedSpeech | null {
    const { tokens } = this;
    if (tokens[s.first]?.lower !== 'according' || tokens[s.first + 1]?.lower !== 'to') return null;
    const mention = phraseStartingAt(tokens, s.first + 2, s.last);
    const comma = mention ? mention.last + 1 : -1;
    if (!mention || tokens[comma]?.text !== ',' || !canSpeak(tokens, mention)) return null;
    const last = this.clauseEnd(comma + 1, s.last);
    if (last - comma < 3 || this.overlapsSpeech(comma + 1, last)) return null;
    return { kind: 'indirect', first: comma + 1, last, cue: { mention, cue: s.first, kind: 'before' } };
  }

  /** Where the reported content starts after the verb at `v`, or null when it is not speech. */
  private complementStart(v: number, lemma: string, end: number): number | null {
    const { tokens } = this;
    const next = tokens[v + 1];
    if (!next) return null;
    if (QUOTE_MARK.test(next.text) && this.finder.quoteOf[v + 1] !== -1 && !this.inSpeech(v + 1))
      return v + 1;
    // "pleaded guilty", "pleaded not guilty": a plea in court, not speech reported
    if (lemma === 'plead' && /^(guilty|not|innocent|no)$/.test(next.lower)) return null;
    if (isDirective(lemma)) {
      // "appealed to the people to unite", "urged donors to release funds", "called for calm"
      for (let k = v + 1; k <= Math.min(end, v + 5); k++)
        if (/^(to|for|on)$/.test(tokens[k]?.lower ?? '')) return v + 1;
      return null;
    }
    for (let k = v + 1; k <= Math.min(end, v + 8); k++) {
      const t = tokens[k] as Token;
      if (t.lower === 'that' && t.pos !== 'DET') return k + 1;
      // a capitalised "verb" is a name's word ("The Associated Press")
      if ((t.pos === 'VERB' && !/^\p{Lu}/u.test(t.text)) || t.text === ',' || t.text === '.') break;
    }
    // "said on Tuesday it would …", "said Monday he would …": past when it was said
    const from = this.pastWhen(v + 1, end);
    const opener = tokens[from];
    // ("said there would be no inquiry": "there" opens a clause as a pronoun does)
    const pronoun = isSubjectPronoun(opener) || opener?.lower === 'there';
    if (BARE_CLAUSE.has(lemma) && pronoun && opener?.lower !== 'who') {
      for (let k = from + 1; k <= Math.min(end, from + 3); k++)
        if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') return from;
    }
    if (ADDRESSED.has(lemma)) {
      const clause = this.clauseAfterAddressee(v, end);
      if (clause !== null) return clause;
    }
    // "said construction would begin", "said the work would cost": a noun phrase, then a modal or tense;
    // "said the inquiry began after …": or a verb in the past, when no addressee comes first ("told")
    const subject = BARE_CLAUSE.has(lemma) ? phraseStartingAt(tokens, v + 1, end) : null;
    const verb = subject ? tokens[subject.last + 1] : undefined;
    if (!subject || !verb || verb.lower === 'to') return null;
    if (verb.pos === 'AUX') return v + 1;
    const past = verb.pos === 'VERB' && (/^[a-z]+ed$/.test(verb.text) || IRREGULAR_PAST.has(verb.text));
    return past && lemma !== 'tell' && subject.last + 1 < end ? v + 1 : null;
  }

  /** Past a time after the verb ("on Tuesday", "Monday", "last week") to the token after it. */
  private pastWhen(k: number, end: number): number {
    const { tokens } = this;
    const t = tokens[k];
    if (!t) return k;
    if (WEEKDAY.test(t.lower)) return k + 1;
    if (t.lower === 'on' && WEEKDAY.test(tokens[k + 1]?.lower ?? '')) return k + 2;
    if (
      /^(last|this|earlier|late)$/.test(t.lower) &&
      /^(week|month|year|night|morning|evening)$/.test(tokens[k + 1]?.lower ?? '')
    )
      return Math.min(end, k + 2);
    return k;
  }

  /**
   * "told reporters she would visit", "told the court Holloway had …": after the one told, a clause
   * whose subject is a pronoun or a name, then its verb; null when none follows.
   */
  private clauseAfterAddressee(v: number, end: number): number | null {
    const { tokens } = this;
    const addressee = tokens[v + 1];
    if (!addressee || isSubjectPronoun(addressee) || addressee.pos === 'PUNCT') return null;
    for (let k = v + 2; k <= Math.min(end, v + 6); k++) {
      const t = tokens[k] as Token;
      const prev = tokens[k - 1] as Token;
      // "told The Associated Press that …": whatever the tagger makes of it, "that" opens the clause here
      if (t.lower === 'that') return k + 1;
      if (t.text === ',' || (t.pos === 'VERB' && !/^\p{Lu}/u.test(t.text)) || t.pos === 'AUX') return null;
      // "told reporters as she left": a clause of time or reason, not what was told
      if (t.pos === 'SCONJ' || CLAUSE_BREAKS.has(t.lower)) return null;
      // where the one told ends: a lower-case noun before a name ("the court Holloway"), a name before
      // an article ("Nair the minister"), or either before a pronoun ("reporters she")
      const pronoun = isSubjectPronoun(t) && t.lower !== 'who';
      const name = /^\p{Lu}/u.test(t.text) && /^[a-z]/.test(prev.text) && prev.pos === 'NOUN';
      const article = t.pos === 'DET' && /^\p{Lu}/u.test(prev.text) && prev.pos === 'PROPN';
      if (!pronoun && !name && !article) continue;
      const subject = pronoun ? { last: k } : phraseStartingAt(tokens, k, end);
      const next = subject ? tokens[subject.last + 1] : undefined;
      return next && (next.pos === 'AUX' || next.pos === 'VERB') ? k : null;
    }
    return null;
  }

  private clauseEnd(first: number, end: number): number {
    const { tokens } = this;
    for (let k = first; k <= end; k++) {
      const t = tokens[k] as Token;
      if (
        t.text === ';' ||
        t.text === '(' ||
        (t.text === ',' && CLAUSE_BREAKS.has(tokens[k + 1]?.lower ?? '')) ||
        (t.text === ',' &&
          /ing$/.test(tokens[k + 1]?.lower ?? '') &&
          !!reportingLemma(tokens[k + 1]?.lower ?? ''))
      )
        return k - 1;
    }
    let last = end;
    while (last > first && /^[.!?,:;]$/.test(tokens[last]?.text ?? '')) last--;
    return last;
  }

  private overlapsSpeech(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) if (this.inSpeech(k)) return true;
    return false;
  }
}
