import { lowerBound } from '../text/sorted.ts';
import { isReportingVerb } from './cues.ts';
import { isSubjectPronoun, type Phrase } from './mentions.ts';
import { mixedQuotationEnd } from './mixed.ts';
import { analyse, type Token } from './nlp.ts';
import { PeopleTable } from './people.ts';
import { cutAtAttribution, findQuotes, type QuoteSpan, quoteWords } from './quotes.ts';
import { UnquotedSpeechFinder } from './reported.ts';
import { type Resolution, Resolver } from './resolve.ts';
import { isSpeech } from './scare.ts';
import { canSpeak } from './speaker-nouns.ts';
import { type QuoteTokens, type SpeakerCue, SpeakerFinder } from './speakers.ts';
import type { Attribution, DocumentAttribution, Span } from './types.ts';

export { splitSentences } from './sentences.ts';
export type { Attribution, DocumentAttribution, Person } from './types.ts';

/** Index of the first token starting at or after `offset`. */
function tokenAtOrAfter(tokens: Token[], offset: number): number {
  return lowerBound(tokens, offset, (t) => t.start);
}

function phraseSpan(text: string, tokens: Token[], first: number, last: number): Span {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  return { text: text.slice(start, end), start, end };
}

/**
 * Consecutive quotes of one paragraph that rest on the same cue are one quotation interrupted by its
 * attribution ("“A,” she said. “B.”"); a quote with a cue of its own is a quotation of its own.
 */
function groupQuotes(
  quotes: QuoteTokens[],
  cues: (SpeakerCue | null)[],
  speech: boolean[],
  opensParagraph: (q: QuoteTokens) => boolean,
): number[][] {
  const groups: number[][] = [];
  quotes.forEach((q, i) => {
    if (!speech[i]) return;
    const prev = groups[groups.length - 1];
    const p = prev?.[prev.length - 1];
    const a = p === undefined ? null : cues[p];
    const b = cues[i];
    // only neighbours: a scare quote in between would have broken the quotation
    const sameParagraph = p === i - 1 && quotes[p]?.lastPara === q.firstPara;
    // a quote with no cue of its own that rests on the same words for the speaker continues the one before,
    // in its paragraph or as the paragraph after ("“A,” said X, an economist.\n“B.”")
    const floating = b?.kind === 'floating';
    const sameWords = floating && a?.mention.first === b.mention.first;
    const nextParagraph =
      floating && p === i - 1 && (quotes[p]?.lastPara ?? -2) + 1 === q.firstPara && opensParagraph(q);
    if (prev && a && b && (sameParagraph || nextParagraph) && (a.cue === b.cue || sameWords)) prev.push(i);
    else groups.push([i]);
  });
  return groups;
}

export function attributeText(text: string): DocumentAttribution {
  const analysis = analyse(text);
  const { tokens } = analysis;
  const quoteTokens: QuoteTokens[] = [];
  const partRanges: [number, number, number][] = [];
  const kept: QuoteSpan[] = [];
  for (const span of findQuotes(text)) {
    cutAtAttribution(text, span, isReportingVerb);
    const first = span.parts[0];
    const last = span.parts[span.parts.length - 1];
    if (!first || !last) continue;
    const open = tokenAtOrAfter(tokens, first.start);
    const close = tokenAtOrAfter(tokens, last.end) - 1;
    if (close < open) continue;
    const q = kept.length;
    for (const p of span.parts)
      partRanges.push([q, tokenAtOrAfter(tokens, p.start), tokenAtOrAfter(tokens, p.end) - 1]);
    kept.push(span);
    quoteTokens.push({ open, close, firstPara: tokens[open]?.para ?? 0, lastPara: tokens[close]?.para ?? 0 });
  }
  const finder = new SpeakerFinder(analysis, quoteTokens, partRanges);
  const speaking = (cue: SpeakerCue | null) => (cue && canSpeak(tokens, cue.mention) ? cue : null);
  // "“A,” X wrote in a statement to Wired explaining why …, “B.”": B goes on with A's attribution
  const continuing = (i: number): SpeakerCue | null => {
    const before = cues[i - 1];
    const prev = quoteTokens[i - 1];
    const q = quoteTokens[i] as QuoteTokens;
    if (!before || !prev || before.kind !== 'after' || prev.lastPara !== q.firstPara) return null;
    for (let k = Math.max(before.cue, before.mention.last) + 1; k < q.open; k++)
      if (/^[.!?]$/.test(tokens[k]?.text ?? '')) return null;
    return before;
  };
  const cues: (SpeakerCue | null)[] = [];
  const namedBefore = new Map<number, Phrase>();
  quoteTokens.forEach((q, i) => {
    const after = speaking(finder.after(q));
    const before = () => speaking(finder.before(q));
    // "Feinstein said “…,” she said": the name before the quote is who the pronoun after it means
    if (after && isSubjectPronoun(tokens[after.mention.first])) {
      const named = before();
      if (named && !isSubjectPronoun(tokens[named.mention.first])) namedBefore.set(i, named.mention);
    }
    cues.push(after ?? continuing(i) ?? before());
  });
  quoteTokens.forEach((q, i) => {
    if (cues[i]) return;
    const floating = speaking(finder.floating(q, (j) => cues[j] ?? null));
    // a verb inside the previous quote's own attribution ("…,” X told Reuters when asked if …. “B.”)
    // is not a new speaker: B goes on with that attribution
    const before = cues[i - 1];
    const prev = quoteTokens[i - 1];
    const inPrevAttribution =
      floating &&
      before &&
      prev &&
      before.kind === 'after' &&
      prev.lastPara === q.firstPara &&
      floating.cue > prev.close &&
      !tokens
        .slice(Math.min(before.cue, floating.cue), Math.max(before.cue, floating.cue))
        .some((t) => /^[.!?]$/.test(t.text));
    cues[i] = inPrevAttribution ? { ...before, kind: 'floating' } : floating;
  });
  const sentenceLast = new Int32Array(tokens.length);
  for (const s of analysis.sentences) sentenceLast.fill(s.last, s.first, s.last + 1);
  const mixedEnds = quoteTokens.map((q, i) => {
    const cue = cues[i];
    if (!cue || kept[i]?.parts.length !== 1) return null;
    const hasOwnCue = (j: number) => !!cues[j] && cues[j]?.kind !== 'floating';
    return mixedQuotationEnd(
      tokens,
      q.open,
      q.close,
      sentenceLast[q.close] ?? q.close,
      cue,
      finder.quoteOf,
      hasOwnCue,
    );
  });
  // a few words quoted inside the speech a cue reports are speech, however short ("saying “of course” she …")
  const speech = kept.map(
    (span, i) => mixedEnds[i] !== null || isSpeech(quoteWords(text, span), cues[i] ?? null),
  );
  const table = new PeopleTable(tokens, (i) => finder.quoteOf[i] !== -1);
  const resolver = new Resolver(tokens, table);
  /** Tokens of mixed quotations past their closing marks: reported speech already. */
  const inMixed = new Uint8Array(tokens.length);
  let mixedUntil = -1;
  const quotations: { group: number[]; lead: number; mixedEnd: number | null }[] = [];
  for (const group of groupQuotes(
    quoteTokens,
    cues,
    speech,
    (q) => tokens[q.open - 1]?.para !== tokens[q.open]?.para,
  )) {
    // a quotation inside the clause of a mixed quotation before it is part of that one
    if ((quoteTokens[group[0] ?? 0]?.open ?? 0) <= mixedUntil) continue;
    const lead = group.find((i) => cues[i]?.kind !== 'floating') ?? group[0] ?? 0;
    const q = quoteTokens[lead] as QuoteTokens;
    const mixedEnd = cues[lead] && group.length === 1 ? (mixedEnds[lead] ?? null) : null;
    if (mixedEnd !== null) {
      mixedUntil = mixedEnd;
      inMixed.fill(1, q.close + 1, mixedEnd + 1);
    }
    quotations.push({ group, lead, mixedEnd });
  }
  const inSpeech = (i: number) => {
    const q = finder.quoteOf[i] ?? -1;
    return (q !== -1 && speech[q] === true) || inMixed[i] === 1;
  };
  const unquoted = new UnquotedSpeechFinder(analysis, finder, inSpeech).find();
  // every speaker's words resolved in text order, so a "he" or "she" can reach whoever spoke before it,
  // quoted or not
  const quotedBy = cues.map((cue, i) => (cue && speech[i] ? (namedBefore.get(i) ?? cue.mention) : null));
  const byMention = new Map<number, Resolution>();
  for (const mention of [...quotedBy, ...unquoted.map((u) => u.cue.mention)]
    .filter((m): m is Phrase => m !== null)
    .sort((a, b) => a.first - b.first)) {
    if (!byMention.has(mention.first)) byMention.set(mention.first, resolver.resolve(mention));
  }
  const speakerOf = (i: number) => {
    const mention = quotedBy[i];
    return mention ? byMention.get(mention.first) : undefined;
  };
  const quotes: Attribution[] = [];
  for (const { group, lead, mixedEnd } of quotations) {
    const cue = cues[lead];
    const parts = group.flatMap((i) => kept[i]?.parts ?? []);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last) continue;
    const mention = cue ? phraseSpan(text, tokens, cue.mention.first, cue.mention.last) : null;
    const speaker = speakerOf(lead);
    if (cue && mixedEnd !== null) {
      const end = tokens[mixedEnd]?.end ?? last.end;
      quotes.push({
        kind: 'indirect',
        quote: text.slice(first.start, end),
        start: first.start,
        end,
        speaker: speaker?.speaker ?? null,
        role: speaker?.role ?? null,
        mention,
        cue: tokens[cue.cue]?.text ?? null,
      });
      continue;
    }
    quotes.push({
      kind: 'direct',
      // Separate quotes credited as one keep an ellipsis between them, so the text never reads as one sentence it isn't.
      quote: group
        .map((i) => (kept[i] ? quoteWords(text, kept[i]).replace(/[,;:]$/, '') : ''))
        .filter(Boolean)
        .join(' … '),
      start: first.start,
      end: last.end,
      speaker: speaker?.speaker ?? null,
      role: speaker?.role ?? null,
      mention,
      cue: cue ? (tokens[cue.cue]?.text ?? null) : null,
      ...(parts.length > 1 ? { parts: parts.map(({ start, end }) => ({ start, end })) } : {}),
    });
  }
  for (const u of unquoted) {
    const span = phraseSpan(text, tokens, u.first, u.last);
    const r = byMention.get(u.cue.mention.first) as Resolution;
    quotes.push({
      kind: u.kind,
      quote: span.text,
      start: span.start,
      end: span.end,
      speaker: r.speaker,
      role: r.role,
      mention: phraseSpan(text, tokens, u.cue.mention.first, u.cue.mention.last),
      cue: tokens[u.cue.cue]?.text ?? null,
    });
  }
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, people: table.people() };
}
