// The bot side of the burst bench, in its own process as in production:
// `node --import tsx bench/burst-bot.ts REST_URL DOCUMENTS`. Loads ~DOCUMENTS news-sized documents,
// logs the real bot into the mock Discord at REST_URL, registers the commands and prints "ready".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { startBot } from '../src/discord/bot.ts';
import { definitions, loadCommands } from '../src/discord/registry.ts';
import { analyseAll } from '../src/library/analyse-all.ts';
import { Library } from '../src/library/library.ts';
import { burstCorpus } from './burst-corpus.ts';

const [restUrl, documents] = process.argv.slice(2);
if (!restUrl || !documents) throw new Error('usage: burst-bot.ts REST_URL DOCUMENTS');

const dataDir = mkdtempSync(join(tmpdir(), 'verbatim-bench-burst-'));
const library = await Library.open({ dataDir });
for (const entry of await analyseAll(burstCorpus(Number(documents)).docs)) library.index.add(entry);
const commands = await loadCommands();
const bot = await startBot(
  {
    commands,
    library,
    // Each bench user sends one command: the per-user limit is not what is measured.
    config: { ...loadConfig({ DATA_DIR: dataDir }), rateLimitCommands: 1_000_000 },
    logger: pino({ level: 'silent' }),
    restApi: restUrl,
  },
  'bench-token',
);
const application = bot.client.application;
if (!application) throw new Error('the mock gave the bot no application');
await application.commands.set(definitions(commands) as never);
process.stdout.write(`ready ${library.index.size}\n`);

const stop = async () => {
  await bot.stop();
  await library.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
