import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  type APIMessage,
  ComponentType,
  InteractionResponseType,
  PermissionFlagsBits,
  TextInputStyle,
} from 'discord-api-types/v10';
import { MEMBER_PERMISSIONS } from '../guilds.ts';
import type {
  InteractionResult,
  InteractOptions,
  MockDiscord,
  OptionValue,
  RecordedRequest,
} from '../index.ts';
import { asShown } from '../localized.ts';
import { type CompletionContext, completions } from './complete.ts';
import { Lines } from './lines.ts';
import { type Definition, helpText, type ParsedCommand, parseCommandLine } from './parse.ts';
import {
  ANSI,
  buttonsOf,
  carriesMessage,
  describeFailure,
  jsonLine,
  pickButton,
  renderChoices,
  renderMessage,
} from './render.ts';

/**
 * The local console of `npm start` without a token: slash commands typed as in Discord's message box,
 * sent through the mock gateway to the real bot, with its replies shown as text (or, with --json, as the
 * REST requests the mock received). Parsing and rendering live next door as pure functions.
 */

type Json = Record<string, unknown>;
type NextLine = () => Promise<string | null>;

export interface ConsoleOptions {
  mock: MockDiscord;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  json: boolean;
  /** Where errors go; process.stderr by default. */
  errors?: NodeJS.WritableStream;
  /** Where the bot's logs go, for the welcome line. */
  logFile?: string;
  /** How long to wait for the bot's first response to an interaction, and for the answer after a defer. */
  firstResponseMs?: number;
  answerMs?: number;
  /** Where files the bot attaches (an export) are saved, so they can be attached again. */
  downloadsDir?: string;
  /** The Discord locale the console user's client has ("de", "es-ES"): the bot answers in it, commands are typed in it. */
  locale?: string;
}

/** What the console user is: a guild member with Manage Server, so `/document` works locally. */
const CONSOLE_USER: InteractOptions = {
  permissions: MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild,
};

const DEFERRALS: readonly number[] = [
  InteractionResponseType.DeferredChannelMessageWithSource,
  InteractionResponseType.DeferredMessageUpdate,
];

/** One console run: what was shown so far, so buttons can be clicked and late answers still printed. */
class ConsoleSession {
  readonly interactive: boolean;
  readonly json: boolean;
  private readonly mock: MockDiscord;
  private readonly output: NodeJS.WritableStream;
  private readonly errors: NodeJS.WritableStream;
  private readonly ansi: boolean;
  readonly firstResponseMs: number;
  private readonly answerMs: number;
  private readonly downloadsDir: string;
  /** Interactions whose answer was shown, by id → the command they belong to; later messages print as they come. */
  private readonly commandOf = new Map<string, string>();
  private readonly handled = new WeakSet<RecordedRequest>();
  private readonly done = new Set<string>();
  private last: { message: APIMessage; command: string } | null = null;
  /** The console's user, with their Discord locale when one was given. */
  readonly user: InteractOptions;

  constructor(options: ConsoleOptions) {
    this.mock = options.mock;
    this.output = options.output;
    this.errors = options.errors ?? process.stderr;
    this.json = options.json;
    this.interactive = (options.input as { isTTY?: boolean }).isTTY === true;
    this.ansi = (options.output as { isTTY?: boolean }).isTTY === true && !options.json;
    this.firstResponseMs = options.firstResponseMs ?? 15_000;
    this.answerMs = options.answerMs ?? 120_000;
    this.downloadsDir = options.downloadsDir ?? join(tmpdir(), 'verbatim-downloads');
    this.user = options.locale ? { ...CONSOLE_USER, locale: options.locale } : CONSOLE_USER;
  }

  get guildId(): string | undefined {
    return this.mock.guilds[0]?.id;
  }

  /** The commands as the user's Discord shows them: in their language. */
  private get definitions(): Definition[] {
    return asShown(this.mock.commands as unknown as Definition[], this.user.locale);
  }

  say(text: string): void {
    if (!this.json) this.output.write(`${text}\n`);
    else this.errors.write(`${text}\n`);
  }

  private complain(text: string): void {
    this.errors.write(`verbatim: ${text}\n`);
  }

  private show(r: RecordedRequest, command: string, label?: string): void {
    this.handled.add(r);
    if (this.json) this.output.write(`${jsonLine(command, r)}\n`);
    if (r.status >= 300 || !r.message) return;
    this.last = { message: r.message, command };
    if (this.json) return;
    this.output.write(`${renderMessage(r.message, { ansi: this.ansi, ...(label ? { label } : {}) })}\n\n`);
  }

  /** Saves the files a bot message carries, as a Discord user would download them, and says where. */
  private async saveAttachments(r: RecordedRequest): Promise<void> {
    for (const attachment of r.status < 300 ? (r.message?.attachments ?? []) : []) {
      try {
        const response = await fetch(attachment.url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        await mkdir(this.downloadsDir, { recursive: true });
        const path = join(this.downloadsDir, basename(attachment.filename));
        await writeFile(path, Buffer.from(await response.arrayBuffer()));
        this.say(`Saved ${attachment.filename} to ${path}`);
      } catch (err) {
        this.complain(`couldn’t save ${attachment.filename}: ${(err as Error).message}`);
      }
    }
  }

  /** Prints messages that arrive after the console stopped waiting for an interaction. */
  readonly onLateRequest = (r: RecordedRequest): void => {
    const id = r.interactionId;
    if (!id || !this.done.has(id) || this.handled.has(r) || !carriesMessage(r)) return;
    this.show(r, this.commandOf.get(id) ?? '', 'later');
  };

  /** Shows what the bot does with an interaction until it answered; returns the modal it opened, if any. */
  private async follow(result: InteractionResult, command: string): Promise<Json | null> {
    this.commandOf.set(result.id, command);
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
          deferred ? this.answerMs : this.firstResponseMs,
          'an answer',
        );
        seen.add(r);
        const type = r.route === 'interaction.callback' ? Number((r.body as Json).type) : null;
        if (carriesMessage(r)) {
          const updated = type === InteractionResponseType.UpdateMessage;
          const label = r.route === 'webhook.followUp' ? 'follow-up' : updated ? 'updated' : undefined;
          this.show(r, command, label);
          await this.saveAttachments(r);
        }
        if (r.status >= 300) {
          this.complain(`the mock rejected the bot’s response to ${command}: ${describeFailure(r)}`);
          if (r.route !== 'webhook.followUp') return null;
          continue;
        }
        if (type !== null && DEFERRALS.includes(type)) {
          deferred = true;
          if (this.interactive && !this.json) {
            const [dim, reset] = this.ansi ? [ANSI.dim, ANSI.reset] : ['', ''];
            this.output.write(`${dim}Verbatim is thinking…${reset}\n`);
          }
          continue;
        }
        if (type === InteractionResponseType.Modal) return (r.body as Json).data as Json;
        return null;
      }
    } catch (err) {
      this.complain(`no answer to ${command}: ${(err as Error).message.split('\n')[0]}`);
      return null;
    } finally {
      this.done.add(result.id);
    }
  }

  private async fillModal(modal: Json, command: string, next: NextLine): Promise<void> {
    const inputs = ((modal.components as Json[] | undefined) ?? []).flatMap((row) =>
      [row.component as Json | undefined, ...((row.components as Json[] | undefined) ?? [])].filter(
        (c): c is Json => c !== undefined && c.type === ComponentType.TextInput,
      ),
    );
    this.say(
      `${String(modal.title ?? 'Form')}${this.interactive ? '' : ' (fields read from the next lines)'}`,
    );
    const fields: Record<string, string> = {};
    for (const field of inputs) {
      const id = String(field.custom_id);
      const label = String(field.label ?? id);
      const paragraph = field.style === TextInputStyle.Paragraph;
      const prefilled = typeof field.value === 'string' ? field.value : '';
      if (this.interactive) {
        const hint = paragraph
          ? ' (several lines; an empty line ends it)'
          : prefilled
            ? ` [${prefilled}]`
            : '';
        this.output.write(`${label}${hint}${field.required ? '' : ' (optional)'}:\n`);
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
    const submitted = await this.mock.submitModal(String(modal.custom_id), fields, this.user);
    await this.follow(submitted, command);
  }

  private async runCommand(parsed: ParsedCommand, next: NextLine): Promise<void> {
    const path = parsed.subcommand ? `${parsed.name} ${parsed.subcommand}` : parsed.name;
    const values: Record<string, OptionValue> = { ...parsed.options };
    for (const option of parsed.files) {
      const file = String(parsed.options[option]);
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (err) {
        const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
        this.complain(`${option}: can’t read ${file}: ${reason}`);
        return;
      }
      values[option] = this.mock.addAttachment(basename(file), contentTypeOf(file), bytes);
    }
    if (parsed.focused !== undefined) {
      const result = await this.mock.sendAutocomplete(path, values, parsed.focused, this.user);
      this.commandOf.set(result.id, parsed.name);
      const choices = await result.choices(this.firstResponseMs);
      this.say(renderChoices(choices));
      return;
    }
    const result = await this.mock.sendCommand(path, values, this.user);
    const modal = await this.follow(result, parsed.name);
    if (modal) await this.fillModal(modal, parsed.name, next);
  }

  private async click(word: string): Promise<boolean> {
    if (!this.last) return false;
    const button = pickButton(word, buttonsOf(this.last.message));
    if (!button) return false;
    if (button.disabled) {
      this.complain(`“${button.label}” is disabled on the last message`);
      return true;
    }
    const result = await this.mock.clickButton(this.last.message, button.customId, this.user);
    await this.follow(result, this.last.command);
    return true;
  }

  /** Handles line number `lineNo`; false when the user asked to quit. */
  async handle(line: string, lineNo: number, next: NextLine): Promise<boolean> {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) return true;
    const word = text.toLowerCase();
    if (word === 'exit' || word === 'quit' || word === '/exit' || word === '/quit') return false;
    if (word === 'help' || word === '/help' || word === '?') {
      this.say(helpText(this.definitions));
      return true;
    }
    const where = this.interactive ? '' : `line ${lineNo}: `;
    if (!text.startsWith('/') && (await this.click(text))) return true;
    if (/^(next|prev|previous|\d+)$/.test(word)) {
      this.complain(`${where}there is no such button on the last message`);
      return true;
    }
    const parsed = parseCommandLine(text, this.definitions, this.guildId);
    try {
      if (parsed.kind === 'error') this.complain(`${where}${parsed.message}`);
      else if (parsed.kind === 'message') {
        const target = { content: parsed.content };
        const result = await this.mock.sendMessageCommand(parsed.name, target, this.user);
        await this.follow(result, parsed.name);
      } else await this.runCommand(parsed, next);
    } catch (err) {
      this.complain(`${where}${(err as Error).message.split('\n')[0]}`);
    }
    return true;
  }
}

type Completion = (err: null | Error, result: [string[], string]) => void;

/** Runs the console until the input ends (or `exit`); see the module comment. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { mock, input, output } = options;
  const session = new ConsoleSession(options);
  const { interactive } = session;
  mock.on('request', session.onLateRequest);

  const completion: CompletionContext = {
    mock,
    guildId: session.guildId,
    user: session.user,
    locale: options.locale,
    firstResponseMs: session.firstResponseMs,
    list: (text) => {
      output.write(`\n${text}\n`);
      rl.prompt(true);
    },
  };
  const complete = (line: string, callback: Completion) =>
    void completions(line, completion).then(
      (result) => callback(null, result),
      () => callback(null, [[], line]),
    );
  const rl = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    historySize: 200,
    ...(interactive ? { completer: complete } : {}),
  });
  const lines = new Lines(rl);

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
    const guild = mock.guilds[0]?.name ?? 'a test server';
    session.say(
      `Verbatim, local console: the bot runs against a mock Discord in “${guild}”. Type help for commands.`,
    );
    if (options.logFile)
      session.say(`Documents you add stay for the next run; logs go to ${options.logFile}.`);
  }
  try {
    for (;;) {
      if (interactive) {
        rl.setPrompt('verbatim> ');
        rl.prompt();
      }
      const line = await lines.next();
      if (line === null) break;
      if (!(await session.handle(line, lines.count, next))) break;
    }
  } finally {
    mock.off('request', session.onLateRequest);
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
