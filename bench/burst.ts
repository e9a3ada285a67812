// `npm run --silent bench -- burst --interactions N [--documents D] [--json]`: N users each send one
// /who-said at the same moment, through the mock Discord (this process) to the real bot (a child
// process holding ~D documents). Prints a summary to stderr and one JSON line last on stdout.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type InteractionResult, type RecordedRequest, startMockDiscord } from '../src/local/index.ts';
import { burstCorpus } from './burst-corpus.ts';
import { benchQueries } from './queries.ts';
import { quantile } from './stats.ts';

export interface BurstResult {
  interactions: number;
  /** Users who got a final message: the answer, or the "busy" notice. */
  answered: number;
  /** First response a defer (the answer came as an edit). */
  deferred: number;
  busy: number;
  /** No first response within Discord's 3 s: the mock refused it with 10062, or none came. */
  late: number;
  p99FirstResponseMs: number;
  p99FinalMs: number;
  documents: number;
}

/** How long to wait for the last deferred answer: discord.js sends edits at most 50 a second. */
const SETTLE_MS = 10 * 60_000;

/** Interactions the mock writes between two turns of its event loop. */
const SEND_CHUNK = 50;

const isCallback = (r: RecordedRequest) => r.route === 'interaction.callback';
const isFinal = (r: RecordedRequest) =>
  r.status < 300 &&
  r.message !== undefined &&
  (isCallback(r) || (r.route === 'webhook.editMessage' && r.path.endsWith('/@original')));

/** Starts the bot process and resolves with it and its document count once it is ready. */
async function startBotProcess(restUrl: string, documents: number) {
  const script = join(new URL('.', import.meta.url).pathname, 'burst-bot.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, restUrl, String(documents)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const loaded = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bot process exited (${code}) before it was ready`)));
    lines.on('line', (line) => {
      const [word, count] = line.split(' ');
      if (word === 'ready') resolve(Number(count));
    });
  });
  return { child, loaded };
}

export async function runBurst(interactions: number, documents: number): Promise<BurstResult> {
  const mock = await startMockDiscord();
  const bot = await startBotProcess(mock.restUrl, documents);
  try {
    const queries = benchQueries(burstCorpus(documents).quotes, interactions);
    const byInteraction = new Map<string, Array<{ request: RecordedRequest; at: number }>>();
    mock.on('request', (request) => {
      if (!request.interactionId) return;
      const seen = byInteraction.get(request.interactionId) ?? [];
      seen.push({ request, at: performance.now() });
      byInteraction.set(request.interactionId, seen);
    });
    process.stderr.write(
      `${interactions} users send /who-said at once (load average ${loadavg()[0]?.toFixed(1)})…\n`,
    );
    const sentAt: number[] = [];
    const sending: Array<Promise<InteractionResult>> = [];
    for (const [i, query] of queries.entries()) {
      // Discord is not slowed by its own sending: the mock yields now and then, so the bot's
      // acknowledgements are heard while the burst is still being written.
      if (i % SEND_CHUNK === 0) await new Promise((resolve) => setImmediate(resolve));
      sentAt[i] = performance.now();
      sending.push(
        mock.sendCommand(
          'who-said',
          { quote: query.text },
          { user: { id: String(10_000_000_000n + BigInt(i)), username: `reader${i}` } },
        ),
      );
    }
    const sent = await Promise.all(sending);
    const settled = (res: InteractionResult) => {
      const seen = byInteraction.get(res.id) ?? [];
      return seen.some(({ request }) => isFinal(request) || (isCallback(request) && request.status === 404));
    };
    const deadline = performance.now() + SETTLE_MS;
    while (!sent.every(settled) && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    const firsts: number[] = [];
    const finals: number[] = [];
    let answered = 0;
    let deferred = 0;
    let busy = 0;
    let late = 0;
    for (const [i, res] of sent.entries()) {
      const seen = byInteraction.get(res.id) ?? [];
      const first = seen.find(({ request }) => isCallback(request));
      if (!first || first.request.status >= 300) {
        late++;
        continue;
      }
      firsts.push(first.at - (sentAt[i] as number));
      if ((first.request.body as { type?: number }).type === 5) deferred++;
      const final = seen.find(({ request }) => isFinal(request));
      if (!final) continue;
      answered++;
      finals.push(final.at - (sentAt[i] as number));
      if (/busy/.test(final.request.message?.content ?? '')) busy++;
    }
    return {
      interactions,
      answered,
      deferred,
      busy,
      late,
      p99FirstResponseMs: Math.round(quantile(firsts, 0.99)),
      p99FinalMs: Math.round(quantile(finals, 0.99)),
      documents: bot.loaded,
    };
  } finally {
    bot.child.kill('SIGTERM');
    await new Promise((resolve) => bot.child.once('exit', resolve));
    await mock.close();
  }
}

/** One line a reader can take in: how many were answered, deferred, told "busy" or late, and how fast. */
export function formatBurst(r: BurstResult): string {
  return [
    `burst of ${r.interactions} /who-said over ${r.documents} documents:`,
    `${r.answered} answered (${r.deferred} deferred, ${r.busy} busy), ${r.late} late;`,
    `first response p99 ${r.p99FirstResponseMs} ms, final p99 ${r.p99FinalMs} ms`,
  ].join(' ');
}
