import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { type APIEmbed, type APIMessage, PermissionFlagsBits } from 'discord.js';
import { MEMBER_PERMISSIONS } from './guilds.ts';
import type {
  InteractionResult,
  InteractOptions,
  MockDiscord,
  OptionValue,
  RecordedRequest,
} from './index.ts';

/**
 * The local console of `npm start` without a token: slash commands typed as in Discord's message box,
 * sent through the mock gateway to the real bot, with its replies shown as text (or, with --json, as the
 * REST requests the mock received). The parsing and rendering are pure functions, tested without I/O.
 */

type Json = Record<string, unknown>;

/** Option types of Discord's command definitions, as far as the console reads them. */
const OptionType = {
  Subcommand: 1,
  SubcommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  Number: 10,
  Attachment: 11,
} as const;

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

const isGroup = (o: Definition) => o.type === OptionType.Subcommand || o.type === OptionType.SubcommandGroup;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The registered command `name` of `type` (1 chat input, 3 message), preferring the guild's copy. */
export function findDefinition(
  commands: readonly Definition[],
  name: string,
  type = 1,
  guildId?: string,
): Definition | undefined {
  const candidates = commands.filter(
    (c) => c.name.toLowerCase() === name.toLowerCase() && (c.type ?? 1) === type,
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
    .filter((c) => c.type === 3)
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
  const definition = findDefinition(commands, name, 1, guildId);
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
    const implicit = known.find((o) => o.required) ?? known.find((o) => o.type === OptionType.String);
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
    if (option.type === OptionType.Attachment) parsed.files.push(option.name);
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
    case OptionType.Boolean: {
      const v = value.toLowerCase();
      if (['true', 'yes', 'y', 'on', '1'].includes(v)) return true;
      if (['false', 'no', 'n', 'off', '0'].includes(v)) return false;
      return { error: `${option.name}: must be true or false, got “${value}”` };
    }
    case OptionType.Integer:
      if (!/^[-+]?\d+$/.test(value))
        return { error: `${option.name}: must be a whole number, got “${value}”` };
      return Number(value);
    case OptionType.Number: {
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
    case OptionType.Boolean:
      return 'true|false';
    case OptionType.Integer:
    case OptionType.Number:
      return 'number';
    case OptionType.Attachment:
      return 'file path';
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
    const key = `${command.type ?? 1}:${command.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if ((command.type ?? 1) === 3) {
      lines.push(`  ${command.name} <message text>  — message menu command`);
      continue;
    }
    if ((command.type ?? 1) !== 1) continue;
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

// ───────────────────────────── rendering ─────────────────────────────

const ANSI = { bold: '\x1b[1m', unbold: '\x1b[22m', dim: '\x1b[2m', undim: '\x1b[22m', reset: '\x1b[0m' };

/**
 * Discord Markdown as terminal text: `**bold**` in ANSI bold (or plain), escapes and masked links
 * undone, so what Discord would show is what the console shows.
 */
export function markdownToText(text: string, ansi: boolean): string {
  let out = '';
  let bold = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length && /[\\*_`~|>#[\]()\-.:<@!]/.test(text[i + 1] as string)) {
      out += text[++i];
    } else if (c === '*' && text[i + 1] === '*') {
      bold = !bold;
      if (ansi) out += bold ? ANSI.bold : ANSI.unbold;
      i++;
    } else {
      out += c;
    }
  }
  if (ansi && bold) out += ANSI.unbold;
  // [title](<https://…>) → title <https://…>; zero-width spaces that defuse mentions are invisible anyway.
  return out.replace(/\[([^\]]+)\]\(<?(https?:\/\/[^)>\s]+)>?\)/g, '$1 <$2>');
}

/** One button on a message, numbered in reading order. */
export interface ButtonInfo {
  index: number;
  customId: string;
  label: string;
  disabled: boolean;
}

/** The clickable buttons of a message, numbered from 1. */
export function buttonsOf(message: Pick<APIMessage, 'components'>): ButtonInfo[] {
  const buttons: ButtonInfo[] = [];
  for (const row of (message.components ?? []) as unknown as Json[]) {
    for (const component of (row.components as Json[] | undefined) ?? []) {
      if (component.type !== 2 || typeof component.custom_id !== 'string') continue;
      buttons.push({
        index: buttons.length + 1,
        customId: component.custom_id,
        label: String(component.label ?? component.custom_id),
        disabled: component.disabled === true,
      });
    }
  }
  return buttons;
}

/** Which button `word` (next, prev, or a number) means on a message with `buttons`. */
export function pickButton(word: string, buttons: readonly ButtonInfo[]): ButtonInfo | undefined {
  const w = word.trim().toLowerCase();
  if (/^\d+$/.test(w)) return buttons.find((b) => b.index === Number(w));
  if (w === 'next' || w === 'n') return buttons.find((b) => /next/i.test(b.label));
  if (w === 'prev' || w === 'previous' || w === 'p' || w === 'back')
    return buttons.find((b) => /prev/i.test(b.label));
  return undefined;
}

export interface RenderOptions {
  ansi: boolean;
  ephemeral?: boolean;
  /** "edited", "update", "follow-up": how the message reached the user. */
  label?: string;
}

/** A bot message as readable text: content, embeds (author, title, description, fields, footer) and buttons. */
export function renderMessage(
  message: Pick<APIMessage, 'content' | 'embeds' | 'components' | 'flags'>,
  options: RenderOptions,
): string {
  const { ansi } = options;
  const md = (s: string) => markdownToText(s, ansi);
  const bold = (s: string) => (ansi ? `${ANSI.bold}${s}${ANSI.unbold}` : s);
  const dim = (s: string) => (ansi ? `${ANSI.dim}${s}${ANSI.undim}` : s);
  const ephemeral = options.ephemeral ?? Boolean((message.flags ?? 0) & 64);
  const lines: string[] = [];
  const tags = [ephemeral ? '(only you)' : '', options.label ? `(${options.label})` : ''].filter(Boolean);
  if (tags.length) lines.push(dim(tags.join(' ')));
  if (message.content) lines.push(md(message.content));
  for (const embed of (message.embeds ?? []) as APIEmbed[]) {
    const block: string[] = [];
    if (embed.author?.name) block.push(dim(md(embed.author.name)));
    if (embed.title) block.push(bold(md(embed.title)));
    if (embed.description) block.push(md(embed.description));
    for (const field of embed.fields ?? []) {
      block.push(bold(md(field.name)));
      block.push(
        ...md(field.value)
          .split('\n')
          .map((l) => `  ${l}`),
      );
    }
    if (embed.footer?.text) block.push(dim(`— ${md(embed.footer.text)}`));
    lines.push(...block.flatMap((l) => l.split('\n')).map((l) => `│ ${l}`));
  }
  const buttons = buttonsOf(message);
  if (buttons.length) {
    lines.push(
      buttons
        .map((b) => {
          const text = `[${b.index}] ${b.label}`;
          return b.disabled ? dim(ansi ? text : `${text} (off)`) : text;
        })
        .join('  '),
    );
  }
  return lines.join('\n');
}

/** Autocomplete choices as a numbered list. */
export function renderChoices(choices: ReadonlyArray<{ name: string; value: string | number }>): string {
  if (choices.length === 0) return 'No choices.';
  return choices
    .map((c, i) => `  ${i + 1}. ${c.name}${String(c.value) !== c.name ? `  → ${c.value}` : ''}`)
    .join('\n');
}

/** Whether a request carries a message the user sees: a reply or update callback, an edit, a follow-up. */
export function carriesMessage(r: Pick<RecordedRequest, 'route' | 'method' | 'body'>): boolean {
  if (r.route === 'interaction.callback') return [4, 7].includes(Number((r.body as Json | undefined)?.type));
  return (r.route === 'webhook.editMessage' && r.method === 'PATCH') || r.route === 'webhook.followUp';
}

/** The --json line for a message-carrying request, exactly as the mock received it. */
export function jsonLine(command: string, r: Pick<RecordedRequest, 'method' | 'path' | 'body'>): string {
  return JSON.stringify({ command, method: r.method, path: r.path, body: r.body });
}

/** A Discord error response in a line: "50035 Invalid Form Body". */
function describeFailure(r: RecordedRequest): string {
  const body = r.response as { code?: number; message?: string } | undefined;
  return `${r.method} ${r.path} → HTTP ${r.status}${body?.code !== undefined ? ` (${body.code} ${body.message ?? ''})` : ''}`;
}

// ───────────────────────────── the console ─────────────────────────────

export interface ConsoleOptions {
  mock: MockDiscord;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  json: boolean;
  /** Where errors go; process.stderr by default. */
  errors?: NodeJS.WritableStream;
  /** How long to wait for the bot's first response to an interaction, and for the answer after a defer. */
  firstResponseMs?: number;
  answerMs?: number;
}

/** Lines from the input, one at a time, whatever asks for them (the command prompt or a modal's fields). */
class Lines {
  private readonly queue: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private ended = false;
  /** How many lines were read so far (the number of the last one). */
  count = 0;

  constructor(rl: Interface) {
    rl.on('line', (line) => {
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = null;
        resolve(line);
      } else this.queue.push(line);
    });
    rl.on('close', () => {
      this.ended = true;
      this.waiting?.(null);
      this.waiting = null;
    });
  }

  async next(): Promise<string | null> {
    const queued = this.queue.shift();
    const line =
      queued ??
      (this.ended
        ? null
        : await new Promise<string | null>((resolve) => {
            this.waiting = resolve;
          }));
    if (line !== null) this.count++;
    return line;
  }
}

/** What the console user is: a guild member with Manage Server, so `/document` works locally. */
const CONSOLE_USER: InteractOptions = {
  permissions: MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild,
};

/** Runs the console until the input ends (or `exit`); see the module comment. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { mock, input, output, json } = options;
  const errors = options.errors ?? process.stderr;
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const ansi = (output as { isTTY?: boolean }).isTTY === true && !json;
  const firstResponseMs = options.firstResponseMs ?? 15_000;
  const answerMs = options.answerMs ?? 120_000;
  const guildId = mock.guilds[0]?.id;
  const definitions = () => mock.commands as unknown as Definition[];

  const say = (text: string) => {
    if (!json) output.write(`${text}\n`);
    else errors.write(`${text}\n`);
  };
  const complain = (text: string) => errors.write(`verbatim: ${text}\n`);

  /** Interactions whose answer was shown, by id → the command they belong to; later messages print as they come. */
  const commandOf = new Map<string, string>();
  const handled = new WeakSet<RecordedRequest>();
  const done = new Set<string>();
  let last: { message: APIMessage; command: string } | null = null;

  const show = (r: RecordedRequest, command: string, label?: string) => {
    handled.add(r);
    if (json) output.write(`${jsonLine(command, r)}\n`);
    if (r.status >= 300 || !r.message) return;
    last = { message: r.message, command };
    if (json) return;
    output.write(`${renderMessage(r.message, { ansi, ...(label ? { label } : {}) })}\n\n`);
  };
  const onLateRequest = (r: RecordedRequest) => {
    if (!r.interactionId || !done.has(r.interactionId) || handled.has(r) || !carriesMessage(r)) return;
    show(r, commandOf.get(r.interactionId) ?? '', 'later');
  };
  mock.on('request', onLateRequest);

  /** Shows what the bot does with an interaction until it answered; returns the modal it opened, if any. */
  async function follow(result: InteractionResult, command: string): Promise<Json | null> {
    commandOf.set(result.id, command);
    const relevant = (r: RecordedRequest) =>
      r.route === 'interaction.callback' ||
      r.route === 'webhook.editMessage' ||
      r.route === 'webhook.followUp';
    const seen = new Set<RecordedRequest>();
    let deferred = false;
    try {
      for (;;) {
        const r = await result.waitFor(
          (x) => relevant(x) && !seen.has(x),
          deferred ? answerMs : firstResponseMs,
          'an answer',
        );
        seen.add(r);
        const type = r.route === 'interaction.callback' ? Number((r.body as Json).type) : null;
        if (carriesMessage(r)) {
          const label = r.route === 'webhook.followUp' ? 'follow-up' : type === 7 ? 'updated' : undefined;
          show(r, command, label);
        }
        if (r.status >= 300) {
          complain(`the mock rejected the bot’s response to ${command}: ${describeFailure(r)}`);
          if (r.route !== 'webhook.followUp') return null;
          continue;
        }
        if (type === 5 || type === 6) {
          deferred = true;
          if (interactive && !json)
            output.write(`${ansi ? ANSI.dim : ''}Verbatim is thinking…${ansi ? ANSI.reset : ''}\n`);
          continue;
        }
        if (type === 9) return (r.body as Json).data as Json;
        return null;
      }
    } catch (err) {
      complain(`no answer to ${command}: ${(err as Error).message.split('\n')[0]}`);
      return null;
    } finally {
      done.add(result.id);
    }
  }

  async function fillModal(modal: Json, command: string, next: () => Promise<string | null>): Promise<void> {
    const inputs = ((modal.components as Json[] | undefined) ?? []).flatMap((row) =>
      [row.component as Json | undefined, ...((row.components as Json[] | undefined) ?? [])].filter(
        (c): c is Json => c !== undefined && c.type === 4,
      ),
    );
    say(`${String(modal.title ?? 'Form')}${interactive ? '' : ' (fields read from the next lines)'}`);
    const fields: Record<string, string> = {};
    for (const field of inputs) {
      const id = String(field.custom_id);
      const label = String(field.label ?? id);
      const paragraph = field.style === 2;
      const prefilled = typeof field.value === 'string' ? field.value : '';
      if (interactive) {
        const hint = paragraph
          ? ' (several lines; an empty line ends it)'
          : prefilled
            ? ` [${prefilled}]`
            : '';
        output.write(`${label}${hint}${field.required ? '' : ' (optional)'}:\n`);
      }
      let value: string;
      if (paragraph) {
        const lines: string[] = [];
        for (let line = await next(); line !== null && line.trim() !== ''; line = await next())
          lines.push(line);
        value = lines.join('\n');
      } else {
        value = (await next()) ?? '';
        if (value.trim() === '' && prefilled) value = prefilled;
      }
      fields[id] = value;
    }
    const submitted = await mock.submitModal(String(modal.custom_id), fields, CONSOLE_USER);
    await follow(submitted, command);
  }

  async function runCommand(parsed: ParsedCommand, next: () => Promise<string | null>): Promise<void> {
    const path = parsed.subcommand ? `${parsed.name} ${parsed.subcommand}` : parsed.name;
    const values: Record<string, OptionValue> = { ...parsed.options };
    for (const option of parsed.files) {
      const file = String(parsed.options[option]);
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (err) {
        complain(
          `${option}: can’t read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
        );
        return;
      }
      values[option] = mock.addAttachment(basename(file), contentTypeOf(file), bytes);
    }
    if (parsed.focused !== undefined) {
      const result = await mock.sendAutocomplete(path, values, parsed.focused, CONSOLE_USER);
      commandOf.set(result.id, parsed.name);
      const choices = await result.choices(firstResponseMs);
      say(renderChoices(choices));
      return;
    }
    const result = await mock.sendCommand(path, values, CONSOLE_USER);
    const modal = await follow(result, parsed.name);
    if (modal) await fillModal(modal, parsed.name, next);
  }

  async function click(word: string): Promise<boolean> {
    if (!last) return false;
    const button = pickButton(word, buttonsOf(last.message));
    if (!button) return false;
    if (button.disabled) {
      complain(`“${button.label}” is disabled on the last message`);
      return true;
    }
    const result = await mock.clickButton(last.message, button.customId, CONSOLE_USER);
    await follow(result, last.command);
    return true;
  }

  /** Handles one line; false when the user asked to quit. */
  async function handle(line: string, next: () => Promise<string | null>): Promise<boolean> {
    const lineNo = lines.count;
    const text = line.trim();
    if (text === '' || text.startsWith('#')) return true;
    const word = text.toLowerCase();
    if (word === 'exit' || word === 'quit' || word === '/exit' || word === '/quit') return false;
    if (word === 'help' || word === '/help' || word === '?') {
      say(helpText(definitions()));
      return true;
    }
    const where = interactive ? '' : `line ${lineNo}: `;
    if (!text.startsWith('/') && (await click(text))) return true;
    if (/^(next|prev|previous|\d+)$/.test(word)) {
      complain(`${where}there is no such button on the last message`);
      return true;
    }
    const parsed = parseCommandLine(text, definitions(), guildId);
    try {
      if (parsed.kind === 'error') complain(`${where}${parsed.message}`);
      else if (parsed.kind === 'message') {
        const result = await mock.sendMessageCommand(parsed.name, { content: parsed.content }, CONSOLE_USER);
        await follow(result, parsed.name);
      } else await runCommand(parsed, next);
    } catch (err) {
      complain(`${where}${(err as Error).message.split('\n')[0]}`);
    }
    return true;
  }

  const rl = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    historySize: 200,
    ...(interactive
      ? { completer: (line: string, callback: Completion) => void complete(line, callback) }
      : {}),
  });
  const lines = new Lines(rl);

  type Completion = (err: null | Error, result: [string[], string]) => void;
  /** Tab: command names, subcommands, option names, or the bot's autocomplete choices for the value typed. */
  async function complete(line: string, callback: Completion): Promise<void> {
    try {
      callback(null, await completions(line));
    } catch {
      callback(null, [[], line]);
    }
  }
  async function completions(line: string): Promise<[string[], string]> {
    const defs = definitions();
    const nameOnly = /^\/(\S*)$/.exec(line);
    if (nameOnly) {
      const names = [...new Set(defs.filter((d) => (d.type ?? 1) === 1).map((d) => `/${d.name} `))];
      return [names.filter((n) => n.startsWith(line)), line];
    }
    const parsed = parseCommandLine(`${line}?`, defs, guildId);
    if (parsed.kind === 'command' && parsed.focused !== undefined) {
      const path = parsed.subcommand ? `${parsed.name} ${parsed.subcommand}` : parsed.name;
      const result = await mock.sendAutocomplete(path, parsed.options, parsed.focused, CONSOLE_USER);
      const choices = await result.choices(firstResponseMs);
      const typed = String(parsed.options[parsed.focused] ?? '');
      const values = choices.map((c) => String(c.value));
      if (values.length !== 1) {
        output.write(`\n${renderChoices(choices)}\n`);
        rl.prompt(true);
        return [[], typed];
      }
      return [values, typed];
    }
    // Option names of the command typed so far.
    const word = /(\S*)$/.exec(line)?.[1] ?? '';
    const command = /^\/(\S+)\s+(?:(\S+)\s)?/.exec(line);
    const definition = command ? findDefinition(defs, command[1] ?? '', 1, guildId) : undefined;
    if (!definition) return [[], word];
    const subs = (definition.options ?? []).filter(isGroup);
    const scope = subs.length ? subs.find((s) => s.name === command?.[2]) : definition;
    const candidates = scope
      ? (scope.options ?? []).filter((o) => !isGroup(o)).map((o) => `${o.name}: `)
      : subs.map((s) => `${s.name} `);
    return [candidates.filter((c) => c.startsWith(word)), word];
  }

  const PROMPT = 'verbatim> ';
  const next = () => {
    if (interactive) {
      rl.setPrompt('… ');
      rl.prompt();
    }
    return lines.next();
  };
  if (interactive) {
    rl.on('SIGINT', () => {
      if (rl.line) {
        (rl as unknown as { line: string }).line = '';
        output.write('\n');
        rl.prompt();
      } else rl.close();
    });
    say(
      `Verbatim, local console: the bot runs against a mock Discord in “${mock.guilds[0]?.name ?? 'a test server'}”. Type help for commands.`,
    );
  }
  try {
    for (;;) {
      if (interactive) {
        rl.setPrompt(PROMPT);
        rl.prompt();
      }
      const line = await lines.next();
      if (line === null) break;
      if (!(await handle(line, next))) break;
    }
  } finally {
    mock.off('request', onLateRequest);
    rl.close();
    if (interactive) output.write('\n');
  }
}

function contentTypeOf(file: string): string {
  switch (extname(file).toLowerCase()) {
    case '.txt':
      return 'text/plain; charset=utf-8';
    case '.md':
    case '.markdown':
      return 'text/markdown; charset=utf-8';
    case '.html':
    case '.htm':
      return 'text/html; charset=utf-8';
    case '.pdf':
      return 'application/pdf';
    default:
      return 'application/octet-stream';
  }
}
