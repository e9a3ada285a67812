import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { defineCommand, HIDE_OPTION } from '../src/discord/command.ts';
import { ASK_PAGE_SIZE, askReply } from '../src/discord/render.ts';
import { UserError } from '../src/discord/router.ts';

const MAX_RESULTS = ASK_PAGE_SIZE * 4;

interface AskSession {
  question: string;
  guild: string | null;
  hide: boolean;
}

export default defineCommand({
  data: {
    name: 'ask',
    description: 'Ask a question; get the best cited passages from the documents',
    options: [
      {
        name: 'question',
        description: 'What you want to know, e.g. what did Peskov say about unity?',
        type: ApplicationCommandOptionType.String,
        required: true,
        max_length: 500,
      },
      HIDE_OPTION,
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(_interaction, { question, hide }, { library, sessions, respond, guild }) {
    const scope = { guild };
    const hits = library.ask(question, scope, MAX_RESULTS);
    const session = await sessions.put({
      question,
      guild: scope.guild,
      hide: hide ?? false,
    } satisfies AskSession);
    await respond.send(
      askReply(question, hits, { page: 0, buttonPrefix: `ask:${session}`, ephemeral: hide ?? false }),
    );
  },

  async button(_interaction, [session = '', page = '0'], { library, sessions, respond }) {
    const state = await sessions.get<AskSession>(session);
    if (!state) throw new UserError('These results have expired. Run `/ask` again.');
    const hits = library.ask(state.question, { guild: state.guild }, MAX_RESULTS);
    await respond.update(
      askReply(state.question, hits, {
        page: Number(page) || 0,
        buttonPrefix: `ask:${session}`,
        ephemeral: state.hide,
      }),
    );
  },
});
