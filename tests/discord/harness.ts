import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIMessage } from 'discord.js';
import { PermissionFlagsBits } from 'discord.js';
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import type { AdmissionLimits } from '../../src/discord/admission.ts';
import { type Bot, startBot } from '../../src/discord/bot.ts';
import type { Command } from '../../src/discord/command.ts';
import { definitions, loadCommands } from '../../src/discord/registry.ts';
import { Library } from '../../src/library/library.ts';
import { MEMBER_PERMISSIONS } from '../../src/local/guilds.ts';
import {
  type InteractOptions,
  type MockDiscord,
  type MockDiscordOptions,
  type RecordedRequest,
  startMockDiscord,
} from '../../src/local/index.ts';

export interface Harness {
  mock: MockDiscord;
  bot: Bot;
  library: Library;
  dataDir: string;
  /** The first guild (where interactions happen by default) and a second one. */
  guildA: string;
  guildB: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  mock?: MockDiscordOptions;
  ackAfterMs?: number;
  /** When the bot defers on arrival and when it says "busy". */
  admission?: AdmissionLimits;
  /** Replace the library the bot sees (e.g. a wrapper that fails). */
  wrapLibrary?: (library: Library) => Library;
  /** Replace commands (e.g. a slowed handler). */
  wrapCommands?: (commands: Command[]) => Command[];
}

const MODERATOR = MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild;

/** A member with Manage Server, as the `/document` commands need. */
export const moderator: InteractOptions = { roles: ['Moderator'] };

let loaded: Promise<Command[]> | undefined;

/** The real bot, with the real commands and a library on a temp data dir, logged into a fresh mock. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'verbatim-e2e-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_COMMANDS: '1000',
    MAX_DOCUMENT_BYTES: '50000',
    ...options.env,
  });
  const library = await Library.open({ dataDir });
  const mock = await startMockDiscord({
    interactionDeadlineMs: 1500,
    guilds: [
      {
        name: 'Alpha',
        channels: [{ name: 'general' }],
        roles: [{ name: 'Moderator', permissions: MODERATOR }],
      },
      {
        name: 'Beta',
        channels: [{ name: 'general' }],
        roles: [{ name: 'Moderator', permissions: MODERATOR }],
      },
    ],
    ...options.mock,
  });
  let bot: Bot | undefined;
  try {
    loaded ??= loadCommands();
    const commands = options.wrapCommands ? options.wrapCommands(await loaded) : await loaded;
    bot = await startBot(
      {
        commands,
        library: options.wrapLibrary ? options.wrapLibrary(library) : library,
        config,
        logger: pino({ level: 'silent' }),
        restApi: mock.restUrl,
        ...(options.ackAfterMs !== undefined ? { ackAfterMs: options.ackAfterMs } : {}),
        ...(options.admission ? { admission: options.admission } : {}),
      },
      'e2e-token',
    );
    const application = bot.client.application;
    if (!application) throw new Error('the client has no application');
    const body = definitions(commands) as never;
    await application.commands.set(body);
    for (const guild of mock.guilds) await application.commands.set(body, guild.id);
  } catch (err) {
    await bot?.stop();
    await mock.close();
    await library.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const started = bot;
  return {
    mock,
    bot: started,
    library,
    dataDir,
    guildA: mock.guilds[0]?.id as string,
    guildB: mock.guilds[1]?.id as string,
    async close() {
      await started.stop();
      await mock.close();
      await library.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type Json = Record<string, unknown>;

/** Everything a user reads in a message: content, embed author, title, description, fields, footer. */
export function textOf(message: APIMessage): string {
  const parts = [message.content];
  for (const e of message.embeds ?? []) {
    parts.push(e.author?.name ?? '', e.title ?? '', e.description ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
    parts.push(e.footer?.text ?? '');
  }
  return parts.filter(Boolean).join('\n');
}

export const isEphemeral = (message: APIMessage) => ((message.flags ?? 0) & 64) === 64;

/** The message body of a request that carries one (reply, update, edit, follow-up), else undefined. */
export function messageBody(r: RecordedRequest): Json | undefined {
  const body = r.body as Json;
  if (r.route === 'interaction.callback')
    return [4, 7].includes(Number(body.type)) ? (body.data as Json) : undefined;
  if (r.route === 'webhook.editMessage' && r.method === 'PATCH') return body;
  if (r.route === 'webhook.followUp' || r.route === 'channel.createMessage') return body;
  return undefined;
}

/** Labels of a message's buttons. */
export function buttons(
  message: APIMessage,
): Array<{ custom_id: string; label: string; disabled?: boolean }> {
  return (message.components ?? []).flatMap(
    (row) =>
      ((row as unknown as Json).components as Array<{
        custom_id: string;
        label: string;
        disabled?: boolean;
      }>) ?? [],
  );
}
