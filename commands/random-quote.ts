import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { CARD_ACTION, cardButtonId, sendQuoteCard } from '../src/discord/cards.ts';
import { defineCommand, HIDE_OPTION } from '../src/discord/command.ts';
import {
  type DateFilter,
  dateFilter,
  filteredScope,
  filterNote,
  SINCE_OPTION,
  UNTIL_OPTION,
  withFilterNote,
} from '../src/discord/dates.ts';
import { localized, type Translate } from '../src/discord/i18n.ts';
import { RecentlyShown } from '../src/discord/recent.ts';
import type { Reply } from '../src/discord/render.ts';
import { noQuoteReply, quoteEmbedReply, withCardButton } from '../src/discord/render-readers.ts';
import { UserError } from '../src/discord/router.ts';
import type { Library } from '../src/library/library.ts';
import { quoteKey } from '../src/search/speaker-queries.ts';
import quotes, { resolveSpeaker } from './quotes.ts';

/** "No repeat within the last few" for a channel: this many quotes are kept out while others remain. */
const NO_REPEAT = 5;
const recent = new RecentlyShown(NO_REPEAT);

interface RandomSession extends DateFilter {
  speaker: string | null;
  guild: string | null;
  hide: boolean;
}

export default defineCommand({
  data: {
    name: 'random-quote',
    description: 'A random quote from the documents, with who said it and where',
    ...localized('random-quote'),
    options: [
      {
        name: 'speaker',
        description: 'Only quotes by this person: start typing a name',
        ...localized('random-quote.speaker'),
        type: ApplicationCommandOptionType.String,
        autocomplete: true,
        max_length: 100,
      },
      SINCE_OPTION,
      UNTIL_OPTION,
      HIDE_OPTION,
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(interaction, { speaker, since, until, hide }, { library, sessions, respond, guild, t }) {
    const filter = dateFilter(since, until);
    const name = speaker
      ? resolveSpeaker(
          speaker,
          library.speakers({ guild }).map((s) => s.name),
        )
      : null;
    const state: RandomSession = { speaker: name, guild, hide: hide ?? false, ...filter };
    await respond.send(pick(t, library, state, await sessions.put(state), interaction.channelId));
  },

  // The same names as /quotes offers.
  autocomplete: quotes.autocomplete,

  async button(interaction, [session = '', ...quote], ctx) {
    if (session === CARD_ACTION) return sendQuoteCard(interaction, quote, ctx);
    const { library, sessions, respond, t } = ctx;
    const state = await sessions.get<RandomSession>(session);
    if (!state) throw new UserError('random.expired');
    await respond.update(pick(t, library, state, session, interaction.channelId));
  },
});

function pick(t: Translate, library: Library, state: RandomSession, session: string, channel: string): Reply {
  const scope = filteredScope(state.guild, state);
  const note = filterNote(t, state, library.undatedLeftOut(scope));
  const { quote, total } = library.randomQuote(scope, { speaker: state.speaker, avoid: recent.get(channel) });
  if (!quote) {
    const inAnyDates = library.randomQuote({ guild: state.guild }, { speaker: state.speaker }).quote;
    const reason = inAnyDates ? 'dates' : state.speaker ? 'speaker' : 'empty';
    return withFilterNote(noQuoteReply(t, reason, state.speaker), note);
  }
  recent.add(channel, quoteKey(quote));
  const shown = quoteEmbedReply(t, quote, {
    total,
    anotherId: `random-quote:${session}`,
    ephemeral: state.hide,
  });
  return withFilterNote(withCardButton(t, shown, cardButtonId('random-quote', quote)), note);
}
