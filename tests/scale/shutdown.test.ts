import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../src/discord/command.ts';
import { type Harness, startHarness } from '../discord/harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** /who-said that takes `ms` before answering. */
const slowWhoSaid = (ms: number) => (commands: Command[]) =>
  commands.map((c) =>
    c.data.name === 'who-said' && c.chatInput
      ? {
          ...c,
          chatInput: async (...args: Parameters<NonNullable<Command['chatInput']>>) => {
            await sleep(ms);
            return c.chatInput?.(...args);
          },
        }
      : c,
  );

describe('stopping the bot', () => {
  it('resolves only after an answer under way was sent, so a stopping process loses no reply', async () => {
    h = await startHarness({ ackAfterMs: 100, wrapCommands: slowWhoSaid(800) });
    const res = await h.mock.sendCommand('who-said', { quote: 'unite around our president' });
    await sleep(200); // deferred, the handler still running
    // main.ts exits the process right after stop(): whatever was not sent by then is lost.
    await h.bot.stop();
    const sent = res.requests.filter((r) => r.route === 'webhook.editMessage' && r.status === 200);
    expect(sent).toHaveLength(1);
    expect((await res.reply()).embeds[0]?.title).toContain('Dmitry Peskov');
  });
});
