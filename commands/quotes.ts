import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { type Context, defineCommand, HIDE_OPTION } from '../src/discord/command.ts';
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
import { DISCORD_LIMITS } from '../src/discord/limits.ts';
import { notice, quotesReply, type Reply } from '../src/discord/render.ts';
import { UserError } from '../src/discord/router.ts';
import { truncate } from '../src/discord/text.ts';
import type { Library } from '../src/library/library.ts';

interface QuotesSession extends DateFilter {
  speaker: string;
  guild: string | null;
  hide: boolean;
}

export default defineCommand({
  data: {
    name: 'quotes',
    description: 'What a person said across the documents',
    ...localized('quotes'),
    options: [
      {
        name: 'speaker',
        description: 'Start typing a name',
        ...localized('quotes.speaker'),
        type: ApplicationCommandOptionType.String,
        required: true,
        autocomplete: true,
        max_length: 100,
      },
      SINCE_OPTION,
      UNTIL_OPTION,
      HIDE_OPTION,
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(_interaction, { speaker, since, until, hide }, { library, sessions, respond, guild, t }) {
    const filter = dateFilter(since, until);
    const name = resolveSpeaker(
      speaker,
      library.speakers({ guild }).map((s) => s.name),
    );
    const state: QuotesSession = { speaker: name, guild, hide: hide ?? false, ...filter };
    await respond.send(quotesPage(t, library, state, await sessions.put(state), 0));
  },

  async autocomplete(interaction, { library, guild, t }) {
    const typed = interaction.options.getFocused();
    const choices = library.speakerChoices(typed, { guild }, DISCORD_LIMITS.autocompleteChoices).map((s) => ({
      name: truncate(choiceText(t, s.name, s.role, s.quotes), DISCORD_LIMITS.choiceName),
      value: truncate(s.name, DISCORD_LIMITS.choiceValue),
    }));
    await interaction.respond(choices);
  },

  async button(_interaction, [session = '', page = '0'], { library, sessions, respond, t }) {
    const state = await sessions.get<QuotesSession>(session);
    if (!state) throw new UserError('quotes.expired');
    await respond.update(quotesPage(t, library, state, session, Number(page) || 0));
  },
});

/** A person's quotes as `/quotes` shows them, for `/quotes` and for the names `/people` lists. */
export async function showQuotes(
  speaker: string,
  { library, sessions, guild, t }: Pick<Context, 'library' | 'sessions' | 'guild' | 't'>,
  { hide }: { hide: boolean },
): Promise<Reply> {
  const state: QuotesSession = { speaker, guild, hide, since: null, until: null };
  return quotesPage(t, library, state, await sessions.put(state), 0);
}

/** An autocomplete choice: "Dmitry Peskov (Kremlin spokesman) · 12 quotes". */
function choiceText(t: Translate, name: string, role: string | null, quotes: number): string {
  const count = t('count.quote', { count: quotes });
  return role
    ? t('quotes.choiceWithRole', { name, role, quotes: count })
    : t('quotes.choice', { name, quotes: count });
}

function quotesPage(
  t: Translate,
  library: Library,
  state: QuotesSession,
  session: string,
  page: number,
): Reply {
  const scope = filteredScope(state.guild, state);
  const quotes = library.quotesBy(state.speaker, scope);
  const note = filterNote(t, state, library.undatedLeftOut(scope));
  if (quotes.length === 0 && note && library.quotesBy(state.speaker, { guild: state.guild }).length > 0)
    return withFilterNote(notice(t('quotes.noneInRange', { name: truncate(state.speaker, 100) })), note);
  return withFilterNote(
    quotesReply(t, state.speaker, quotes, { page, buttonPrefix: `quotes:${session}`, ephemeral: state.hide }),
    note,
  );
}

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
  if (holding.length > 1)
    throw new UserError('quotes.ambiguous', {
      typed: truncate(typed, 100),
      names: holding.slice(0, 5).join(', '),
    });
  return typed;
}
