import { afterEach, describe, expect, it } from 'vitest';
import { readDiscordMarkdown } from '../reply/discord-markdown.ts';
import { type Harness, isEphemeral, startHarness, textOf } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The words a reader sees in bold in a message's description. */
function boldWords(description: string | undefined): string[] {
  const reading = readDiscordMarkdown(description ?? '');
  return reading.bold.map((b) => reading.visible.slice(b.start, b.end));
}

describe('/who-said shows what matched, and only answers what it can', () => {
  it('bolds the matched words in the first part of a quote the attribution interrupts', async () => {
    h = await startHarness();
    const reply = await (
      await h.mock.sendCommand('who-said', { quote: 'not the time for division' })
    ).reply();
    expect(reply.embeds[0]?.title).toContain('Dmitry Peskov');
    expect(reply.embeds[0]?.footer?.text).toMatch(/matched words in bold/);
    expect(boldWords(reply.embeds[0]?.description).join(' ')).toMatch(/not the time for division/);

    const second = await (
      await h.mock.sendCommand('who-said', { quote: 'unite around our president' })
    ).reply();
    expect(boldWords(second.embeds[0]?.description).join(' ')).toMatch(/Unite around our president/);
  });

  it('asks for a few words instead of answering a one-letter or one-short-word quote', async () => {
    h = await startHarness();
    for (const quote of ['a', 'the', ' war ']) {
      const reply = await (await h.mock.sendCommand('who-said', { quote })).reply();
      expect(isEphemeral(reply)).toBe(true);
      expect(reply.embeds).toEqual([]);
      expect(textOf(reply)).toMatch(/too short.*paste a few words/i);
      expect(textOf(reply)).not.toMatch(/Peskov|Putin|Match/);
    }
    const enough = await (await h.mock.sendCommand('who-said', { quote: 'division' })).reply();
    expect(enough.embeds[0]?.title).toContain('Dmitry Peskov');
  });
});
