import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
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
import { ASK_PAGE_SIZE, askReply, type Reply } from '../src/discord/render.ts';
import { UserError } from '../src/discord/router.ts';
import type { Library } from '../src/library/library.ts';

const MAX_RESULTS = ASK_PAGE_SIZE * 4;

interface AskSession extends DateFilter {
  question: string;
  guild: string | null;
  hide: boolean;
}

export default defineCommand({
  data: {
    name: 'ask',
    description: 'Ask a question; get the best cited passages from the documents',
    ...localized('ask'),
    options: [
      {
        name: 'question',
        description: 'What you want to know, e.g. what did Peskov say about unity?',
        ...localized('ask.question'),
        type: ApplicationCommandOptionType.String,
        required: true,
        max_length: 500,
      },
      SINCE_OPTION,
      UNTIL_OPTION,
      HIDE_OPTION,
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(_interaction, { question, since, until, hide }, { library, sessions, respond, guild, t }) {
    const state: AskSession = { question, guild, hide: hide ?? false, ...dateFilter(since, until) };
    await respond.send(askPage(t, library, state, await sessions.put(state), 0));
  },

  async button(_interaction, [session = '', page = '0'], { library, sessions, respond, t }) {
    const state = await sessions.get<AskSession>(session);
    if (!state) throw new UserError('ask.expired');
    await respond.update(askPage(t, library, state, session, Number(page) || 0));
  },
});

function askPage(t: Translate, library: Library, state: AskSession, session: string, page: number): Reply {
  const scope = filteredScope(state.guild, state);
  const hits = library.ask(state.question, scope, MAX_RESULTS);
  return withFilterNote(
    askReply(t, state.question, hits, { page, buttonPrefix: `ask:${session}`, ephemeral: state.hide }),
    filterNote(t, state, library.undatedLeftOut(scope)),
  );
}
