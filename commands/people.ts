import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { defineCommand, HIDE_OPTION } from '../src/discord/command.ts';
import { PEOPLE_PAGE_SIZE, peopleReply } from '../src/discord/render-readers.ts';
import { UserError } from '../src/discord/router.ts';
import { showQuotes } from './quotes.ts';

const TEXT = {
  expired: 'This list has expired. Run `/people` again.',
  gone: 'That person is no longer quoted here. Run `/people` again.',
} as const;

interface PeopleSession {
  guild: string | null;
  hide: boolean;
}

export default defineCommand({
  data: {
    name: 'people',
    description: 'The most quoted people in the documents, with their roles and counts',
    options: [
      {
        name: 'page',
        description: `Which page of ${PEOPLE_PAGE_SIZE} to show first`,
        type: ApplicationCommandOptionType.Integer,
        min_value: 1,
        max_value: 1000,
      },
      HIDE_OPTION,
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(_interaction, { page, hide }, { library, sessions, respond, guild }) {
    const state: PeopleSession = { guild, hide: hide ?? false };
    const session = await sessions.put(state);
    await respond.send(
      peopleReply(library.speakers({ guild }), {
        page: (page ?? 1) - 1,
        buttonPrefix: `people:${session}`,
        ephemeral: state.hide,
      }),
    );
  },

  async button(_interaction, [session = '', page = '0', action, index], ctx) {
    const state = await ctx.sessions.get<PeopleSession>(session);
    if (!state) throw new UserError(TEXT.expired);
    const people = ctx.library.speakers({ guild: state.guild });
    if (action === 'quotes') {
      const person = people[Number(index)];
      if (!person) throw new UserError(TEXT.gone);
      // A new message, so the list stays where it was; only the person who asked sees it.
      await ctx.respond.send(await showQuotes(person.name, { ...ctx, guild: state.guild }, true));
      return;
    }
    await ctx.respond.update(
      peopleReply(people, {
        page: Number(page) || 0,
        buttonPrefix: `people:${session}`,
        ephemeral: state.hide,
      }),
    );
  },
});
