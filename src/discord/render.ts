import { type APIEmbed, type APIEmbedField, ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import type { CorpusDocument } from '../corpus/types.ts';
import type { AnalysedDocument } from '../document.ts';
import type { DocumentListing } from '../library/library.ts';
import { matchedSpan } from '../search/matched-span.ts';
import type { AskHit, QuoteMatch, SpeakerQuote, WhoSaidAnswer } from '../search/types.ts';
import { quoted } from '../text/quoted.ts';
import { ALTERNATIVE_WINDOW, EXCERPT_WINDOW, QUOTE_WINDOW } from '../text/window.ts';
import type { Translate } from './i18n.ts';
import { DISCORD_LIMITS as L } from './limits.ts';
import { answerLine } from './render-answer.ts';
import { escapeForDiscord, markHighlights, truncate } from './text.ts';

/** A message as the bot sends it: never pings anyone, whatever the document or query contains. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: ActionRow[];
  /** Files attached to the message (an export, a quote card), each with alt text where it is an image. */
  files?: { name: string; attachment: Buffer; description?: string }[];
  flags?: MessageFlags.Ephemeral;
  allowedMentions: { parse: []; repliedUser: false };
}

export interface ActionRow {
  type: ComponentType.ActionRow;
  components: Button[];
}

export interface Button {
  type: ComponentType.Button;
  style: ButtonStyle.Secondary | ButtonStyle.Primary;
  custom_id: string;
  label: string;
  disabled?: boolean;
}

const NO_MENTIONS = { parse: [] as [], repliedUser: false as const };
export const BRAND = 0x5865f2;
const QUIET = 0x99aab5;

/** Who sees a reply: everyone in the channel, or (ephemeral) only the person who asked. */
export interface Visibility {
  ephemeral?: boolean;
}

/** Which page of a paged reply to show, and the custom_id prefix of its page buttons. */
export interface Paging extends Visibility {
  page: number;
  buttonPrefix: string;
}

export function reply(parts: Omit<Reply, 'allowedMentions'>, { ephemeral = false }: Visibility = {}): Reply {
  const message: Reply = { ...parts, allowedMentions: NO_MENTIONS };
  if (message.content !== undefined) message.content = truncate(message.content, L.content);
  if (message.embeds) message.embeds = fitEmbeds(message.embeds);
  if (ephemeral) message.flags = MessageFlags.Ephemeral;
  return message;
}

/** A short, private message: what went wrong and what to do. */
export function notice(text: string): Reply {
  return reply({ content: text }, { ephemeral: true });
}

export interface CitationOptions {
  /** False where the title is already shown next to the citation: the link then reads as the site's name. */
  withTitle?: boolean;
}

/** Where a passage comes from: the title (linked to its source), date and paragraph. */
export function citation(
  doc: CorpusDocument,
  paragraph: number,
  { withTitle = true }: CitationOptions = {},
): string {
  const url = linkable(doc.source);
  const label = withTitle
    ? escapeForDiscord(truncate(doc.title, 120))
    : url && escapeForDiscord(url.hostname);
  const linked = url && label ? `[${label}](<${url.href}>)` : label;
  return [linked, doc.date, `¶ ${paragraph}`].filter(Boolean).join(' · ');
}

/** A source as a link Discord cannot misread: http(s) only, brackets and parentheses percent-encoded. */
function linkable(source: string | null | undefined): URL | undefined {
  if (!source) return undefined;
  try {
    const url = new URL(source);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.href = url.href.replace(/[()<>[\]`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return url;
  } catch {
    return undefined;
  }
}

function speakerLine(t: Translate, match: QuoteMatch): string {
  const speaker = match.attribution?.speaker;
  if (!speaker) return t('whoSaid.notCredited');
  const role = match.attribution?.role ?? match.person?.role;
  return role ? `${speaker}, ${role}` : speaker;
}

function matchText(match: QuoteMatch, max: number): string {
  const { text, highlights } = matchedSpan(match);
  const body = markHighlights(text, highlights, max - 2);
  return quoted(body, match.attribution?.kind);
}

export function whoSaidReply(t: Translate, answer: WhoSaidAnswer, visibility: Visibility = {}): Reply {
  const { best } = answer;
  if (answer.tooShort) return notice(t('whoSaid.tooShort'));
  if (!best) {
    return reply(
      {
        embeds: [
          {
            color: QUIET,
            title: t('whoSaid.noMatchTitle'),
            description: t('whoSaid.noMatch', { query: escapeForDiscord(truncate(answer.query, 300)) }),
          },
        ],
      },
      visibility,
    );
  }
  const fields: APIEmbedField[] = [{ name: t('common.source'), value: citation(best.doc, best.paragraph) }];
  for (const alternative of answer.alternatives) {
    fields.push({
      name: truncate(t('whoSaid.alsoClose', { speaker: speakerLine(t, alternative) }), L.embedFieldName),
      value: `${matchText(alternative, ALTERNATIVE_WINDOW)}\n${citation(alternative.doc, alternative.paragraph)}`,
    });
  }
  const credited = Boolean(best.attribution?.speaker);
  return reply(
    {
      embeds: [
        {
          color: credited ? BRAND : QUIET,
          author: {
            name: truncate(t(credited ? 'whoSaid.author' : 'whoSaid.authorNotCredited'), L.embedAuthorName),
          },
          title: truncate(speakerLine(t, best), L.embedTitle),
          description: matchText(best, QUOTE_WINDOW),
          fields,
          footer: {
            text: credited
              ? t('whoSaid.footer', { percent: Math.round(best.score * 100) })
              : t('whoSaid.footerNotCredited'),
          },
        },
      ],
    },
    visibility,
  );
}

interface Page<T> {
  items: T[];
  /** 0-based, clamped to the pages there are. */
  index: number;
  count: number;
  /** The 1-based number of the page's first item, for numbering. */
  firstNumber: number;
}

/** One page of a list, whatever page number a (possibly stale) button asked for. */
export function pageOf<T>(list: readonly T[], page: number, size: number): Page<T> {
  const count = Math.ceil(list.length / size);
  const index = Math.min(Math.max(page, 0), count - 1);
  return { items: list.slice(index * size, (index + 1) * size), index, count, firstNumber: index * size + 1 };
}

export function pageButtons(t: Translate, prefix: string, page: number, pages: number): ActionRow[] {
  if (pages <= 1) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          custom_id: `${prefix}:${page - 1}`,
          label: t('common.previous'),
          disabled: page <= 0,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          custom_id: `${prefix}:${page + 1}`,
          label: t('common.next'),
          disabled: page >= pages - 1,
        },
      ],
    },
  ];
}

/** "Page 2 of 4 · 11 passages": where a paged reply is, and how much there is in all. */
function pageFooter(t: Translate, shown: Page<unknown>, total: string): string {
  return t('common.page', { page: shown.index + 1, pages: shown.count, total });
}

export const ASK_PAGE_SIZE = 3;

export function askReply(
  t: Translate,
  query: string,
  hits: readonly AskHit[],
  { page, buttonPrefix, ephemeral = false }: Paging,
): Reply {
  if (hits.length === 0) {
    return reply(
      {
        embeds: [
          {
            color: QUIET,
            title: t('ask.nothingFoundTitle'),
            description: t('ask.nothingFound', { query: escapeForDiscord(truncate(query, 300)) }),
          },
        ],
      },
      { ephemeral },
    );
  }
  const shown = pageOf(hits, page, ASK_PAGE_SIZE);
  const fields = shown.items.map((hit, i) => {
    const excerpt = hit.doc.text.slice(hit.passage.start, hit.passage.end);
    const marks = hit.highlights.map((h) => ({
      start: h.start - hit.passage.start,
      end: h.end - hit.passage.start,
    }));
    const number = shown.firstNumber + i;
    const speaker = hit.speaker ? ` — ${escapeForDiscord(hit.speaker)}` : '';
    return {
      name: truncate(`${number}. ${escapeForDiscord(hit.doc.title)}`, L.embedFieldName),
      value: `${markHighlights(excerpt, marks, EXCERPT_WINDOW)}${speaker}\n${citation(hit.doc, hit.paragraph, { withTitle: false })}`,
    };
  });
  return reply(
    {
      embeds: [
        {
          color: BRAND,
          title: truncate(t('ask.title', { query: escapeForDiscord(query) }), L.embedTitle),
          description: answerLine(t, hits),
          fields,
          footer: { text: pageFooter(t, shown, t('count.passage', { count: hits.length })) },
        },
      ],
      components: pageButtons(t, buttonPrefix, shown.index, shown.count),
    },
    { ephemeral },
  );
}

export const QUOTES_PAGE_SIZE = 5;

export function quotesReply(
  t: Translate,
  speaker: string,
  quotes: readonly SpeakerQuote[],
  { page, buttonPrefix, ephemeral = false }: Paging,
): Reply {
  if (quotes.length === 0) {
    return notice(t('common.notQuoted', { speaker: truncate(speaker, 100) }));
  }
  const shown = pageOf(quotes, page, QUOTES_PAGE_SIZE);
  const role = quotes.find((q) => q.attribution.role)?.attribution.role;
  const fields = shown.items.map((q, i) => ({
    name: `${shown.firstNumber + i}. ${t(q.attribution.kind === 'direct' ? 'quotes.quoted' : 'quotes.reported')}`,
    value: `${quoted(escapeForDiscord(truncate(q.attribution.quote, 700)), q.attribution.kind)}\n${citation(q.doc, q.paragraph)}`,
  }));
  return reply(
    {
      embeds: [
        {
          color: BRAND,
          title: truncate(
            role ? `${quotes[0]?.attribution.speaker}, ${role}` : `${quotes[0]?.attribution.speaker}`,
            L.embedTitle,
          ),
          fields,
          footer: { text: pageFooter(t, shown, t('count.quote', { count: quotes.length })) },
        },
      ],
      components: pageButtons(t, buttonPrefix, shown.index, shown.count),
    },
    { ephemeral },
  );
}

export function sourcesReply(
  t: Translate,
  documents: readonly DocumentListing[],
  visibility: Visibility = {},
): Reply {
  if (documents.length === 0) return notice(t('sources.empty'));
  const lines = documents.map(
    (d) =>
      `• **${escapeForDiscord(truncate(d.title, 120))}**${d.date ? ` (${d.date})` : ''} — ${t('count.quote', { count: d.quotes })}, ${t('count.person', { count: d.people })}${d.guild ? '' : ` · ${t('sources.everywhere')}`}`,
  );
  return reply(
    {
      embeds: [
        {
          color: BRAND,
          title: t('sources.title', { n: documents.length }),
          description: joinWithin(t, lines, L.embedDescription - 40, documents.length),
        },
      ],
    },
    visibility,
  );
}

/** Joins lines up to a length, saying how many did not fit. */
export function joinWithin(t: Translate, lines: readonly string[], max: number, total: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > max) break;
    kept.push(line);
    length += line.length + 1;
  }
  const rest = total - kept.length;
  return rest > 0 ? `${kept.join('\n')}\n${t('common.andMore', { n: rest })}` : kept.join('\n');
}

/** `note` says what became of an uploaded page (its article taken, or the whole page kept). */
export function documentAddedReply(
  t: Translate,
  { doc, analysis }: AnalysedDocument,
  note: string | null = null,
): Reply {
  const examples = analysis.quotes
    .filter((q) => q.speaker)
    .slice(0, 3)
    .map((q) => ({
      name: truncate(escapeForDiscord(q.speaker as string), L.embedFieldName),
      value: quoted(escapeForDiscord(truncate(q.quote, 300)), q.kind),
    }));
  const people = analysis.people.map((p) => escapeForDiscord(p.name));
  return reply(
    {
      embeds: [
        {
          color: BRAND,
          title: truncate(t('document.added', { title: escapeForDiscord(doc.title) }), L.embedTitle),
          description: [
            [
              t('count.paragraph', { count: doc.paragraphs.length }),
              t('count.quote', { count: analysis.quotes.length }),
              t('count.person', { count: analysis.people.length }),
            ].join(' · '),
            people.length > 0
              ? t('document.people', { people: truncate(people.join(', '), 900) })
              : t('document.noPeople'),
            t('document.id', { id: doc.id }),
            ...(note ? [escapeForDiscord(note)] : []),
          ].join('\n'),
          fields: examples,
          footer: {
            text: t(examples.length > 0 ? 'document.examples' : 'document.noExamples'),
          },
        },
      ],
    },
    { ephemeral: true },
  );
}

/** Fits embeds into Discord's per-message total, trimming the last fields and descriptions first. */
function fitEmbeds(embeds: APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, L.embedsPerMessage).map((embed) => ({
    ...embed,
    title: embed.title === undefined ? undefined : truncate(embed.title, L.embedTitle),
    description:
      embed.description === undefined ? undefined : truncate(embed.description, L.embedDescription),
    fields: embed.fields?.slice(0, L.embedFields).map((field) => ({
      ...field,
      name: truncate(field.name, L.embedFieldName),
      value: truncate(field.value, L.embedFieldValue),
    })),
  }));
  while (totalLength(fitted) > L.embedTotal) {
    const last = fitted.at(-1) as APIEmbed;
    if (last.fields && last.fields.length > 0) last.fields.pop();
    else if (last.description && last.description.length > 100)
      last.description = truncate(last.description, Math.floor(last.description.length / 2));
    else if (fitted.length > 1) fitted.pop();
    else break;
  }
  return fitted;
}

function totalLength(embeds: readonly APIEmbed[]): number {
  let total = 0;
  for (const e of embeds) {
    total +=
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0);
    for (const f of e.fields ?? []) total += f.name.length + f.value.length;
  }
  return total;
}
