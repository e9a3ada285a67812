import { Locale } from 'discord-api-types/v10';

/**
 * Commands as a user of a given locale sees them in Discord: localized names and descriptions where the
 * bot registered them. Discord still sends the bot the default names, whatever the user typed
 * (https://discord.com/developers/docs/interactions/application-commands#localization).
 */

/** Discord's own fallbacks when a field has no localization for a locale. */
const FALLBACK: Partial<Record<string, Locale>> = {
  [Locale.EnglishUS]: Locale.EnglishGB,
  [Locale.EnglishGB]: Locale.EnglishUS,
  [Locale.SpanishLATAM]: Locale.SpanishES,
};

/** A command, option or choice as registered, as far as localization goes. */
export interface Localizable {
  name: string;
  description?: string;
  name_localizations?: Record<string, string> | null;
  description_localizations?: Record<string, string> | null;
  options?: Localizable[];
}

function shown(
  localizations: Record<string, string> | null | undefined,
  fallback: string,
  locale: string | undefined,
): string {
  if (!locale || !localizations) return fallback;
  const other = FALLBACK[locale];
  return localizations[locale] ?? (other && localizations[other]) ?? fallback;
}

/** The name a user with `locale` sees (and types) for a command, option or choice. */
export function shownName(node: Localizable, locale?: string): string {
  return shown(node.name_localizations, node.name, locale);
}

/** The one of `nodes` a user with `locale` means by `typed`: its name in their language, else its default name. */
export function byShownName<T extends Localizable>(
  nodes: readonly T[],
  typed: string,
  locale?: string,
): T | undefined {
  return nodes.find((node) => shownName(node, locale) === typed) ?? nodes.find((node) => node.name === typed);
}

/** Definitions with the names and descriptions a user with `locale` sees, all the way down. */
export function asShown<T extends Localizable>(nodes: readonly T[], locale?: string): T[] {
  if (!locale) return [...nodes];
  return nodes.map((node) => ({
    ...node,
    name: shownName(node, locale),
    ...(node.description === undefined
      ? {}
      : { description: shown(node.description_localizations, node.description, locale) }),
    ...(node.options ? { options: asShown(node.options, locale) } : {}),
  }));
}
