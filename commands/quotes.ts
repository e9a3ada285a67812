import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { defineCommand, HIDE_OPTION } from '../src/discord/command.ts';
import { DISCORD_LIMITS } from '../src/discord/limits.ts';
import { quotesReply } from '../src/discord/render.ts';
import { UserError } from '../src/discord/router.ts';
import { truncate } from '../src/discord/text.ts';
import { count } from '../src/text/count.ts';

interface QuotesSession {
  speaker: string;
  guild: string | null;
  hide: boolean;
}

export default defineCommand({
  data: {
    name: 'quotes',
    description: 'What a person said across the documents',
    options: [
      {
        name: 'speaker',
        description: 'Start typing a name',
        type: ApplicationCommandOptionType.String,
        required: true,
        autocomplete: true,
        max_length: 100,
      },
      HIDE_OPTION,
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(_interaction, { speaker, hide }, { library, sessions, respond, guild }) {
    const scope = { guild };
    const name = resolveSpeaker(
      speaker,
      library.speakers(scope).map((s) => s.name),
    );
    const quotes = library.quotesBy(name, scope);
    const session = await sessions.put({
      speaker: name,
      guild: scope.guild,
      hide: hide ?? false,
    } satisfies QuotesSession);
    await respond.send(
      quotesReply(name, quotes, { page: 0, buttonPrefix: `quotes:${session}`, ephemeral: hide ?? false }),
    );
  },

  async autocomplete(interaction, { library, guild }) {
    const typed = interaction.options.getFocused().trim().toLowerCase();
    const choices = library
      .speakers({ guild })
      .filter((s) => s.name.toLowerCase().includes(typed) || (s.role?.toLowerCase().includes(typed) ?? false))
      .slice(0, DISCORD_LIMITS.autocompleteChoices)
      .map((s) => ({
        name: truncate(
          `${s.name}${s.role ? ` (${s.role})` : ''} · ${count(s.quotes, 'quote')}`,
          DISCORD_LIMITS.choiceName,
        ),
        value: truncate(s.name, DISCORD_LIMITS.choiceValue),
      }));
    await interaction.respond(choices);
  },

  async button(_interaction, [session = '', page = '0'], { library, sessions, respond }) {
    const state = await sessions.get<QuotesSession>(session);
    if (!state) throw new UserError('These results have expired. Run `/quotes` again.');
    const quotes = library.quotesBy(state.speaker, { guild: state.guild });
    await respond.update(
      quotesReply(state.speaker, quotes, {
        page: Number(page) || 0,
        buttonPrefix: `quotes:${session}`,
        ephemeral: state.hide,
      }),
    );
  },
});

/**
 * The person a typed name means, for when it was typed rather than picked from the list: the exact
 * name, else the only one holding every typed word ("putin" → "Vladimir Putin").
 */
export function resolveSpeaker(typed: string, names: readonly string[]): string {
  const wanted = typed.trim().toLowerCase();
  const exact = names.find((name) => name.toLowerCase() === wanted);
  if (exact) return exact;
  const words = wanted.split(/\s+/).filter(Boolean);
  const holding = names.filter((name) => {
    const nameWords = name.toLowerCase().split(/[\s.-]+/);
    return words.every((word) => nameWords.includes(word));
  });
  if (holding.length === 1) return holding[0] as string;
  if (holding.length > 1) {
    throw new UserError(
      `“${truncate(typed, 100)}” could be ${holding.slice(0, 5).join(', ')}. Pick one from the list as you type.`,
    );
  }
  return typed;
}
