import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttons, type Harness, isEphemeral, moderator, startHarness, textOf } from './harness.ts';

/** Our own article: the quote must come back exactly as written, whatever language the reply is in. */
const QUOTE = 'The harbour bridge will reopen in April, and the ferries will keep running until then';
const ARTICLE = [
  'Harbour works run late',
  `“${QUOTE},” said Mara Lindqvist, the city engineer, on Tuesday.`,
  'Residents had asked for a date for months.',
].join('\n');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.library.add(
    ARTICLE,
    {
      title: 'Harbour works run late',
      source: 'https://example.com/harbour',
      date: '2024-02-06',
      guild: h.guildA,
    },
    { id: '1', name: 'test', via: 'discord' },
  );
});
afterAll(() => h.close());

/** What a reader sees, with the bold that marks matched words taken off. */
const readable = (message: APIMessage) => textOf(message).replaceAll('**', '');

describe('the bot answers in its user’s Discord language, the quote verbatim', () => {
  it('German: /wer-sagte, typed as a German client shows it', async () => {
    const result = await h.mock.sendCommand(
      'wer-sagte',
      { zitat: 'harbour bridge reopen in april' },
      { locale: 'de' },
    );
    const answer = await result.reply();
    expect(answer.embeds[0]?.author?.name).toBe('Wer es gesagt hat');
    expect(answer.embeds[0]?.fields?.[0]?.name).toBe('Quelle');
    expect(answer.embeds[0]?.footer?.text).toMatch(/^Übereinstimmung \d+ % · passende Wörter fett$/);
    expect(readable(answer)).toContain(`“${QUOTE}”`);
    expect(answer.embeds[0]?.title).toBe('Mara Lindqvist, city engineer');
  });

  it('German: a mistyped date is explained in German', async () => {
    const result = await h.mock.sendCommand(
      'zitate',
      { person: 'Mara Lindqvist', seit: '2024-13-01' },
      { locale: 'de' },
    );
    const refusal = await result.reply();
    expect(isEphemeral(refusal)).toBe(true);
    expect(refusal.content).toBe(
      '`seit:` muss ein Tag im Format JJJJ-MM-TT sein, etwa 2022-03-04; „2024-13-01“ ist keiner.',
    );
  });

  it('French: /citations lists what a person said', async () => {
    const result = await h.mock.sendCommand('citations', { personne: 'Mara Lindqvist' }, { locale: 'fr' });
    const answer = await result.reply();
    expect(answer.embeds[0]?.fields?.[0]?.name).toBe('1. Cité');
    expect(answer.embeds[0]?.footer?.text).toBe('Page 1 sur 1 · 1 citation');
    expect(readable(answer)).toContain(`“${QUOTE}”`);
  });

  it('French: the quote card’s button and alt text are French, the quote on it as written', async () => {
    const answer = await (
      await h.mock.sendCommand('qui-a-dit', { citation: 'harbour bridge reopen in april' }, { locale: 'fr' })
    ).reply();
    const button = buttons(answer).find((b) => b.label === 'Carte de citation');
    expect(button).toBeDefined();
    const card = await (
      await h.mock.clickButton(answer, button?.custom_id as string, { locale: 'fr' })
    ).reply();
    expect(card.attachments[0]?.description).toBe(`Carte de citation : Mara Lindqvist : ${QUOTE}`);
  });

  it('Spanish (Spain): /cita-al-azar picks one of her quotes', async () => {
    const result = await h.mock.sendCommand(
      'cita-al-azar',
      { persona: 'Mara Lindqvist' },
      { locale: 'es-ES' },
    );
    const answer = await result.reply();
    expect(answer.embeds[0]?.author?.name).toBe('Una cita al azar');
    expect(answer.embeds[0]?.fields?.[0]?.name).toBe('Fuente');
    expect(answer.components?.length).toBe(1);
    expect(JSON.stringify(answer.components)).toContain('"label":"Otra"');
    expect(readable(answer)).toContain(`“${QUOTE}”`);
  });

  it('Spanish (Latin America) reads the same Spanish texts', async () => {
    const result = await h.mock.sendCommand('fuentes', {}, { locale: 'es-419' });
    expect((await result.reply()).embeds[0]?.title).toMatch(/^Fuentes \(\d+\)$/);
  });

  it('Russian: /кто-сказал', async () => {
    const result = await h.mock.sendCommand(
      'кто-сказал',
      { цитата: 'ferries keep running' },
      { locale: 'ru' },
    );
    const answer = await result.reply();
    expect(answer.embeds[0]?.author?.name).toBe('Кто это сказал');
    expect(answer.embeds[0]?.fields?.[0]?.name).toBe('Источник');
    expect(readable(answer)).toContain(`“${QUOTE}”`);
  });

  it('Japanese, which has no translation: English', async () => {
    const result = await h.mock.sendCommand(
      'who-said',
      { quote: 'harbour bridge reopen in april' },
      { locale: 'ja' },
    );
    const answer = await result.reply();
    expect(answer.embeds[0]?.author?.name).toBe('Who said it');
    expect(answer.embeds[0]?.fields?.[0]?.name).toBe('Source');
    expect(readable(answer)).toContain(`“${QUOTE}”`);
  });

  it('the paste form fits Discord’s limits in every language', async () => {
    const titles: Record<string, string> = {
      de: 'Ein Dokument hinzufügen',
      fr: 'Ajouter un document',
      'es-ES': 'Añadir un documento',
      ru: 'Добавить документ',
    };
    for (const [locale, title] of Object.entries(titles)) {
      const result = await h.mock.sendCommand('document add', {}, { ...moderator, locale });
      expect((await result.modal()).title).toBe(title);
    }
  });

  it('Discord sends the bot the default names, whatever the user typed', async () => {
    const result = await h.mock.sendCommand('zitate', { person: 'Mara Lindqvist' }, { locale: 'de' });
    await result.reply();
    expect(result.payload.data).toMatchObject({
      name: 'quotes',
      options: [{ name: 'speaker', value: 'Mara Lindqvist' }],
    });
  });
});
