import { afterEach, describe, expect, it } from 'vitest';
import { buttons, type Harness, isEphemeral, startHarness, textOf } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const actor = { id: '1', name: 'test', via: 'discord' as const };

describe('the bot’s commands through the mock Discord', () => {
  it('/who-said names Dmitry Peskov with the paragraph and the matched words in bold', async () => {
    h = await startHarness();
    const res = await h.mock.sendCommand('who-said', { quote: 'unite around our president' });
    const reply = await res.reply();
    const embed = reply.embeds[0];
    expect(embed?.title).toContain('Dmitry Peskov');
    expect(embed?.description).toMatch(/\*\*[^*]*Unite around our president[^*]*\*\*/i);
    expect(textOf(reply)).toContain('¶ 9');
    expect(isEphemeral(reply)).toBe(false);

    const putin = await (
      await h.mock.sendCommand('who-said', { quote: 'no ill intentions towards our neighbors', hide: true })
    ).reply();
    expect(putin.embeds[0]?.title).toContain('Putin');
    expect(isEphemeral(putin)).toBe(true);
  });

  it('/who-said without a match answers kindly with a hint', async () => {
    h = await startHarness();
    const reply = await (
      await h.mock.sendCommand('who-said', { quote: 'purple elephants dance the tango' })
    ).reply();
    expect(reply.embeds[0]?.title).toBe('No match');
    expect(textOf(reply)).toMatch(/purple elephants dance the tango/);
    expect(textOf(reply)).toMatch(/Try a shorter/);
  });

  it('/ask shows numbered cited excerpts and pages with the Next button', async () => {
    h = await startHarness();
    const first = await (await h.mock.sendCommand('ask', { question: 'Putin' })).reply();
    const fields = first.embeds[0]?.fields ?? [];
    expect(fields.map((f) => f.name.slice(0, 2))).toEqual(['1.', '2.', '3.']);
    for (const field of fields) expect(field.value).toMatch(/¶ \d+/);
    expect(first.embeds[0]?.footer?.text).toMatch(/^Page 1 of 2/);
    const next = buttons(first).find((b) => b.label.includes('Next'));
    expect(next?.disabled).toBe(false);
    expect(buttons(first).find((b) => b.label.includes('Previous'))?.disabled).toBe(true);

    const click = await h.mock.clickButton(first, next?.custom_id ?? '');
    const page2 = await click.reply();
    expect(click.requests[0]?.body).toMatchObject({ type: 7 });
    expect(page2.id).toBe(first.id);
    expect(page2.embeds[0]?.footer?.text).toMatch(/^Page 2 of 2/);
    expect(page2.embeds[0]?.fields?.[0]?.name).toMatch(/^4\./);
  });

  it('/ask answers a question about a person with their words first and an answer line', async () => {
    h = await startHarness();
    const reply = await (
      await h.mock.sendCommand('ask', { question: 'What did the Kremlin spokesman say about division?' })
    ).reply();
    expect(reply.embeds[0]?.description).toMatch(
      /^\*\*Dmitry Peskov\*\* \(Kremlin spokesman\), 4 March 2022: “This is not the time for division/,
    );
    expect(reply.embeds[0]?.fields?.[0]?.value).toContain('— Dmitry Peskov');
  });

  it('/quotes suggests at most 25 speakers with short names and pages through a speaker’s quotes', async () => {
    h = await startHarness();
    const names = [
      'Alice Walker',
      'Bruno Mars',
      'Carla Diaz',
      'Derek Jones',
      'Elena Petrova',
      'Frank Miller',
      'Grace Hopper',
      'Hector Ruiz',
      'Irene Adler',
      'James Brown',
      'Karen Smith',
      'Liam Neeson',
      'Maria Lopez',
      'Nina Simone',
      'Oscar Wilde',
      'Paula Abdul',
      'Quentin Blake',
      'Rosa Parks',
      'Sam Cooke',
      'Tina Turner',
      'Uma Thurman',
      'Victor Hugo',
      'Wendy Davis',
      'Xavier Cruz',
      'Yolanda Adams',
      'Zack Snyder',
      'Anna Karenina',
    ];
    const text = [
      ...names.map((n, i) => `“We will finish bridge number ${i} before winter,” said ${n}.`),
      ...Array.from({ length: 7 }, (_, i) => `“Point ${i} is about the harbour budget,” said Jane Roe.`),
    ].join('\n');
    await h.library.add(text, { title: 'Town hall', source: null, date: null, guild: h.guildA }, actor);

    const auto = await h.mock.sendAutocomplete('quotes', { speaker: 'a' }, 'speaker');
    const choices = await auto.choices();
    expect(choices.length).toBe(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(String(c.value).length).toBeLessThanOrEqual(100);
    }
    const pu = await (await h.mock.sendAutocomplete('quotes', { speaker: 'Pu' }, 'speaker')).choices();
    expect(pu.map((c) => c.value)).toContain('Vladimir Putin');

    const first = await (await h.mock.sendCommand('quotes', { speaker: 'Jane Roe' })).reply();
    expect(first.embeds[0]?.title).toContain('Jane Roe');
    expect(first.embeds[0]?.fields).toHaveLength(5);
    expect(first.embeds[0]?.footer?.text).toMatch(/Page 1 of 2 · 7 quotes/);
    const next = buttons(first).find((b) => b.label.includes('Next'));
    const page2 = await (await h.mock.clickButton(first, next?.custom_id ?? '')).reply();
    expect(page2.embeds[0]?.fields?.map((f) => f.name.slice(0, 2))).toEqual(['6.', '7.']);

    const nobody = await (await h.mock.sendCommand('quotes', { speaker: 'Nobody Atall' })).reply();
    expect(isEphemeral(nobody)).toBe(true);
    expect(nobody.content).toMatch(/Nobody called/);
  });

  it('/sources lists the seed document', async () => {
    h = await startHarness();
    const reply = await (await h.mock.sendCommand('sources', {})).reply();
    expect(reply.embeds[0]?.title).toBe('Sources (1)');
    expect(textOf(reply)).toContain('no ill intentions');
    expect(textOf(reply)).toContain('everywhere');
  });

  it('“Who said this?” on a message quoting the seed names Putin', async () => {
    h = await startHarness();
    const res = await h.mock.sendMessageCommand('Who said this?', {
      content: 'Apparently "we have no ill intentions towards our neighbors" was said today',
    });
    expect((await res.reply()).embeds[0]?.title).toContain('Putin');
    const empty = await (await h.mock.sendMessageCommand('Who said this?', { content: '' })).reply();
    expect(isEphemeral(empty)).toBe(true);
    expect(empty.content).toMatch(/no text/);
  });
});
