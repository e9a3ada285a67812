import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../src/discord/command.ts';
import type { InteractionResult } from '../../src/local/index.ts';
import { type Harness, startHarness, textOf } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const PESKOV = { quote: 'unite around our president' };
/** Discord's own deadline for the first response, which the mock enforces with 10062. */
const DISCORD_DEADLINE = { interactionDeadlineMs: 3_000 };

/** /who-said holding the event loop `ms` per query, like a heavy query on a loaded machine. */
const heavy =
  (ms: number) =>
  (commands: Command[]): Command[] =>
    commands.map((c) =>
      c.data.name === 'who-said' && c.chatInput
        ? {
            ...c,
            chatInput: (...args: Parameters<NonNullable<Command['chatInput']>>) => {
              const until = performance.now() + ms;
              while (performance.now() < until);
              return c.chatInput?.(...args) ?? Promise.resolve();
            },
          }
        : c,
    );

/** `count` users each sending one /who-said at the same moment. */
function burst(harness: Harness, count: number): Promise<InteractionResult[]> {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      harness.mock.sendCommand('who-said', PESKOV, {
        user: { id: String(10_000_000_000n + BigInt(i)), username: `reader${i}` },
      }),
    ),
  );
}

const late = (res: InteractionResult) =>
  res.requests.some((r) => r.route === 'interaction.callback' && r.status === 404);
const deferredFirst = (res: InteractionResult) =>
  (res.requests.find((r) => r.route === 'interaction.callback')?.body as { type?: number })?.type === 5;

describe('a burst of interactions', () => {
  it('more work than fits in Discord’s 3 s: the tail is deferred on arrival, then every user gets the answer', async () => {
    // 120 × 30 ms is about 3.6 s of handler work: answered as read, most would miss the deadline together.
    h = await startHarness({ mock: DISCORD_DEADLINE, wrapCommands: heavy(30) });
    const sent = await burst(h, 120);
    const replies = await Promise.all(sent.map((res) => res.reply(60_000)));
    for (const reply of replies) expect(reply.embeds[0]?.title).toContain('Dmitry Peskov');
    expect(sent.filter(late)).toEqual([]);
    expect(sent.filter(deferredFirst).length).toBeGreaterThan(0);
    expect(sent.filter((res) => !deferredFirst(res)).length).toBeGreaterThan(0);
  }, 60_000);

  it('past the admission bound, newcomers hear “busy” at once, in time, and the admitted get their answers', async () => {
    h = await startHarness({
      mock: DISCORD_DEADLINE,
      wrapCommands: heavy(25),
      admission: { answerWithinMs: 2_000, maxWaiting: 40 },
    });
    const sent = await burst(h, 150);
    const replies = await Promise.all(sent.map((res) => res.reply(60_000)));
    const busy = replies.filter((reply) => /busy/.test(textOf(reply)));
    const answered = replies.filter((reply) => reply.embeds[0]?.title?.includes('Dmitry Peskov'));
    expect(busy.length).toBeGreaterThan(0);
    expect(answered.length).toBeGreaterThanOrEqual(40);
    expect(busy.length + answered.length).toBe(150);
    expect(sent.filter(late)).toEqual([]);
    // Once the burst is over the bot answers again.
    const after = await (await h.mock.sendCommand('who-said', PESKOV)).reply();
    expect(after.embeds[0]?.title).toContain('Dmitry Peskov');
  }, 60_000);
});
