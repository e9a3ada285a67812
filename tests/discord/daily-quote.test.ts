import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type Bot, type ShardPlan, startBot } from '../../src/discord/bot.ts';
import { definitions, loadCommands } from '../../src/discord/registry.ts';
import { Library } from '../../src/library/library.ts';
import { MEMBER_PERMISSIONS } from '../../src/local/guilds.ts';
import { type MockDiscord, type RecordedRequest, startMockDiscord } from '../../src/local/index.ts';
import { freshDatabase, postgresUrl } from '../postgres/databases.ts';
import { moderator, textOf } from './harness.ts';

const MODERATOR = MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild;

/** A clock the test moves; the bots read the time from it. */
class Clock {
  private at: Date;
  constructor(iso: string) {
    this.at = new Date(iso);
  }
  set(iso: string): void {
    this.at = new Date(iso);
  }
  readonly now = (): Date => this.at;
}

interface RunningBot {
  bot: Bot;
  library: Library;
  logs: Array<{ level: number; msg: string; channel?: string; code?: number }>;
  stop(): Promise<void>;
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-daily-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function startMock(shards = 1, preferredLocale?: string): Promise<MockDiscord> {
  const mock = await startMockDiscord({
    shards,
    guilds: [
      {
        name: 'Alpha',
        ...(preferredLocale ? { preferredLocale } : {}),
        channels: [{ name: 'general' }, { name: 'news' }],
        roles: [{ name: 'Moderator', permissions: MODERATOR }],
      },
    ],
  });
  cleanups.push(() => mock.close());
  return mock;
}

/** The real bot with the real commands, its checks every 20 ms on `clock`, its log kept for the test. */
async function startOn(
  mock: MockDiscord,
  clock: Clock,
  store: { dataDir: string; databaseUrl?: string },
  shards?: ShardPlan,
): Promise<RunningBot> {
  const library = await Library.open({ ...store, databaseUrl: store.databaseUrl ?? null });
  const logs: RunningBot['logs'] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const commands = await loadCommands();
  const bot = await startBot(
    {
      commands,
      library,
      config: loadConfig({ DATA_DIR: store.dataDir, LOG_LEVEL: 'info', RATE_LIMIT_COMMANDS: '1000' }),
      logger,
      restApi: mock.restUrl,
      now: clock.now,
      dailyQuoteCheckMs: 20,
      ...(shards ? { shards } : {}),
    },
    'daily-token',
  );
  await bot.client.application?.commands.set(definitions(commands) as never, mock.guilds[0]?.id as string);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await bot.stop();
    await library.close();
  };
  cleanups.push(stop);
  return { bot, library, logs, stop };
}

const news = (mock: MockDiscord) => mock.guilds[0]?.channels[1]?.id as string;
const posts = (mock: MockDiscord, status = 200): RecordedRequest[] =>
  mock.requests.filter((r) => r.route === 'channel.createMessage' && r.status === status);

/** Whether an embed's title names one of the people quoted in the server's corpus ("Name" or "Name, role"). */
function namesAQuotedPerson(library: Library, guild: string, title: string | undefined): boolean {
  return library.speakers({ guild }).some((s) => title === s.name || title?.startsWith(`${s.name}, `));
}

async function setDaily(mock: MockDiscord, options: Record<string, string>) {
  return (await mock.sendCommand('settings daily-quote set', options, moderator)).reply();
}

describe('the quote of the day through the mock Discord, on a test clock', () => {
  it('posts one quote in the channel at its time, and not again that day, even after a restart', async () => {
    const mock = await startMock();
    const clock = new Clock('2030-03-04T08:58:00Z');
    const dataDir = tempDir();
    const first = await startOn(mock, clock, { dataDir });

    const set = await setDaily(mock, { channel: news(mock), time: '9:00' });
    expect(textOf(set)).toContain(
      `A quote of the day will be posted in <#${news(mock)}> every day at 09:00 UTC, the first on 2030-03-04.`,
    );
    await first.bot.dailyQuotes.check();
    expect(posts(mock)).toHaveLength(0);

    clock.set('2030-03-04T09:00:00Z');
    const posted = await mock.waitFor(
      (r) => r.route === 'channel.createMessage',
      2000,
      'the quote of the day',
    );
    expect(posted.path).toBe(`/channels/${news(mock)}/messages`);
    const embed = posted.message?.embeds[0];
    expect(embed?.author?.name).toBe('Quote of the day');
    expect(namesAQuotedPerson(first.library, mock.guilds[0]?.id as string, embed?.title)).toBe(true);
    expect(embed?.fields?.[0]?.value).toMatch(/¶ \d+/);
    // the post offers a quote card like /random-quote does, and pressing it sends one
    const message = posted.message;
    if (!message) throw new Error('the post carries no message');
    const card = JSON.stringify(message.components).match(/"custom_id":"(random-quote:card:[^"]+)"/)?.[1];
    expect(card).toBeDefined();
    const pressed = await (await mock.clickButton(message, card as string)).reply();
    expect(pressed.attachments.map((a) => a.filename)).toEqual(['quote-card.png']);
    await first.bot.dailyQuotes.check();
    expect(posts(mock)).toHaveLength(1);

    await first.stop();
    clock.set('2030-03-04T09:30:00Z');
    const second = await startOn(mock, clock, { dataDir });
    await second.bot.dailyQuotes.check();
    expect(posts(mock)).toHaveLength(1);
    const shown = await (await mock.sendCommand('settings show', {}, moderator)).reply();
    expect(textOf(shown)).toContain(
      `Quote of the day\n<#${news(mock)}>, every day at 09:00 UTC\nNext on 2030-03-05, last posted on 2030-03-04`,
    );

    clock.set('2030-03-05T08:59:59Z');
    await second.bot.dailyQuotes.check();
    expect(posts(mock)).toHaveLength(1);
    clock.set('2030-03-05T09:00:10Z');
    await second.bot.dailyQuotes.check();
    expect(posts(mock)).toHaveLength(2);
  });

  const backends = [
    { name: 'SQLite file', store: async () => ({ shared: tempDir() }) },
    ...(postgresUrl ? [{ name: 'PostgreSQL', store: async () => ({ url: await freshDatabase() }) }] : []),
  ];
  it.each(backends)('two bot processes sharing one store ($name) post it once', async ({ store }) => {
    const mock = await startMock(2);
    const clock = new Clock('2030-03-04T07:00:00Z');
    const place = await store();
    // Each process serves one shard of two, as in a sharded deployment; both read every schedule.
    const bots = [];
    for (const shard of [0, 1]) {
      const where =
        'url' in place ? { dataDir: tempDir(), databaseUrl: place.url } : { dataDir: place.shared };
      bots.push(await startOn(mock, clock, where, { count: 2, ids: [shard] }));
    }
    await setDaily(mock, { channel: news(mock), time: '07:30' });

    clock.set('2030-03-04T07:30:00Z');
    // Both processes' timers race as well as these checks.
    await Promise.all(bots.flatMap(({ bot }) => [bot.dailyQuotes.check(), bot.dailyQuotes.check()]));
    await mock.waitFor((r) => r.route === 'channel.createMessage', 2000, 'the quote of the day');
    await Promise.all(bots.map(({ bot }) => bot.dailyQuotes.check()));
    expect(posts(mock)).toHaveLength(1);

    clock.set('2030-03-05T07:31:00Z');
    await Promise.all(bots.map(({ bot }) => bot.dailyQuotes.check()));
    expect(posts(mock)).toHaveLength(2);
  });

  it('a channel the bot can no longer post in is reported once in the log and the setting kept', async () => {
    const mock = await startMock();
    const clock = new Clock('2030-03-04T08:00:00Z');
    const { bot, logs } = await startOn(mock, clock, { dataDir: tempDir() });
    await setDaily(mock, { channel: news(mock) });
    mock.forbidChannel(news(mock));
    const reported = () =>
      logs.filter((l) => l.msg.startsWith('cannot post the quote of the day') && l.channel === news(mock));

    clock.set('2030-03-04T09:00:00Z');
    await mock.waitFor((r) => r.route === 'channel.createMessage' && r.status === 403, 2000);
    await bot.dailyQuotes.check();
    expect(reported()).toHaveLength(1);
    expect(reported()[0]).toMatchObject({ level: 40, code: 50001 });

    // The next day it tries again, and says nothing new.
    clock.set('2030-03-05T09:00:00Z');
    await bot.dailyQuotes.check();
    expect(posts(mock, 403)).toHaveLength(2);
    expect(reported()).toHaveLength(1);
    expect(posts(mock)).toHaveLength(0);

    const shown = textOf(await (await mock.sendCommand('settings show', {}, moderator)).reply());
    expect(shown).toContain(`<#${news(mock)}>, every day at 09:00 UTC`);
    expect(shown).toContain(
      'Since 2030-03-04 Verbatim cannot post there. Give it View Channel, Send Messages',
    );
  });

  it('off stops it; a time already past today starts tomorrow; a bad time is refused', async () => {
    const mock = await startMock();
    const clock = new Clock('2030-03-04T15:00:00Z');
    const { bot, library } = await startOn(mock, clock, { dataDir: tempDir() });

    const bad = await setDaily(mock, { channel: news(mock), time: '25:00' });
    expect(bad.content).toMatch(/“25:00” is not a time\. Give it as HH:MM in UTC/);
    const notAManager = await mock.sendCommand(
      'settings daily-quote off',
      {},
      { roles: [], unchecked: true },
    );
    expect((await notAManager.reply()).content).toMatch(/Only members with Manage Server/);

    const set = await setDaily(mock, { channel: news(mock), time: '14:00' });
    expect(textOf(set)).toContain('every day at 14:00 UTC, the first on 2030-03-05');
    await bot.dailyQuotes.check();
    expect(posts(mock)).toHaveLength(0);
    clock.set('2030-03-05T14:00:00Z');
    await bot.dailyQuotes.check();
    expect(posts(mock)).toHaveLength(1);

    const off = await (await mock.sendCommand('settings daily-quote off', {}, moderator)).reply();
    expect(textOf(off)).toContain('The quote of the day is off.');
    expect(textOf(off)).toContain('Quote of the day\nOff');
    clock.set('2030-03-06T14:00:00Z');
    await bot.dailyQuotes.check();
    expect(posts(mock)).toHaveLength(1);

    expect((await library.store?.settingsAuditLog())?.map((e) => [e.action, e.detail, e.actor.id])).toEqual([
      ['daily-quote-off', null, mock.defaultUser.id],
      ['daily-quote-set', `${news(mock)} 14:00`, mock.defaultUser.id],
    ]);
  });

  it('a German server gets its quote of the day in German, set up in German by a German moderator', async () => {
    const mock = await startMock(1, 'de');
    const clock = new Clock('2030-03-04T08:00:00Z');
    const { library } = await startOn(mock, clock, { dataDir: tempDir() });
    const german = { ...moderator, locale: 'de' };

    const bad = await mock.sendCommand(
      'einstellungen tageszitat festlegen',
      { kanal: news(mock), uhrzeit: '9 Uhr' },
      german,
    );
    expect((await bad.reply()).content).toMatch(/^„9 Uhr“ ist keine Uhrzeit\. Gib sie als HH:MM in UTC an/);
    const set = await mock.sendCommand(
      'einstellungen tageszitat festlegen',
      { kanal: news(mock), uhrzeit: '09:00' },
      german,
    );
    expect(textOf(await set.reply())).toContain(
      `Ein Zitat des Tages wird jeden Tag um 09:00 UTC in <#${news(mock)}> gepostet, das erste am 2030-03-04.`,
    );
    const shown = textOf(await (await mock.sendCommand('einstellungen anzeigen', {}, german)).reply());
    expect(shown).toContain(
      `Zitat des Tages\n<#${news(mock)}>, jeden Tag um 09:00 UTC\nNächstes am 2030-03-04`,
    );

    clock.set('2030-03-04T09:00:00Z');
    const posted = await mock.waitFor(
      (r) => r.route === 'channel.createMessage',
      2000,
      'the quote of the day',
    );
    const embed = posted.message?.embeds[0];
    expect(embed?.author?.name).toBe('Zitat des Tages');
    expect(embed?.fields?.[0]?.name).toBe('Quelle');
    expect(embed?.footer?.text).toMatch(/^\d+ Zitate zur Auswahl$/);
    // The speaker and the quote are the document's, untranslated.
    expect(namesAQuotedPerson(library, mock.guilds[0]?.id as string, embed?.title)).toBe(true);
    expect(JSON.stringify(posted.message?.components)).toContain('"label":"Zitatkarte"');

    const off = await mock.sendCommand('einstellungen tageszitat ausschalten', {}, german);
    expect(textOf(await off.reply())).toContain('Das Zitat des Tages ist ausgeschaltet.');
  });
});
