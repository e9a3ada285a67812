import { existsSync } from 'node:fs';

export type EndToEnd =
  | { status: 'pending'; reason: string }
  | { status: 'measured'; runs: number; p50Ms: number; p99Ms: number };

const BOT = new URL('../src/discord/bot.ts', import.meta.url);

/**
 * Time from the mock gateway's INTERACTION_CREATE to the bot's reply reaching the mock REST
 * server. Kept apart from the corpus figures: it needs the bot, which is still being built.
 */
export async function runEndToEnd(): Promise<EndToEnd> {
  if (!existsSync(BOT)) return { status: 'pending', reason: 'src/discord/bot.ts does not exist yet' };
  return { status: 'pending', reason: 'src/discord/bot.ts exists but the bench is not wired to it yet' };
}
