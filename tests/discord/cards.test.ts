import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { APIMessage } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buttons, type Harness, isEphemeral, startHarness, textOf } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const actor = { id: '1', name: 'test', via: 'discord' as const };

function cardButton(message: APIMessage): string {
  const button = buttons(message).find((b) => b.label === 'Quote card');
  if (!button) throw new Error(`no “Quote card” button on: ${textOf(message)}`);
  return button.custom_id;
}

/** The card a message carries, downloaded from the local Discord: its name, alt text, and size as decoded. */
async function cardOf(message: APIMessage) {
  expect(message.attachments).toHaveLength(1);
  const [attachment] = message.attachments;
  const bytes = Buffer.from(await (await fetch(attachment?.url as string)).arrayBuffer());
  const image = await loadImage(bytes);
  const context = createCanvas(image.width, image.height).getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 4 * 97)
    colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
  return {
    name: attachment?.filename,
    description: attachment?.description,
    width: image.width,
    height: image.height,
    colours: colours.size,
  };
}

describe('“Quote card” through the mock Discord', () => {
  it('/who-said offers a card; pressing it sends the PNG of the quote, described for screen readers', async () => {
    h = await startHarness();
    const answer = await (
      await h.mock.sendCommand('who-said', { quote: 'unite around our president' })
    ).reply();
    expect(answer.embeds[0]?.title).toBe('Dmitry Peskov, Kremlin spokesman');
    const press = await h.mock.clickButton(answer, cardButton(answer));
    const card = await press.reply();
    expect(isEphemeral(card)).toBe(false);
    const shown = await cardOf(card);
    expect(shown).toMatchObject({ name: 'quote-card.png', width: 1200, height: 630 });
    expect(shown.colours).toBeGreaterThan(2);
    expect(shown.description).toMatch(/^Quote card: Dmitry Peskov: This is not the time for division/);
    // The answer itself stays as it was: the card is a message of its own.
    expect(press.requests.some((r) => (r.body as { type?: number }).type === 7)).toBe(false);
  });

  it('/random-quote offers a card beside “Another”; a hidden quote’s card is hidden too', async () => {
    h = await startHarness();
    const quote = await (await h.mock.sendCommand('random-quote', { speaker: 'Peskov', hide: true })).reply();
    expect(buttons(quote).map((b) => b.label)).toEqual(['Another', 'Quote card']);
    const card = await (await h.mock.clickButton(quote, cardButton(quote))).reply();
    expect(isEphemeral(card)).toBe(true);
    const shown = await cardOf(card);
    expect(shown).toMatchObject({ width: 1200, height: 630 });
    expect(shown.description).toContain('Dmitry Peskov');
    // The card's words are the quote the message shows.
    const words = shown.description?.replace('Quote card: Dmitry Peskov: ', '').slice(0, 30) ?? '';
    expect(words.length).toBe(30);
    expect(quote.embeds[0]?.description).toContain(words);
  });

  it('a card button still works after the bot restarts, and says so when its quote was removed', async () => {
    const first = await startHarness();
    const answer = await (
      await first.mock.sendCommand('who-said', { quote: 'unite around our president' })
    ).reply();
    await first.close();
    h = await startHarness();
    const card = await (await h.mock.clickButton(answer, cardButton(answer))).reply();
    expect((await cardOf(card)).width).toBe(1200);

    const added = await h.library.add(
      '“The ferry will run every hour from May,” said Ines Okafor, the harbour master.',
      { title: 'Ferry timetable', source: null, date: '2024-04-01', guild: h.guildA },
      actor,
    );
    const ferry = await (
      await h.mock.sendCommand('who-said', { quote: 'ferry will run every hour' })
    ).reply();
    expect(ferry.embeds[0]?.title).toMatch(/^Ines Okafor/);
    await h.library.remove(added.doc.id, h.guildA, actor);
    const gone = await (await h.mock.clickButton(ferry, cardButton(ferry))).reply();
    expect(isEphemeral(gone)).toBe(true);
    expect(gone.attachments).toEqual([]);
    expect(gone.content).toMatch(/no longer in the documents here/);
  });

  it('an answer nobody is credited with offers no card', async () => {
    h = await startHarness();
    await h.library.add(
      'The ferry will run every hour from May and the harbour stays open.',
      { title: 'Ferry notes', source: null, date: null, guild: h.guildA },
      actor,
    );
    const answer = await (
      await h.mock.sendCommand('who-said', { quote: 'ferry will run every hour' })
    ).reply();
    expect(answer.embeds[0]?.author?.name).toBe('Found, but not credited');
    expect(buttons(answer).map((b) => b.label)).not.toContain('Quote card');
  });
});
