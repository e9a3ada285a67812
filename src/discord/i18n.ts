import { Locale, type LocalizationMap } from 'discord.js';
import i18next from 'i18next';
import de from './locales/de.ts';
import en from './locales/en.ts';
import es from './locales/es.ts';
import fr from './locales/fr.ts';
import ru from './locales/ru.ts';

/**
 * The bot speaks its user's language: replies are chosen by `interaction.locale` (English when there is
 * no file for it), and command names and descriptions carry Discord's `*_localizations`. Every text
 * lives in `locales/`, one file per language.
 */

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** A reply text's key, as `en.ts` spells it ("quotes.expired"); plural forms go by their base key. */
export type TextKey = WithoutPlural<Leaves<(typeof en)['text']>>;
export type TextParams = Record<string, string | number>;
/** A reply text in the user's language, and that language, for what is formatted outside the texts (dates). */
export interface Translate {
  (key: TextKey, params?: TextParams): string;
  readonly locale: string;
}

/** A path of a command, subcommand or option ("document.add.file"), and its [name, description] there. */
export type CommandPath = keyof (typeof de)['commands'];
export type CommandTexts = Record<CommandPath, readonly [name: string, description?: string]>;

/** The shape every translation follows: reply texts (checked against en.ts by a test) and command texts. */
export interface Translation {
  text: { [namespace: string]: { [key: string]: string } };
  commands: CommandTexts;
}

/** The languages with their own file, and the Discord locales each one serves. */
export const TRANSLATIONS = {
  de: { file: de, locales: [Locale.German] },
  fr: { file: fr, locales: [Locale.French] },
  es: { file: es, locales: [Locale.SpanishES, Locale.SpanishLATAM] },
  ru: { file: ru, locales: [Locale.Russian] },
} as const satisfies Record<string, { file: Translation; locales: readonly Locale[] }>;

const i18n = i18next.createInstance();
void i18n.init({
  resources: {
    en: { translation: en.text },
    ...Object.fromEntries(
      Object.entries(TRANSLATIONS).map(([language, { file }]) => [language, { translation: file.text }]),
    ),
  },
  lng: 'en',
  fallbackLng: 'en',
  // The resources are here already: ready before the first reply, without waiting.
  initAsync: false,
  // Discord is not HTML: text is escaped for Markdown where it is inserted.
  interpolation: { escapeValue: false },
});

/** Replies in `locale` ("de", "es-419"), falling back to English for a locale without a file. */
export function translator(locale: string): Translate {
  const t = i18n.getFixedT(locale);
  return Object.assign((key: TextKey, params?: TextParams) => t(key, params) as string, { locale });
}

/** English: what the log reads, and the default where no interaction says otherwise. */
export const english = translator(Locale.EnglishUS);

function map(path: CommandPath, index: 0 | 1, params: TextParams): LocalizationMap {
  const entries: [Locale, string][] = [];
  for (const { file, locales } of Object.values(TRANSLATIONS)) {
    const text = (file.commands as CommandTexts)[path][index];
    if (text === undefined) continue;
    const filled = text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
    for (const locale of locales) entries.push([locale, filled]);
  }
  return Object.fromEntries(entries);
}

/** A chat-input command's or option's localized name and description, to spread into its definition. */
export function localized(path: CommandPath, params: TextParams = {}) {
  return { name_localizations: map(path, 0, params), description_localizations: map(path, 1, params) };
}

/** A context-menu command's localized name (it has no description), or a choice's. */
export function localizedName(path: CommandPath) {
  return { name_localizations: map(path, 0, {}) };
}
