import { ApplicationCommandType, Locale } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/discord/command.ts';
import { TRANSLATIONS } from '../../src/discord/i18n.ts';
import en from '../../src/discord/locales/en.ts';
import { loadCommands } from '../../src/discord/registry.ts';

type Tree = { [key: string]: string | Tree };

/** "namespace.key" → text, plural forms kept apart ("count.quote_one"). */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL, '');
const variables = (text: string) =>
  [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string))].sort();
/** Per base key, the variables its forms use (every form must use the same ones). */
function variablesByKey(texts: Map<string, string>): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const [key, text] of texts) out.set(baseKey(key), [...(out.get(baseKey(key)) ?? []), variables(text)]);
  return out;
}

const english = flatten(en.text);
const englishVariables = variablesByKey(english);

/** Discord's rule for chat-input command and option names (and their localizations). */
const CHAT_INPUT_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

interface Node {
  name: string;
  description?: string;
  type?: number;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  options?: Node[];
}

/** Every command and option, with the path it is known by ("document add file") and its siblings. */
function nodes(
  list: readonly Node[],
  path: string[] = [],
): Array<{ path: string; node: Node; siblings: Node[] }> {
  return list.flatMap((node) => [
    { path: [...path, node.name].join(' '), node, siblings: [...list] },
    ...nodes(node.options ?? [], [...path, node.name]),
  ]);
}

let commands: Command[];
beforeAll(async () => {
  commands = await loadCommands();
});

describe.each(Object.entries(TRANSLATIONS))('the %s translation', (language, { file, locales }) => {
  const texts = flatten(file.text as unknown as Tree);

  it('has every English text and no text English lacks', () => {
    const own = new Set([...texts.keys()].map(baseKey));
    expect([...englishVariables.keys()].filter((key) => !own.has(key))).toEqual([]);
    expect([...own].filter((key) => !englishVariables.has(key))).toEqual([]);
  });

  it('fills in the same values as English, in every plural form', () => {
    const wrong: string[] = [];
    for (const [key, forms] of variablesByKey(texts)) {
      const expected = englishVariables.get(key)?.[0];
      for (const form of forms) if (JSON.stringify(form) !== JSON.stringify(expected)) wrong.push(key);
    }
    expect(wrong).toEqual([]);
  });

  it('has each plural form the language needs', () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const plurals = new Set([...english.keys()].filter((key) => PLURAL.test(key)).map(baseKey));
    const missing = [...plurals].flatMap((key) =>
      categories.filter((c) => !texts.has(`${key}_${c}`)).map((c) => `${key}_${c}`),
    );
    expect(missing).toEqual([]);
  });

  it('names commands in its texts as its users see them in Discord', () => {
    const names = new Set(
      commands
        .map((c) => c.data as Node)
        .flatMap((node) => [node.name, node.name_localizations?.[locales[0]]]),
    );
    const unknown = [...texts.values()]
      .flatMap((text) => [...text.matchAll(/`\/([^\s`]+)/g)].map((m) => m[1] as string))
      .filter((name) => !names.has(name));
    expect(unknown).toEqual([]);
  });
});

describe('localized command definitions', () => {
  const all = () => nodes(commands.map((c) => c.data as Node));

  it('localize every command and option name and description in German, French, Spanish and Russian', () => {
    const wanted = [Locale.German, Locale.French, Locale.SpanishES, Locale.SpanishLATAM, Locale.Russian];
    const missing = all().flatMap(({ path, node }) => {
      const gaps = wanted.filter((l) => !node.name_localizations?.[l]).map((l) => `${path} name ${l}`);
      if (node.description !== undefined)
        gaps.push(
          ...wanted
            .filter((l) => !node.description_localizations?.[l])
            .map((l) => `${path} description ${l}`),
        );
      return gaps;
    });
    expect(missing).toEqual([]);
  });

  it('use only Discord’s locale keys', () => {
    const known = new Set<string>(Object.values(Locale));
    const keys = all().flatMap(({ node }) => [
      ...Object.keys(node.name_localizations ?? {}),
      ...Object.keys(node.description_localizations ?? {}),
    ]);
    expect(keys.filter((key) => !known.has(key))).toEqual([]);
  });

  it('give slash commands and options lowercase names Discord accepts, and menus names of 1–32 characters', () => {
    const bad = commands.flatMap((command) => {
      const data = command.data as Node;
      if (data.type === ApplicationCommandType.Message)
        return Object.values(data.name_localizations ?? {}).filter((n) => n.length < 1 || n.length > 32);
      return nodes([data])
        .flatMap(({ node }) => Object.values(node.name_localizations ?? {}))
        .filter((name) => !CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase());
    });
    expect(bad).toEqual([]);
  });

  it('keep descriptions within 1–100 characters', () => {
    const long = all().flatMap(({ path, node }) =>
      Object.entries(node.description_localizations ?? {})
        .filter(([, text]) => text.length < 1 || text.length > 100)
        .map(([locale, text]) => `${path} ${locale}: ${text.length}`),
    );
    expect(long).toEqual([]);
  });

  it('give sibling options distinct names in each locale, and none another option’s English name', () => {
    const clashes = all().flatMap(({ path, node, siblings }) =>
      Object.entries(node.name_localizations ?? {}).flatMap(([locale, name]) =>
        siblings
          .filter((other) => other !== node)
          .filter((other) => other.name === name || other.name_localizations?.[locale] === name)
          .map((other) => `${path} (${locale} “${name}”) vs ${other.name}`),
      ),
    );
    expect(clashes).toEqual([]);
  });
});
