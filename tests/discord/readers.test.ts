import { afterEach, describe, expect, it } from 'vitest';
import { buttons, type Harness, isEphemeral, startHarness, textOf } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const actor = { id: '1', name: 'test', via: 'discord' as const };
const SEED = 'Putin tells neighbours Russia has “no ill intentions”';

describe('readers’ commands through the mock Discord', () => {
  it('/random-quote answers with a cited, attributed quote and “Another” shows a different one', async () => {
    h = await startHarness();
    const first = await (await h.mock.sendCommand('random-quote', {})).reply();
    const embed = first.embeds[0];
    expect(embed?.author?.name).toBe('A random quote');
    expect(embed?.title).toMatch(/Vladimir Putin|Dmitry Peskov|Kremlin/);
    expect(embed?.description?.length).toBeGreaterThan(10);
    expect(textOf(first)).toContain(SEED);
    expect(textOf(first)).toMatch(/2022-03-04 · ¶ \d+/);
    expect(embed?.footer?.text).toBe('One of 10 quotes');
    expect(isEphemeral(first)).toBe(false);

    // Peskov has two quotes: "Another" alternates between them, never the one just shown.
    const peskov = await (
      await h.mock.sendCommand('random-quote', { speaker: 'Peskov', hide: true })
    ).reply();
    expect(peskov.embeds[0]?.title).toBe('Dmitry Peskov, Kremlin spokesman');
    expect(isEphemeral(peskov)).toBe(true);
    let shown = peskov;
    for (let i = 0; i < 4; i++) {
      const another = buttons(shown).find((b) => b.label === 'Another');
      const click = await h.mock.clickButton(shown, another?.custom_id ?? '');
      const next = await click.reply();
      expect(click.requests[0]?.body).toMatchObject({ type: 7 });
      expect(next.embeds[0]?.title).toBe('Dmitry Peskov, Kremlin spokesman');
      expect(next.embeds[0]?.description).not.toBe(shown.embeds[0]?.description);
      shown = next;
    }
  });

  it('/random-quote says why there is nothing: an unknown speaker, or no document within the dates', async () => {
    h = await startHarness();
    const nobody = await (await h.mock.sendCommand('random-quote', { speaker: 'Nobody Atall' })).reply();
    expect(isEphemeral(nobody)).toBe(true);
    expect(nobody.content).toMatch(/Nobody called “Nobody Atall”/);
    const later = await (await h.mock.sendCommand('random-quote', { since: '2023-01-01' })).reply();
    expect(later.content).toMatch(/Documents dated 2023-01-01 or later/);
    expect(later.content).toMatch(/No quote here comes from a document within those dates/);
  });

  it('/people lists the most quoted with roles and counts, pages, and each name shows its quotes', async () => {
    h = await startHarness();
    const list = await (await h.mock.sendCommand('people', {})).reply();
    const description = list.embeds[0]?.description ?? '';
    expect(description).toContain('**1. Vladimir Putin**, Russian President — 7 quotes in 1 document');
    expect(description).toContain('**2. Dmitry Peskov**, Kremlin spokesman — 2 quotes in 1 document');
    const peskov = buttons(list).find((b) => b.label === 'Dmitry Peskov');
    const click = await h.mock.clickButton(list, peskov?.custom_id ?? '');
    const quotes = await click.reply();
    expect(quotes.embeds[0]?.title).toBe('Dmitry Peskov, Kremlin spokesman');
    expect(quotes.embeds[0]?.footer?.text).toMatch(/2 quotes/);
    expect(isEphemeral(quotes)).toBe(true);

    // Thirty people: three pages of ten, with ten name buttons and the paging row.
    const text = Array.from(
      { length: 30 },
      (_, i) =>
        `“We will finish bridge number ${i} before winter,” said Person${String.fromCharCode(65 + (i % 26))}${i} Example.`,
    ).join('\n');
    await h.library.add(text, { title: 'Town hall', source: null, date: null, guild: h.guildA }, actor);
    const page2 = await (await h.mock.sendCommand('people', { page: 2 })).reply();
    expect(page2.embeds[0]?.footer?.text).toMatch(/^Page 2 of 4 · 33 people/);
    expect(page2.embeds[0]?.description).toMatch(/^\*\*11\. /);
    expect(page2.components).toHaveLength(3);
    const next = buttons(page2).find((b) => b.label.includes('Next'));
    const page3 = await (await h.mock.clickButton(page2, next?.custom_id ?? '')).reply();
    expect(page3.embeds[0]?.description).toMatch(/^\*\*21\. /);
    // The other server does not see this server's people.
    const other = await (await h.mock.sendCommand('people', {}, { guildId: h.guildB })).reply();
    expect(other.embeds[0]?.footer?.text).toMatch(/3 people/);
  });

  it('/quotes, /ask and /who-said take since:/until: by the document’s date and say what they left out', async () => {
    h = await startHarness();
    const none = await (
      await h.mock.sendCommand('quotes', { speaker: 'Putin', since: '2023-01-01' })
    ).reply();
    expect(none.content).toMatch(/Vladimir Putin is quoted here, but not in any document within those dates/);
    const some = await (
      await h.mock.sendCommand('quotes', { speaker: 'Putin', until: '2022-12-31' })
    ).reply();
    expect(some.embeds[0]?.title).toBe('Vladimir Putin, Russian President');
    expect(some.content).toBe('Documents dated 2022-12-31 or earlier');

    await h.library.add(
      '“Nobody dated this,” said Cy Undated.',
      {
        title: 'Undated',
        source: null,
        date: null,
        guild: h.guildA,
      },
      actor,
    );
    const ask = await (
      await h.mock.sendCommand('ask', { question: 'neighbours', since: '2022-01-01', until: '2022-12-31' })
    ).reply();
    expect(ask.content).toBe('Documents dated 2022-01-01 to 2022-12-31 · 1 undated document left out');
    expect(ask.embeds[0]?.fields?.length).toBeGreaterThan(0);
    const who = await (
      await h.mock.sendCommand('who-said', { quote: 'unite around our president', since: '2023-01-01' })
    ).reply();
    expect(who.embeds[0]?.title).toBe('No match');
    expect(who.content).toMatch(/1 undated document left out/);
    const found = await (
      await h.mock.sendCommand('who-said', { quote: 'unite around our president', until: '2022-03-04' })
    ).reply();
    expect(found.embeds[0]?.title).toContain('Dmitry Peskov');
    const unfiltered = await (
      await h.mock.sendCommand('who-said', { quote: 'unite around our president' })
    ).reply();
    expect(unfiltered.content ?? '').toBe('');
  });

  it('refuses a date that is not a real YYYY-MM-DD day, or a range that runs backwards, and says how to fix it', async () => {
    h = await startHarness();
    for (const [command, options] of [
      ['quotes', { speaker: 'Putin', since: '2022-02-30' }],
      ['ask', { question: 'unity', until: '04/03/2022' }],
      ['who-said', { quote: 'unite around our president', since: '2022-13-01' }],
      ['random-quote', { until: 'yesterday!' }],
    ] as const) {
      const reply = await (await h.mock.sendCommand(command, options)).reply();
      expect(isEphemeral(reply)).toBe(true);
      expect(reply.content).toMatch(/must be a day written YYYY-MM-DD, such as 2022-03-04/);
    }
    const backwards = await (
      await h.mock.sendCommand('quotes', { speaker: 'Putin', since: '2023-01-01', until: '2022-01-01' })
    ).reply();
    expect(backwards.content).toMatch(/is after `until: 2022-01-01`.*Swap them/);
  });

  it('autocomplete forgives typos and finds people by role, within 25 choices of 100 characters', async () => {
    h = await startHarness();
    const first = async (command: string, typed: string) =>
      (await (await h?.mock.sendAutocomplete(command, { speaker: typed }, 'speaker'))?.choices())?.[0]?.value;
    expect(await first('quotes', 'Peskv')).toBe('Dmitry Peskov');
    expect(await first('quotes', 'putn')).toBe('Vladimir Putin');
    expect(await first('quotes', 'kremlin spokesman')).toBe('Dmitry Peskov');
    expect(await first('random-quote', 'peskov')).toBe('Dmitry Peskov');
    const long = `${'Verylongname '.repeat(12)}Smith`;
    await h.library.add(
      `“A very long name indeed,” said ${long}.`,
      {
        title: 'Long',
        source: null,
        date: null,
        guild: h.guildA,
      },
      actor,
    );
    const choices = await (
      await h.mock.sendAutocomplete('quotes', { speaker: 'verylongname' }, 'speaker')
    ).choices();
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(String(c.value).length).toBeLessThanOrEqual(100);
    }
  });
});
