import type { Attribution } from '../attribution/types.ts';
import type { ImportReport } from '../library/exchange.ts';
import type { DocumentListing } from '../library/library.ts';
import { answerOf } from '../search/ask.ts';
import { matchedSpan } from '../search/matched-span.ts';
import type { AskHit, QuoteMatch, Range, WhoSaidAnswer } from '../search/types.ts';
import { answerLine } from '../text/answer-line.ts';
import { count } from '../text/count.ts';
import { quoted } from '../text/quoted.ts';
import { mergeRanges, wholeWords } from '../text/ranges.ts';
import { EXCERPT_WINDOW, excerpt, QUOTE_WINDOW } from '../text/window.ts';
import { relativeTo, type Shown } from './json.ts';

/** Marks ranges of `text` (offsets relative to it) with brackets a terminal shows plainly. */
export function mark(text: string, ranges: readonly Range[], open = '[', close = ']'): string {
  let out = '';
  let at = 0;
  // Only spaces between two matched words: a terminal shows them as one bracketed phrase.
  for (const { start, end } of mergeRanges(text, wholeWords(text, ranges), /^\s*$/)) {
    if (start < at) continue;
    out += text.slice(at, start) + open + text.slice(start, end) + close;
    at = end;
  }
  return out + text.slice(at);
}

function citation(match: { doc: QuoteMatch['doc']; paragraph: number }): string {
  const date = match.doc.date ? `, ${match.doc.date}` : '';
  return `${match.doc.title}${date}, paragraph ${match.paragraph}`;
}

function quoteLines(match: QuoteMatch, { full = false }: Shown): string[] {
  const span = matchedSpan(match);
  const inText = span.highlights.filter((h) => h.start >= 0 && h.end <= span.text.length);
  const { text, ranges: relative } = excerpt(span.text, inText, QUOTE_WINDOW, full);
  const speaker = match.attribution?.speaker;
  const role = match.attribution?.role ?? match.person?.role;
  const who = speaker
    ? `${speaker}${role ? `, ${role}` : ''}`
    : 'nobody: the text is in the corpus but not credited';
  return [quoted(mark(text, relative), match.attribution?.kind), `  — ${who}`, `  ${citation(match)}`];
}

export function whoSaidText(answer: WhoSaidAnswer, shown: Shown = {}): string {
  if (answer.tooShort) return `“${answer.query}” is too short to find a quote by: give a few words of it.`;
  if (!answer.best) return `No match for “${answer.query}”: those words are in no document.`;
  const lines = quoteLines(answer.best, shown);
  for (const alternative of answer.alternatives) {
    lines.push('', 'Also close:', ...quoteLines(alternative, shown).map((line) => `  ${line}`));
  }
  return lines.join('\n');
}

export function askText(query: string, hits: readonly AskHit[], { full = false }: Shown = {}): string {
  if (hits.length === 0) return `Nothing in the corpus answers “${query}”.`;
  const answer = answerOf(hits);
  const plain = (text: string) => text;
  const answerLines = answer ? [answerLine(answer, 'en', { name: plain, text: plain })] : [];
  const passages = hits.map((hit, i) => {
    const passage = hit.doc.text.slice(hit.passage.start, hit.passage.end);
    const shown = excerpt(passage, relativeTo(hit), EXCERPT_WINDOW, full);
    const speaker = hit.speaker ? ` (${hit.speaker})` : '';
    return `${i + 1}. ${mark(shown.text, shown.ranges)}\n   ${citation(hit)}${speaker}`;
  });
  return [...answerLines, ...passages].join('\n\n');
}

export function quotesText(file: string, quotes: readonly Attribution[]): string {
  const lines = [`${file}: ${count(quotes.length, 'quote')}`];
  for (const q of quotes)
    lines.push(`  ${quoted(q.quote, q.kind)} — ${q.speaker ?? 'unknown'}${q.role ? `, ${q.role}` : ''}`);
  return lines.join('\n');
}

export function documentsText(documents: readonly DocumentListing[]): string {
  if (documents.length === 0) return 'No documents.';
  return documents
    .map(
      (d) =>
        `${d.id}  ${d.title}${d.date ? ` (${d.date})` : ''} — ${count(d.paragraphs, 'paragraph')}, ${count(d.quotes, 'quote')}, ${count(d.people, 'person', 'people')}${d.guild ? `, guild ${d.guild}` : ''}`,
    )
    .join('\n');
}

/** What an import did: counts, then one line per document not added. */
export function importReportText(report: ImportReport): string {
  const lines = [
    `Imported: ${report.added.length} added, ${report.duplicates.length} skipped as duplicates, ${report.refused.length} refused.`,
  ];
  if (report.recomputed > 0) {
    lines.push(
      `Attributions recomputed for ${count(report.recomputed, 'document')}: the file's differed from this version's.`,
    );
  }
  for (const d of report.duplicates) lines.push(`  duplicate: ${d.id} “${d.title}” is already in the corpus`);
  for (const r of report.refused)
    lines.push(`  refused: document ${r.position}${r.title ? ` “${r.title}”` : ''}: ${r.reason}`);
  return lines.join('\n');
}
