import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type Attribution, attributeText, type DocumentAttribution } from '../../src/attribution/index.ts';

export const root = join(import.meta.dirname, '..', '..');

export function article(name: string): { text: string; result: DocumentAttribution } {
  const text = readFileSync(join(root, 'tests', 'fixtures', 'articles', name), 'utf8');
  return { text, result: attributeText(text) };
}

/** The attribution whose words contain `words`; fails the test when there is none. */
export function find(result: DocumentAttribution, words: string): Attribution {
  const hit = result.quotes.find((q) => q.quote.includes(words));
  expect(hit, `no attribution contains “${words}”`).toBeDefined();
  return hit as Attribution;
}

export function none(result: DocumentAttribution, words: string): void {
  expect(result.quotes.filter((q) => q.quote.includes(words))).toEqual([]);
}
