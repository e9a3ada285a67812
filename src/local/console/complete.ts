import { ApplicationCommandType } from 'discord-api-types/v10';
import type { InteractOptions, MockDiscord } from '../index.ts';
import { asShown } from '../localized.ts';
import { type Definition, findDefinition, isGroup, parseCommandLine } from './parse.ts';
import { renderChoices } from './render.ts';

/** What Tab completion needs from the running console. */
export interface CompletionContext {
  mock: MockDiscord;
  guildId: string | undefined;
  /** Who asks the bot for autocomplete choices. */
  user: InteractOptions;
  /** The user's Discord locale: names are completed as it shows them. */
  locale: string | undefined;
  firstResponseMs: number;
  /** Shows a list of several choices above the prompt. */
  list: (text: string) => void;
}

/** Tab: command names, subcommands, option names, or the bot's autocomplete choices for the value typed. */
export async function completions(line: string, ctx: CompletionContext): Promise<[string[], string]> {
  const { mock, guildId } = ctx;
  const defs = asShown(mock.commands as unknown as Definition[], ctx.locale);
  const nameOnly = /^\/(\S*)$/.exec(line);
  if (nameOnly) {
    const chatInput = defs.filter(
      (d) => (d.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput,
    );
    const names = [...new Set(chatInput.map((d) => `/${d.name} `))];
    return [names.filter((n) => n.startsWith(line)), line];
  }
  const parsed = parseCommandLine(`${line}?`, defs, guildId);
  if (parsed.kind === 'command' && parsed.focused !== undefined) {
    const path = parsed.subcommand ? `${parsed.name} ${parsed.subcommand}` : parsed.name;
    const result = await mock.sendAutocomplete(path, parsed.options, parsed.focused, ctx.user);
    const choices = await result.choices(ctx.firstResponseMs);
    const typed = String(parsed.options[parsed.focused] ?? '');
    const values = choices.map((c) => String(c.value));
    if (values.length !== 1) {
      ctx.list(renderChoices(choices));
      return [[], typed];
    }
    return [values, typed];
  }
  // Option names of the command typed so far.
  const word = /(\S*)$/.exec(line)?.[1] ?? '';
  const command = /^\/(\S+)\s+(?:(\S+)\s)?/.exec(line);
  const definition = command
    ? findDefinition(defs, command[1] ?? '', ApplicationCommandType.ChatInput, guildId)
    : undefined;
  if (!definition) return [[], word];
  const subs = (definition.options ?? []).filter(isGroup);
  const scope = subs.length ? subs.find((s) => s.name === command?.[2]) : definition;
  const candidates = scope
    ? (scope.options ?? []).filter((o) => !isGroup(o)).map((o) => `${o.name}: `)
    : subs.map((s) => `${s.name} `);
  return [candidates.filter((c) => c.startsWith(word)), word];
}
