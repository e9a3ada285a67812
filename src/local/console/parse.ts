import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';

/**
 * The console's parser: a line typed as in Discord's message box, read against the registered command
 * definitions. Pure functions, tested without I/O.
 */

/** A registered command or option definition (what `mock.commands` holds). */
export interface Definition {
  name: string;
  type?: number;
  description?: string;
  required?: boolean;
  autocomplete?: boolean;
  max_length?: number;
  options?: Definition[];
  guild_id?: string;
}

/** A chat-input command line, parsed against the registered definitions. */
export interface ParsedCommand {
  kind: 'command';
  name: string;
  /** "add" or "group sub"; null for a command without subcommands. */
  subcommand: string | null;
  /** Option values coerced to their declared types; attachment options hold the file path as typed. */
  options: Record<string, string | number | boolean>;
  /** Options of attachment type (their values are local file paths). */
  files: string[];
  /** Set when the line ended in `?` on an autocomplete option: list choices instead of running. */
  focused?: string;
}

/** A message context-menu command: `Who said this? some text`. */
export interface ParsedMessageCommand {
  kind: 'message';
  name: string;
  content: string;
}

export type ParseResult = ParsedCommand | ParsedMessageCommand | { kind: 'error'; message: string };

export const isGroup = (o: Definition) =>
  o.type === ApplicationCommandOptionType.Subcommand ||
  o.type === ApplicationCommandOptionType.SubcommandGroup;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The registered command `name` of `type`, preferring the guild's copy. */
export function findDefinition(
  commands: readonly Definition[],
  name: string,
  type: ApplicationCommandType = ApplicationCommandType.ChatInput,
  guildId?: string,
): Definition | undefined {
  const candidates = commands.filter(
    (c) =>
      c.name.toLowerCase() === name.toLowerCase() && (c.type ?? ApplicationCommandType.ChatInput) === type,
  );
  return candidates.find((c) => c.guild_id === guildId) ?? candidates[0];
}

/**
 * Parses `/name[ sub] opt: value opt2: value` as typed in Discord's message box. A value runs until the
 * next ` known-option:`; text before the first option goes to the first required option. A message
 * command is written as its name followed by the message text.
 */
export function parseCommandLine(
  line: string,
  commands: readonly Definition[],
  guildId?: string,
): ParseResult {
  const text = line.trim();
  const messageCommand = commands
    .filter((c) => c.type === ApplicationCommandType.Message)
    .sort((a, b) => b.name.length - a.name.length)
    .find((c) => text.toLowerCase().startsWith(c.name.toLowerCase()));
  if (messageCommand && !text.startsWith('/')) {
    const content = text
      .slice(messageCommand.name.length)
      .replace(/^\s*:?\s*/, '')
      .trim();
    if (!content) return error(`“${messageCommand.name}” needs the message text after it.`);
    return { kind: 'message', name: messageCommand.name, content };
  }
  if (!text.startsWith('/')) return error('commands start with “/”; type help to list them');
  const [, name = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
  if (!name) return error('type a command name after “/”; type help to list them');
  const definition = findDefinition(commands, name, ApplicationCommandType.ChatInput, guildId);
  if (!definition) return error(`unknown command /${name}; type help to list them`);

  let scope = definition;
  let remaining = rest;
  const path: string[] = [];
  while ((scope.options ?? []).some(isGroup)) {
    const [, word = '', after = ''] = /^(\S*)\s*([\s\S]*)$/.exec(remaining) ?? [];
    const choices = (scope.options ?? []).filter(isGroup);
    const chosen = choices.find((o) => o.name === word.toLowerCase());
    if (!chosen) {
      const names = choices.map((o) => o.name).join(', ');
      const where = [`/${definition.name}`, ...path].join(' ');
      return error(
        word
          ? `${where} has no subcommand “${word}” (try ${names})`
          : `${where} needs a subcommand: ${names}`,
      );
    }
    path.push(chosen.name);
    scope = chosen;
    remaining = after;
  }
  const usage = [`/${definition.name}`, ...path].join(' ');
  const known = (scope.options ?? []).filter((o) => !isGroup(o));

  // Split the rest at each " known-option:" (Discord's message box writes them as "name:" too).
  const marker = known.length
    ? new RegExp(`(?:^|\\s)(${known.map((o) => escapeRegExp(o.name)).join('|')}):`, 'gi')
    : null;
  const found = marker ? [...remaining.matchAll(marker)] : [];
  const raw: Array<[Definition, string]> = [];
  const leading = remaining.slice(0, found[0]?.index ?? remaining.length).trim();
  if (leading) {
    const implicit =
      known.find((o) => o.required) ?? known.find((o) => o.type === ApplicationCommandOptionType.String);
    if (known.length === 0) return error(`${usage} takes no options, but got “${leading}”`);
    if (!implicit)
      return error(`write an option name before “${leading}” (${usage} ${describeOptions(known)})`);
    if (found.length > 0 && known.length > 1) {
      return error(`write “${implicit.name}:” before “${leading}” (${usage} ${describeOptions(known)})`);
    }
    raw.push([implicit, leading]);
  }
  found.forEach((match, i) => {
    const option = known.find((o) => o.name.toLowerCase() === (match[1] ?? '').toLowerCase()) as Definition;
    const start = (match.index ?? 0) + match[0].length;
    const end = found[i + 1]?.index ?? remaining.length;
    raw.push([option, remaining.slice(start, end).trim()]);
  });

  const parsed: ParsedCommand = {
    kind: 'command',
    name: definition.name,
    subcommand: path.length ? path.join(' ') : null,
    options: {},
    files: [],
  };
  for (const [index, [option, value]] of raw.entries()) {
    if (option.name in parsed.options) return error(`${option.name}: is given twice`);
    let text = value;
    if (index === raw.length - 1 && option.autocomplete && text.endsWith('?')) {
      parsed.focused = option.name;
      text = text.slice(0, -1).trim();
      parsed.options[option.name] = text;
      continue;
    }
    const coerced = coerce(option, text);
    if (typeof coerced === 'object') return error(coerced.error);
    parsed.options[option.name] = coerced;
    if (option.type === ApplicationCommandOptionType.Attachment) parsed.files.push(option.name);
  }
  if (parsed.focused === undefined) {
    const missing = known.find((o) => o.required && !(o.name in parsed.options));
    if (missing) return error(`${usage} needs ${missing.name}: (${usage} ${describeOptions(known)})`);
  }
  return parsed;
}

function error(message: string): { kind: 'error'; message: string } {
  return { kind: 'error', message };
}

/** A typed option value in its declared type, or why it can't be one. */
export function coerce(option: Definition, value: string): string | number | boolean | { error: string } {
  if (value === '') return { error: `${option.name}: has no value` };
  switch (option.type) {
    case ApplicationCommandOptionType.Boolean: {
      const v = value.toLowerCase();
      if (['true', 'yes', 'y', 'on', '1'].includes(v)) return true;
      if (['false', 'no', 'n', 'off', '0'].includes(v)) return false;
      return { error: `${option.name}: must be true or false, got “${value}”` };
    }
    case ApplicationCommandOptionType.Integer:
      if (!/^[-+]?\d+$/.test(value))
        return { error: `${option.name}: must be a whole number, got “${value}”` };
      return Number(value);
    case ApplicationCommandOptionType.Number: {
      const n = Number(value);
      if (!Number.isFinite(n)) return { error: `${option.name}: must be a number, got “${value}”` };
      return n;
    }
    default:
      if (option.max_length !== undefined && value.length > option.max_length) {
        return { error: `${option.name}: is ${value.length} characters; the limit is ${option.max_length}` };
      }
      return value;
  }
}

function placeholder(option: Definition): string {
  switch (option.type) {
    case ApplicationCommandOptionType.Boolean:
      return 'true|false';
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      return 'number';
    case ApplicationCommandOptionType.Attachment:
      return 'file path';
    case ApplicationCommandOptionType.Channel:
      return '#channel';
    default:
      return 'text';
  }
}

function describeOptions(options: readonly Definition[]): string {
  return options
    .map((o) => (o.required ? `${o.name}: <${placeholder(o)}>` : `[${o.name}: <${placeholder(o)}>]`))
    .join(' ');
}

/** The help text: every registered command with its options, then the console's own words. */
export function helpText(commands: readonly Definition[]): string {
  const lines = [
    'Commands (as in Discord’s message box; Tab or a trailing “?” lists choices where Discord would):',
  ];
  const seen = new Set<string>();
  for (const command of commands) {
    const type = command.type ?? ApplicationCommandType.ChatInput;
    const key = `${type}:${command.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (type === ApplicationCommandType.Message) {
      lines.push(`  ${command.name} <message text>  — message menu command`);
      continue;
    }
    if (type !== ApplicationCommandType.ChatInput) continue;
    const subs = (command.options ?? []).filter(isGroup);
    if (subs.length === 0) {
      const options = describeOptions(command.options ?? []);
      lines.push(`  /${command.name}${options ? ` ${options}` : ''}  — ${command.description ?? ''}`);
    }
    for (const sub of subs) {
      const options = describeOptions(sub.options ?? []);
      lines.push(`  /${command.name} ${sub.name}${options ? ` ${options}` : ''}  — ${sub.description ?? ''}`);
    }
  }
  lines.push(
    'Console:',
    '  next, prev, or a button’s number  — click a button on the last message',
    '  help  — this list;  exit (or Ctrl-D)  — quit',
  );
  return lines.join('\n');
}
