import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { cardButtonId, sendQuoteCard } from '../src/discord/cards.ts';
import { defineCommand, HIDE_OPTION } from '../src/discord/command.ts';
import {
  dateFilter,
  filteredScope,
  filterNote,
  SINCE_OPTION,
  UNTIL_OPTION,
  withFilterNote,
} from '../src/discord/dates.ts';
import { localized } from '../src/discord/i18n.ts';
import { whoSaidReply } from '../src/discord/render.ts';
import { withCardButton } from '../src/discord/render-readers.ts';

export default defineCommand({
  data: {
    name: 'who-said',
    description: 'Find who said a quote: paste a few words of it, typos are fine',
    ...localized('who-said'),
    options: [
      {
        name: 'quote',
        description: 'Part of the quote, as you remember it',
        ...localized('who-said.quote'),
        type: ApplicationCommandOptionType.String,
        required: true,
        max_length: 1000,
      },
      SINCE_OPTION,
      UNTIL_OPTION,
      HIDE_OPTION,
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(_interaction, { quote, since, until, hide }, { library, respond, guild, t }) {
    const filter = dateFilter(since, until);
    const scope = filteredScope(guild, filter);
    const answer = library.whoSaid(quote, scope);
    const note = filterNote(t, filter, library.undatedLeftOut(scope));
    const shown = whoSaidReply(t, answer, { ephemeral: hide ?? false });
    const { best } = answer;
    // A card names who said it: none for words nobody is credited with.
    const withCard = best?.attribution?.speaker
      ? withCardButton(t, shown, cardButtonId('who-said', { doc: best.doc, attribution: best.attribution }))
      : shown;
    await respond.send(withFilterNote(withCard, note));
  },

  // The answer's only button: its quote card.
  button: (interaction, [, ...quote], ctx) => sendQuoteCard(interaction, quote, ctx),
});
