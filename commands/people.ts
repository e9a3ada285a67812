import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { defineCommand, HIDE_OPTION } from '../src/discord/command.ts';
import { localized } from '../src/discord/i18n.ts';
import { PEOPLE_PAGE_SIZE, peopleReply } from '../src/discord/render-readers.ts';
import { UserError } from '../src/discord/router.ts';
import { showQuotes } from './quotes.ts';

interface PeopleSession {
  guild: string | null;
  hide: boolean;
}

export default defineCommand({
  data: {
    name: 'people',
    description: 'The most quoted people in the documents, with their roles and counts',
    ...localized('people'),
    options: [
      {
        name: 'page',
        description: `Which page of ${PEOPLE_PAGE_SIZE} to show first`,
        ...localized('people.page', { size: PEOPLE_PAGE_SIZE }),
        type: ApplicationCommandOptionType.Integer,
        min_value: 1,
        max_value: 1000,
      },
      HIDE_OPTION,
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(_interaction, { page, hide }, { library, sessions, respond, guild, t }) {
    const state: PeopleSession = { guild, hide: hide ?? false };
    const session = await sessions.put(state);
    await respond.send(
      peopleReply(t, library.speakers({ guild }), {
        page: (page ?? 1) - 1,
        buttonPrefix: `people:${session}`,
        ephemeral: state.hide,
      }),
    );
  },

  async button(_interaction, [session = '', page = '0', action, index], ctx) {
    const state = await ctx.sessions.get<PeopleSession>(session);
    if (!state) throw new UserError('people.expired');
    const people = ctx.library.speakers({ guild: state.guild });
    if (action === 'quotes') {
      const person = people[Number(index)];
      if (!person) throw new UserError('people.gone');
      // A new message, so the list stays where it was; only the person who asked sees it.
      await ctx.respond.send(await showQuotes(person.name, { ...ctx, guild: state.guild }, { hide: true }));
      return;
    }
    await ctx.respond.update(
      peopleReply(ctx.t, people, {
        page: Number(page) || 0,
        buttonPrefix: `people:${session}`,
        ephemeral: state.hide,
      }),
    );
  },
});
