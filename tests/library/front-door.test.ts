import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

const sources = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));

describe('the library as the one front door', () => {
  it('is all that commands and the Discord layer use: no reaching into its index or store', () => {
    const files = [...sources(join(ROOT, 'commands')), ...sources(join(ROOT, 'src', 'discord'))];
    expect(files.length).toBeGreaterThan(10);
    const reaching: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\blibrary\s*\.\s*(index|store)\b|from '[^']*\/store\/[^']*'/g)) {
        if (/^import type/.test(source.slice(source.lastIndexOf('\n', match.index) + 1))) continue;
        reaching.push(`${relative(ROOT, file)}: ${match[0]}`);
      }
    }
    expect(reaching).toEqual([]);
  });
});
