import { ButtonStyle, ComponentType } from 'discord.js';
import type { QuoteCard } from '../cards/card.ts';
import type { SpeakerQuote, SpeakerSummary } from '../search/types.ts';
import { quoted } from '../text/quoted.ts';
import type { Translate } from './i18n.ts';
import { DISCORD_LIMITS as L } from './limits.ts';
import {
  type ActionRow,
  BRAND,
  citation,
  notice,
  type Paging,
  pageButtons,
  pageOf,
  type Reply,
  reply,
  type Visibility,
} from './render.ts';
import { escapeForDiscord, truncate } from './text.ts';

/** Why there is no quote to show: nobody quoted at all, not this speaker, or not within the dates. */
export type NoQuoteReason = 'empty' | 'speaker' | 'dates';

export function noQuoteReply(t: Translate, reason: NoQuoteReason, speaker: string | null): Reply {
  if (reason === 'speaker' && speaker)
    return notice(t('common.notQuoted', { speaker: truncate(speaker, 100) }));
  return notice(t(reason === 'dates' ? 'random.noneInRange' : 'common.nobodyQuoted'));
}

/** One quote as `/who-said` shows its answer: speaker and role, the whole quote, the citation. */
export function quoteEmbedReply(
  t: Translate,
  quote: SpeakerQuote,
  {
    total,
    anotherId,
    daily = false,
    ephemeral = false,
  }: { total: number; anotherId?: string; daily?: boolean; ephemeral?: boolean },
): Reply {
  const { attribution } = quote;
  const speaker = escapeForDiscord(attribution.speaker ?? '');
  const components: ActionRow[] = anotherId
    ? [
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.Button,
              style: ButtonStyle.Primary,
              custom_id: anotherId,
              label: t('random.another'),
            },
          ],
        },
      ]
    : [];
  return reply(
    {
      embeds: [
        {
          color: BRAND,
          author: { name: t(daily ? 'random.dailyAuthor' : 'random.author') },
          title: truncate(
            attribution.role ? `${speaker}, ${escapeForDiscord(attribution.role)}` : speaker,
            L.embedTitle,
          ),
          description: quoted(escapeForDiscord(truncate(attribution.quote, 3500)), attribution.kind),
          fields: [{ name: t('common.source'), value: citation(quote.doc, quote.paragraph) }],
          footer: { text: t('random.footer', { quotes: t('count.quote', { count: total }) }) },
        },
      ],
      components,
    },
    { ephemeral },
  );
}

export const PEOPLE_PAGE_SIZE = 10;

/** The most quoted people, one page, with a button per name (its `/quotes`) and the paging buttons. */
export function peopleReply(
  t: Translate,
  people: readonly SpeakerSummary[],
  { page, buttonPrefix, ephemeral = false }: Paging,
): Reply {
  if (people.length === 0) return notice(t('common.nobodyQuoted'));
  const shown = pageOf(people, page, PEOPLE_PAGE_SIZE);
  const lines = shown.items.map((p, i) => {
    const line = {
      n: shown.firstNumber + i,
      name: escapeForDiscord(p.name),
      quotes: t('count.quote', { count: p.quotes }),
      documents: t('count.document', { count: p.documents }),
    };
    return p.role
      ? t('people.lineWithRole', { ...line, role: escapeForDiscord(truncate(p.role, 80)) })
      : t('people.line', line);
  });
  const nameButtons: ActionRow[] = [];
  shown.items.forEach((p, i) => {
    if (i % L.buttonsPerRow === 0) nameButtons.push({ type: ComponentType.ActionRow, components: [] });
    nameButtons.at(-1)?.components.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: `${buttonPrefix}:${shown.index}:quotes:${shown.firstNumber - 1 + i}`,
      label: truncate(p.name, L.buttonLabel),
    });
  });
  return reply(
    {
      embeds: [
        {
          color: BRAND,
          title: t('people.title'),
          description: lines.join('\n'),
          footer: {
            text: t('people.footer', {
              page: shown.index + 1,
              pages: shown.count,
              people: t('count.person', { count: people.length }),
            }),
          },
        },
      ],
      components: [...nameButtons, ...pageButtons(t, buttonPrefix, shown.index, shown.count)],
    },
    { ephemeral },
  );
}

/** Adds the "Quote card" button to a reply: beside its other buttons when the last row has room. */
export function withCardButton(t: Translate, message: Reply, customId: string): Reply {
  const button = {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: customId,
    label: t('card.button'),
  } as const;
  const rows = message.components ?? [];
  const last = rows.at(-1);
  if (last && last.components.length < L.buttonsPerRow)
    return {
      ...message,
      components: [...rows.slice(0, -1), { ...last, components: [...last.components, button] }],
    };
  return { ...message, components: [...rows, { type: ComponentType.ActionRow, components: [button] }] };
}

/**
 * A quote card as a message of its own: the image, described in words for those who cannot see it
 * (the label in the reader's language, the quote as it was said).
 */
export function quoteCardReply(
  t: Translate,
  png: Buffer,
  card: QuoteCard,
  visibility: Visibility = {},
): Reply {
  const description = truncate(
    t('card.description', { speaker: card.speaker, quote: card.quote }),
    L.attachmentDescription,
  );
  return reply({ files: [{ name: 'quote-card.png', attachment: png, description }] }, visibility);
}

/** The quote a card button names is gone (removed, or re-analysed since). */
export function cardGoneReply(t: Translate): Reply {
  return notice(t('card.gone'));
}
