import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LOCAL = join(ROOT, 'src', 'local');

/** Every module specifier a file imports or re-exports, static or dynamic. */
function specifiers(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found = [
    ...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*'([^']+)'/gms),
    ...source.matchAll(/^\s*import\s*'([^']+)'/gm),
    ...source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
  ];
  return found.map((m) => m[1] as string);
}

const sources = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));

describe('the local Discord', () => {
  it('imports nothing from the bot it tests: only itself, Node, ws and discord-api-types', () => {
    const files = sources(LOCAL);
    expect(files.length).toBeGreaterThan(5);
    const outside: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(file)) {
        const allowed = spec.startsWith('.')
          ? !relative(LOCAL, resolve(dirname(file), spec)).startsWith('..')
          : spec.startsWith('node:') || spec === 'ws' || spec.startsWith('discord-api-types/');
        if (!allowed) outside.push(`${relative(ROOT, file)} → ${spec}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('is not loaded by the production entry unless there is no token', () => {
    const main = join(ROOT, 'src', 'main.ts');
    const staticImports = readFileSync(main, 'utf8')
      .split('\n')
      .filter((line) => /^\s*(import|export)\b/.test(line) && line.includes('local/'));
    expect(staticImports).toEqual([]);
    expect(specifiers(main)).toContain('./local/index.ts');
  });
});
