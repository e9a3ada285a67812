import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS as BOT_LIMITS } from '../../src/discord/limits.ts';
import {
  DISCORD_LIMITS as DOCUMENTED,
  isEmptyMessage,
  validateChoices,
  validateCommands,
  validateMessage,
} from '../../src/local/limits.ts';

type Json = Record<string, unknown>;

const errorsOf = (result: ReturnType<typeof validateMessage>) => result?.errors;

describe('Discord limits', () => {
  it('accepts a message at the limits', () => {
    expect(validateMessage({ content: 'x'.repeat(2000), embeds: [{ title: 't'.repeat(256) }] })).toBeNull();
  });

  it('reports each broken embed limit at its JSON path', () => {
    const fields = Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' }));
    const result = validateMessage({
      embeds: [
        { title: 't'.repeat(257), description: 'd'.repeat(4097), fields, footer: { text: 'f'.repeat(2049) } },
      ],
    });
    expect(result?.code).toBe(50035);
    const embedErrors = errorsOf(result)?.embeds as Record<string, object> | undefined;
    expect(Object.keys(embedErrors?.['0'] ?? {})).toEqual(['title', 'description', 'footer', 'fields']);
  });

  it('counts all embeds of a message together against 6000 characters', () => {
    const embeds = [{ description: 'a'.repeat(4000) }, { description: 'b'.repeat(2001) }];
    expect(errorsOf(validateMessage({ embeds }))).toEqual({
      embeds: {
        _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' }],
      },
    });
  });

  it('limits action rows, buttons per row and custom ids', () => {
    const row = (n: number, customId = 'b') => ({
      type: 1,
      components: Array.from({ length: n }, () => ({ type: 2, custom_id: customId })),
    });
    expect(validateMessage({ components: [row(5), row(5), row(5), row(5), row(5)] })).toBeNull();
    expect(errorsOf(validateMessage({ components: Array.from({ length: 6 }, () => row(1)) }))).toHaveProperty(
      'components._errors',
    );
    expect(errorsOf(validateMessage({ components: [row(6)] }))).toHaveProperty([
      'components',
      '0',
      'components',
      '_errors',
    ]);
    expect(errorsOf(validateMessage({ components: [row(1, 'c'.repeat(101))] }))).toHaveProperty([
      'components',
      '0',
      'components',
      '0',
      'custom_id',
    ]);
  });

  it('limits the files of a message and their descriptions', () => {
    const file = (description: string) => ({ id: '1', filename: 'card.png', description });
    expect(validateMessage({ attachments: [file('d'.repeat(1024))] })).toBeNull();
    const errors = errorsOf(
      validateMessage({
        attachments: [file('d'.repeat(1025)), ...Array.from({ length: 10 }, () => file(''))],
      }),
    );
    expect(errors).toHaveProperty(['attachments', '_errors']);
    expect(errors).toHaveProperty(['attachments', '0', 'description', '_errors']);
  });

  it('nests callback errors under data', () => {
    expect(errorsOf(validateMessage({ content: 'x'.repeat(2001) }, 'data'))).toHaveProperty(
      'data.content._errors',
    );
    expect(validateChoices([{ name: '', value: 'v' }])?.errors).toHaveProperty([
      'data',
      'choices',
      '0',
      'name',
    ]);
  });

  it('treats a message without content, embeds, components or files as empty', () => {
    expect(isEmptyMessage({ content: '', embeds: [] })).toBe(true);
    expect(isEmptyMessage({ embeds: [{ title: 't' }] })).toBe(false);
  });

  it('validates command registrations by index', () => {
    const ok = {
      name: 'ask',
      description: 'Ask',
      options: [{ name: 'q', description: 'Question', type: 3, max_length: 6000 }],
    };
    expect(validateCommands([ok, { name: 'Check quote', type: 3 }])).toBeNull();
    const errors = validateCommands([ok, { ...ok, description: 'd'.repeat(101) }])?.errors;
    expect(errors).toHaveProperty(['1', 'description', '_errors']);
  });

  it('holds localized names and descriptions to Discord’s rules, by locale', () => {
    const command = (localizations: object, option: object = {}) => ({
      name: 'quotes',
      description: 'Quotes',
      ...localizations,
      options: [
        { name: 'speaker', description: 'Who', type: 3, ...option },
        { name: 'since', description: 'From', type: 3, name_localizations: { de: 'seit' } },
      ],
    });
    const fine = command(
      { name_localizations: { de: 'zitate', ru: 'цитаты' }, description_localizations: { 'es-ES': 'Citas' } },
      { name_localizations: { de: 'person', fr: 'personne' } },
    );
    expect(
      validateCommands([
        fine,
        { name: 'Who said this?', type: 3, name_localizations: { de: 'Wer hat das gesagt?' } },
      ]),
    ).toBeNull();
    const errors = validateCommands([
      command({ name_localizations: { de: 'Zitate', fr: 'deux mots', es: 'citas', ru: 'ц'.repeat(33) } }),
      command(
        { description_localizations: { de: 'd'.repeat(101) } },
        { name_localizations: { de: 'seit', fr: 'since' } },
      ),
    ])?.errors;
    const names = (errors?.['0'] as Json | undefined)?.name_localizations ?? {};
    expect(Object.keys(names).sort()).toEqual(['de', 'es', 'fr', 'ru']);
    expect(errors).toHaveProperty(['1', 'description_localizations', 'de', '_errors']);
    // An option's localized name may be neither another option's name in that locale nor its default name.
    for (const locale of ['de', 'fr'])
      expect(errors).toHaveProperty(['1', 'options', '0', 'name_localizations', locale, '_errors']);
  });
});

describe('the bot against Discord’s limits as the local Discord knows them', () => {
  it('uses, for every limit it builds replies to, the value Discord documents', () => {
    const documented = DOCUMENTED as Record<string, number>;
    const wrong = Object.entries(BOT_LIMITS).filter(([name, value]) => documented[name] !== value);
    expect(wrong).toEqual([]);
  });
});
