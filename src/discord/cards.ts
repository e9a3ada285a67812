import { type ButtonInteraction, MessageFlags } from 'discord.js';
import type { Attribution } from '../attribution/types.ts';
import { quoteCardOf, renderQuoteCard } from '../cards/card.ts';
import type { Context } from './command.ts';
import { cardGoneReply, quoteCardReply } from './render-readers.ts';

/** The action word of a "Quote card" button's custom_id, after the command's name. */
export const CARD_ACTION = 'card';

/**
 * A card button names its quote by document and offset, not by a session: the card can be made
 * after a restart, by any process, for as long as the document is there.
 */
export function cardButtonId(
  command: string,
  quote: { doc: { id: string }; attribution: Attribution },
): string {
  return `${command}:${CARD_ACTION}:${quote.doc.id}:${quote.attribution.start}`;
}

/** Answers a "Quote card" press with the card as an image, seen by whoever could see the message it is on. */
export async function sendQuoteCard(
  interaction: ButtonInteraction,
  [documentId = '', start = '']: string[],
  { library, respond, guild, t }: Context,
): Promise<void> {
  const quote = library.quoteAt(documentId, Number(start), { guild });
  const card = quote && quoteCardOf(quote);
  if (!card) {
    await respond.send(cardGoneReply(t));
    return;
  }
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  await respond.send(quoteCardReply(t, await renderQuoteCard(card), card, { ephemeral }));
}
