import {
  DASHES,
  isAdverbial,
  isCue,
  isCueAt,
  isPersonLike,
  namesPerson,
  PHRASAL,
  RELATIVE,
  SENTENCE_END,
  SUBORDINATORS,
} from './cue-words.ts';
import { cueAfter } from './cues-after.ts';
import { answerAfterQuestion, isQuestionLine } from './interviews.ts';
import { labelBefore } from './labels.ts';
import { SAYINGS } from './lexicon.ts';
import {
  isNameLike,
  isPossessiveMark,
  isSubjectPronoun,
  OWNER_PRONOUNS,
  type Phrase,
  phraseEndingAt,
  phraseStartingAt,
  skipParenthesisLeft,
  subjectAfter,
  subjectBefore,
} from './mentions.ts';
import type { Analysis, Token } from './nlp.ts';
import { canSpeak } from './speaker-nouns.ts';

/** How a quote's speaker was found, most reliable first. */
export type CueKind = 'after' | 'dash' | 'before' | 'sibling' | 'floating';

export interface SpeakerCue {
  mention: Phrase;
  /** Token index of the reporting verb (or of "according"/the dash). */
  cue: number;
  kind: CueKind;
}

/** Token ranges of a quotation in the analysed text (opening and closing marks included). */
export interface QuoteTokens {
  open: number;
  close: number;
  /** Index of the first and last part's paragraph. */
  firstPara: number;
  lastPara: number;
}

export class SpeakerFinder {
  private readonly tokens: Token[];
  /** For each token, the index of the quotation it belongs to, or -1. */
  readonly quoteOf: Int32Array;

  constructor(
    analysis: Analysis,
    private readonly quotes: QuoteTokens[],
    partRanges: [number, number, number][],
  ) {
    this.tokens = analysis.tokens;
    this.quoteOf = new Int32Array(this.tokens.length).fill(-1);
    for (const [q, a, b] of partRanges) for (let k = a; k <= b; k++) this.quoteOf[k] = q;
  }

  /** "…,” Speaker said" · "…,” said Speaker" · "…” ― Speaker" · "…,” according to Speaker". */
  after(q: QuoteTokens): SpeakerCue | null {
    return cueAfter(this.tokens, this.quotes, this.quoteOf, q);
  }

  /** Start of the clause before token `o`: stops at sentence punctuation or a paragraph start. */
  clauseStart(o: number, stopAtQuotes: boolean): number {
    const { tokens } = this;
    const para = tokens[o]?.para;
    let k = o - 1;
    // parentheses closed after the stop being looked at: "(R-S.C.)" holds stops that end nothing
    let open = 0;
    for (; k >= 0; k--) {
      const t = tokens[k];
      if (!t || t.para !== para) break;
      const inQuote = this.quoteOf[k] !== -1;
      if (inQuote && stopAtQuotes) break;
      if (t.text === ')') open++;
      else if (t.text === '(') open = Math.max(0, open - 1);
      // "(D-Ill.)", "McConnell, R-Ky., said": a stop before a parenthesis, a comma or a lower-case word ends no clause
      const ends = SENTENCE_END.has(t.text) && !/^([),;]|[a-z].*)$/.test(tokens[k + 1]?.text ?? '');
      if (!inQuote && open === 0 && ends) break;
    }
    return k + 1;
  }

  /** "Speaker said: “…”" · "Speaker said (that) “…”" · "according to Speaker, “…”" · "…, adding: “…”". */
  before(q: QuoteTokens): SpeakerCue | null {
    const { tokens } = this;
    const o = q.open;
    // a paragraph ending in a colon introduces the quote that opens the next one ("The Times reports:")
    const introduced =
      tokens[o - 1]?.text === ':' && tokens[o - 1]?.para !== tokens[o]?.para && this.quoteOf[o - 1] === -1;
    const low = this.clauseStart(introduced ? o - 1 : o, true);
    const label = labelBefore(this.tokens, this.quoteOf, o, low);
    if (label) return label;
    for (let v = o - 1; v >= low; v--) {
      const t = tokens[v];
      if (!t) continue;
      if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
        const mention = phraseStartingAt(tokens, v + 2, o - 1);
        if (mention) return { mention, cue: v, kind: 'before' };
        continue;
      }
      // wink reads a present-tense verb before a colon as a plural noun ("The Times reports: “…”")
      // and before the quote itself ("The ad claims “…”", "the FBI lists “…”")
      const verbBeforeColon = (tokens[v + 1]?.text === ':' || v + 1 === o) && /s$/.test(t.lower) && v > low;
      if (
        !isCueAt(tokens, v, o - v <= 3 + (PHRASAL[t.lower] ? 1 : 0)) ||
        ((t.pos === 'NOUN' || t.pos === 'ADJ') &&
          !verbBeforeColon &&
          tokens[v + 1]?.lower !== PHRASAL[t.lower])
      )
        continue;
      // "Sanders was asked by host Bill Maher, “…”": a passive verb's agent speaks
      if (
        /^(is|are|was|were|been|being)$/.test(tokens[v - 1]?.lower ?? '') &&
        tokens[v + 1]?.lower === 'by'
      ) {
        const agent = phraseStartingAt(tokens, v + 2, o - 1);
        if (agent && canSpeak(tokens, agent)) return { mention: agent, cue: v, kind: 'before' };
      }
      const participle = this.isParticiple(v, low);
      // "Said Ellis: “…”" puts the subject after a clause-initial verb
      const mention = participle
        ? null
        : v === low
          ? subjectAfter(tokens, v, o - 1)
          : this.outsideRelative(this.agentBefore(v, low), v, low);
      // "Reyes, who is chairman of the growers said": the object of a preposition is no subject
      const governed = !!mention && tokens[mention.first - 1]?.pos === 'ADP';
      if (mention && canSpeak(tokens, mention) && !governed) return { mention, cue: v, kind: 'before' };
      // "an official who spoke anonymously said, “…”" · "Clinton replied to the post on Facebook writing, “…”"
      const subject =
        this.relativeAntecedent(v, low) ?? (governed ? mention : null) ?? this.clauseSubject(v) ?? mention;
      if (subject) return { mention: subject, cue: v, kind: 'before' };
    }
    // a clause that introduces the quote with a colon names its source ("The letter had one demand: “…”")
    if (tokens[o - 1]?.text === ':' && o - 1 > low) {
      const subject = this.clauseSubject(o - 1);
      if (subject && isPersonLike(tokens, subject)) return { mention: subject, cue: o - 1, kind: 'before' };
      // "The surge doesn't surprise pollster Daron Shaw: “…”": the person the clause ends on
      const last = phraseEndingAt(tokens, skipParenthesisLeft(tokens, o - 2, low), low);
      if (last && isNameLike(tokens, last) && namesPerson(tokens, last))
        return { mention: last, cue: o - 1, kind: 'before' };
      // "For local MP Ruth Connolly, the answer is simple: “…”": the person whose view it is
      const framing = tokens[low]?.lower === 'for' ? phraseStartingAt(tokens, low + 1, o - 2) : null;
      if (framing && tokens[framing.last + 1]?.text === ',' && isPersonLike(tokens, framing))
        return { mention: framing, cue: o - 1, kind: 'before' };
      if (subject) return { mention: subject, cue: o - 1, kind: 'before' };
      // "Her verdict on the turbines: “…”", "The mayor's answer: “…”": whose words they are
      const owned = phraseStartingAt(tokens, low, o - 2);
      if (owned && ownsSaying(tokens, owned)) return { mention: owned, cue: o - 1, kind: 'before' };
    }
    return this.objectOfClause(o, low);
  }

  /**
   * The subject of the verb at `v`. An -ing form with no auxiliary acts for the person just before it
   * ("marchers chanting “…”", "the ad shows her asking “…”"), or else for the clause's subject
   * ("X answered a question on her page writing, “…”").
   */
  private agentBefore(v: number, low: number): Phrase | null {
    const { tokens } = this;
    const before = subjectBefore(tokens, v, low);
    const participial = tokens[v]?.lower.endsWith('ing') && tokens[v - 1]?.pos !== 'AUX';
    if (!participial || (before && isPersonLike(tokens, before))) return before;
    return this.clauseSubject(v) ?? before;
  }

  /** The noun phrase a "who" clause ending just before token `v` describes ("an official who spoke … said"). */
  private relativeAntecedent(v: number, low: number): Phrase | null {
    const { tokens } = this;
    for (let k = v - 1; k > low && k > v - 16; k--) {
      const t = tokens[k] as Token;
      if (t.text === ',' || t.text === ';' || this.quoteOf[k] !== -1) return null;
      if (t.lower !== 'who') continue;
      // "Tom Reyes, who is chairman of the growers said" leaves the clause's closing comma out
      const antecedent = phraseEndingAt(tokens, tokens[k - 1]?.text === ',' ? k - 2 : k - 1, low);
      return antecedent && canSpeak(tokens, antecedent) ? antecedent : null;
    }
    return null;
  }

  /**
   * A quote that is what its clause's verb acts on, with no reporting verb ("Nordhaus welcomed “…”",
   * "as the prosecutor put it, “…”", "He offered “…”"): a person who is the clause's subject is its source.
   */
  private objectOfClause(o: number, low: number): SpeakerCue | null {
    const { tokens } = this;
    for (let f = o - 1; f >= low; f--) {
      const t = tokens[f] as Token;
      // "… because, in Forbes’ words, “…”": the quote sits in a clause of its own
      if (/^(because|although|though|whereas|unless|if|when|while)$/.test(t.lower)) return null;
      if (this.quoteOf[f] !== -1 || t.pos !== 'VERB' || this.inRelativeClause(f, low)) continue;
      // a passive verb's subject did not act ("the summit was held in Jerusalem")
      if (/^(is|are|was|were|be|been|being)$/.test(tokens[f - 1]?.lower ?? '')) return null;
      const subject = subjectBefore(tokens, f, low);
      return subject && isPersonLike(tokens, subject) ? { mention: subject, cue: f, kind: 'before' } : null;
    }
    return null;
  }

  /** The speaker of the reporting verb at `v` when no quote is involved ("Putin confirmed that …"). */
  subjectOf(v: number): Phrase | null {
    const low = this.clauseStart(v, true);
    if (v === low) return subjectAfter(this.tokens, v, v + 12);
    const participle = this.isParticiple(v, v - 1);
    return (
      (participle ? null : this.outsideRelative(subjectBefore(this.tokens, v, low), v, low)) ??
      this.clauseSubject(v)
    );
  }

  /**
   * "The engineer who designed the barrier said": the phrase just before the verb belongs to the "who"
   * clause, and the one that clause describes is the subject.
   */
  private outsideRelative(mention: Phrase | null, v: number, low: number): Phrase | null {
    // "who gained fame when he yelled …": a pronoun is the subject of its own clause
    if (!mention || isSubjectPronoun(this.tokens[mention.first])) return mention;
    const antecedent = this.relativeAntecedent(v, low);
    return antecedent && antecedent.last < mention.first ? antecedent : mention;
  }

  /** An -ing form opening a participle clause (", adding", "while chanting"): it has no subject of its own. */
  private isParticiple(v: number, low: number): boolean {
    const t = this.tokens[v];
    if (!t?.lower.endsWith('ing')) return false;
    const prev = this.tokens[v - 1];
    return (
      v <= low ||
      prev?.text === ',' ||
      prev?.pos === 'SCONJ' ||
      /^(by|after|before|while|when)$/.test(prev?.lower ?? '')
    );
  }

  /** Is the verb at `f` inside a relative clause opened since the last comma or dash ("…, who said …")? */
  private inRelativeClause(f: number, low: number): boolean {
    for (let k = f - 1; k >= low && k > f - 12; k--) {
      const t = this.tokens[k] as Token;
      if (RELATIVE.has(t.lower)) return true;
      if (t.text === ',' || DASHES.has(t.text) || t.text === '(' || t.text === ';') return false;
    }
    return false;
  }

  /**
   * The subject of the nearest earlier verb that has one, in the sentence holding token `v`: the
   * speaker of a participle or coordinated verb ("Putin said …, adding: “…”", "I laughed and said").
   */
  private clauseSubject(v: number): Phrase | null {
    const { tokens } = this;
    const low = this.clauseStart(v, false);
    const verbs: number[] = [];
    for (let f = v - 1; f >= low; f--) {
      const t = tokens[f];
      if (!t || this.quoteOf[f] !== -1 || !(t.pos === 'VERB' || t.pos === 'AUX')) continue;
      // a gerund ("Trump's persistent sniffing") or the verb of a relative clause ("– where the team
      // played –") does not carry the sentence's subject
      if (this.isParticiple(f, low) || /ing$/.test(t.lower) || this.inRelativeClause(f, low)) continue;
      verbs.push(f);
    }
    // "X said A and said B", "X said A, adding B": the subject of an earlier reporting verb in the main
    // clause speaks, not the subject of a clause inside what was said ("X said the move was made")
    for (const f of verbs) {
      if (!isCueAt(tokens, f, false) || this.clauseMarker(f, low) !== -1) continue;
      const subject = subjectBefore(tokens, f, low);
      if (subject) return subject;
    }
    // ", shouting": an -ing form acts for the nearest person who did something before it
    // ("…, when protesters interrupted her speech, shouting “…”")
    const nearest = verbs[0];
    if (tokens[v]?.lower.endsWith('ing') && nearest !== undefined) {
      const subject = subjectBefore(tokens, nearest, low);
      if (subject && isPersonLike(tokens, subject)) return subject;
    }
    // otherwise a verb of the cue's own clause whose subject opens it ("Carson shared …, writing")
    const marker = this.clauseMarker(v, low);
    for (const f of verbs) {
      if (this.clauseMarker(f, low) !== marker) continue;
      const subject = subjectBefore(tokens, f, low);
      const opens =
        subject && (subject.first === low || /^[,—–]$/.test(tokens[subject.first - 1]?.text ?? ''));
      if (opens || (subject && subject.first - 1 === marker)) return subject;
    }
    for (const f of verbs) {
      const subject = subjectBefore(tokens, f, low);
      if (subject) return subject;
    }
    return null;
  }

  /**
   * The token that makes the clause holding verb `f` subordinate ("when", "because", or a reporting
   * verb whose complement it is: "said [the move was made]"), scanning back to a comma; -1 for none.
   */
  private clauseMarker(f: number, low: number): number {
    const { tokens } = this;
    for (let k = f - 1; k >= low; k--) {
      const t = tokens[k] as Token;
      if (t.text === ',' || t.text === ';' || this.quoteOf[k] !== -1) return -1;
      if (SUBORDINATORS.has(t.lower) || (t.pos === 'VERB' && isCue(t, false))) return k;
    }
    return -1;
  }

  /**
   * A person the sentence just before a paragraph-opening quote is about, with no quote of its own:
   * "Edmonton coach Kris Knoblauch didn't mince words. / “It's not good enough.”"
   */
  /** Does a quote open earlier in the paragraph where `q` opens? */
  private quotedEarlierIn(q: QuoteTokens): boolean {
    const para = this.tokens[q.open]?.para;
    for (let k = q.open - 1; k >= 0 && this.tokens[k]?.para === para; k--)
      if (this.quoteOf[k] !== -1) return true;
    return false;
  }

  private introducer(q: QuoteTokens): SpeakerCue | null {
    const { tokens } = this;
    const end = q.open - 1;
    if (end < 0 || this.quoteOf[end] !== -1) return null;
    // "Mayor Jane Ode was blunt. “…”": in its own paragraph too, a sentence about someone introduces them
    // when no quote came before it there: after one, it goes on with that one's speaker
    const sameParagraph = tokens[end]?.para === tokens[q.open]?.para;
    if (sameParagraph && (!/^[.!?]$/.test(tokens[end]?.text ?? '') || this.quotedEarlierIn(q))) return null;
    // stopping at quote marks, the clause holds none of its own
    let low = this.clauseStart(end, true);
    // "Back on the water, Rowe is philosophical.": past a scene set before a comma
    if (sameParagraph && !phraseStartingAt(tokens, low, end)) {
      const comma = tokens.slice(low, end).findIndex((t) => t.text === ',');
      if (comma >= 0) low += comma + 1;
    }
    const subject = phraseStartingAt(tokens, low, end);
    if (!subject) return null;
    let verb = subject.last + 1;
    // "Passenger Omar Haddad, 41, was stranded": past an apposition between commas
    if (tokens[verb]?.text === ',') {
      let close = verb + 1;
      while (close < Math.min(end, verb + 10) && tokens[close]?.text !== ',') close++;
      if (tokens[close]?.text === ',') verb = close + 1;
    }
    while (isAdverbial(tokens[verb]) && tokens[verb]?.pos !== 'AUX') verb++;
    if (tokens[verb]?.pos !== 'VERB' && tokens[verb]?.pos !== 'AUX') return null;
    const head = tokens[subject.first] as Token;
    const person =
      subject.first === subject.last && isSubjectPronoun(head)
        ? /^(he|she)$/.test(head.lower)
        : namesPerson(tokens, subject);
    return person ? { mention: subject, cue: verb, kind: 'floating' } : null;
  }

  /**
   * The speaker of a quote with no cue of its own: the subject of the nearest reporting verb earlier in
   * its paragraph or in the previous one, or the speaker of a quote met first on the way back.
   */
  floating(q: QuoteTokens, resolved: (quoteIndex: number) => SpeakerCue | null): SpeakerCue | null {
    const introduced = this.introducer(q);
    if (introduced) return introduced;
    const { tokens } = this;
    const para = tokens[q.open]?.para ?? 0;
    const answer = answerAfterQuestion(tokens, this.quoteOf, this.quotes, q, resolved);
    if (answer) return answer;
    let prevPara = -1;
    // an interview's question ("What do people ask for most?") stands between an answer and the one before
    let question = -1;
    for (let k = q.open - 1; k >= 0; k--) {
      const t = tokens[k];
      if (!t) break;
      if (t.para !== para && prevPara === -1 && question === -1 && isQuestionLine(tokens, this.quoteOf, k))
        question = t.para;
      if (t.para === question) continue;
      if (t.para !== para && prevPara === -1) prevPara = t.para;
      if (t.para !== para && t.para !== prevPara) break;
      const inQuote = this.quoteOf[k] ?? -1;
      if (inQuote !== -1) {
        const earlier = resolved(inQuote);
        if (earlier) return { ...earlier, kind: 'floating' };
        const start = this.quotes[inQuote]?.open ?? k;
        k = Math.min(k, start);
        continue;
      }
      if (!isCueAt(tokens, k, tokens[k + 1]?.text === ':') || t.pos === 'NOUN' || t.pos === 'ADJ') continue;
      const mention = subjectBefore(tokens, k, this.clauseStart(k, true)) ?? this.clauseSubject(k);
      if (mention) return { mention, cue: k, kind: 'floating' };
    }
    return null;
  }
}

/** "Her verdict on the turbines", "the mayor's answer": words someone owns, by pronoun or possessive. */
function ownsSaying(tokens: Token[], p: Phrase): boolean {
  let head = p.last;
  for (let k = p.first + 1; k <= p.last; k++)
    if (/^(on|about|of|to)$/.test(tokens[k]?.lower ?? '')) {
      head = k - 1;
      break;
    }
  if (!SAYINGS.has(tokens[head]?.lower ?? '')) return false;
  const owner = Object.hasOwn(OWNER_PRONOUNS, tokens[p.first]?.lower ?? '');
  return owner || tokens.slice(p.first, head).some(isPossessiveMark);
}
