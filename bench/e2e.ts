// End to end at one corpus size, in a fresh process: `node --import tsx bench/e2e.ts SIZE SNAPSHOT_FILE`.
// The real bot, with the real commands, logged into the mock Discord, answers /who-said over a library
// holding the bench corpus. Prints one JSON line.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { startBot } from '../src/discord/bot.ts';
import { definitions, loadCommands } from '../src/discord/registry.ts';
import { Library } from '../src/library/library.ts';
import { type RecordedRequest, startMockDiscord } from '../src/local/index.ts';
import { CorpusIndex } from '../src/search/corpus-index.ts';
import { corpusFor } from './corpus.ts';
import { benchQueries } from './queries.ts';
import { quantile } from './stats.ts';
import type { EndToEnd } from './table.ts';

const RUNS = 300;
const WARM_UP = 10;
const GLOBAL = { guild: null };

/** The first message the user sees: the reply itself, or the edit that fills a deferred one. */
const isReply = (r: RecordedRequest) =>
  r.status < 300 &&
  r.message !== undefined &&
  (r.route === 'interaction.callback' ||
    (r.route === 'webhook.editMessage' && r.path.endsWith('/@original')));

async function measure(size: string, snapshotFile: string): Promise<EndToEnd> {
  const dataDir = mkdtempSync(join(tmpdir(), 'verbatim-bench-e2e-'));
  const library = await Library.open({ dataDir });
  // The documents and attributions come from the size's snapshot, so the corpus is not attributed twice.
  const saved = CorpusIndex.fromSnapshot(readFileSync(snapshotFile));
  for (const entry of saved.documents(GLOBAL)) library.index.add(entry);
  const mock = await startMockDiscord();
  const commands = await loadCommands();
  const bot = await startBot(
    {
      commands,
      library,
      config: { ...loadConfig({ DATA_DIR: dataDir }), rateLimitCommands: 1_000_000 },
      logger: pino({ level: 'silent' }),
      restApi: mock.restUrl,
    },
    'bench-token',
  );
  try {
    const guild = mock.guilds[0]?.id;
    if (!bot.client.application || !guild) throw new Error('the mock gave the bot no application or guild');
    await bot.client.application.commands.set(definitions(commands) as never, guild);

    // Stamped as the mock records each request, finer than its millisecond `at`.
    const arrivals = new WeakMap<RecordedRequest, number>();
    mock.on('request', (request) => arrivals.set(request, performance.now()));

    const queries = benchQueries(corpusFor(size).quotes, WARM_UP + RUNS);
    const times: number[] = [];
    for (const [i, query] of queries.entries()) {
      // sendCommand writes INTERACTION_CREATE to the socket before its first await: this is dispatch time.
      const sent = performance.now();
      const interaction = await mock.sendCommand('who-said', { quote: query.text });
      const reply = await interaction.waitFor(isReply, 10_000, 'a /who-said reply');
      if (i >= WARM_UP) times.push((arrivals.get(reply) as number) - sent);
    }
    return { runs: times.length, p50Ms: quantile(times, 0.5), p99Ms: quantile(times, 0.99) };
  } finally {
    await bot.stop();
    await mock.close();
    await library.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const [size, snapshotFile] = process.argv.slice(2);
if (!size || !snapshotFile) throw new Error('usage: e2e.ts SIZE SNAPSHOT_FILE');
process.stdout.write(`${JSON.stringify(await measure(size, snapshotFile))}\n`);
