import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { cli, failure, HARBOUR, tempDir, writeFile } from './helpers.ts';

async function sizeOf(path: string): Promise<[number, number]> {
  const image = await loadImage(readFileSync(path));
  return [image.width, image.height];
}

describe('cli card', { timeout: 60_000 }, () => {
  it('writes the PNG card of the quote a fragment is part of, from the argument or stdin', async () => {
    const dir = tempDir();
    const out = join(dir, 'card.png');
    const run = await cli(['card', 'unite around our president', '--out', out], {
      env: { DATA_DIR: tempDir() },
      npm: true,
    });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Wrote .*card\.png: Dmitry Peskov, from “Putin tells neighbours/);
    expect(await sizeOf(out)).toEqual([1200, 630]);

    const corpus = tempDir();
    writeFile(corpus, 'harbour.txt', HARBOUR);
    const piped = join(dir, 'piped.png');
    const fromStdin = await cli(['card', '-', '--out', piped, '--corpus', corpus], {
      input: 'keep the lamp burning until the last ferry\n',
    });
    expect(fromStdin).toMatchObject({ code: 0, stderr: '' });
    expect(fromStdin.stdout).toContain('Agnes Tolliver');
    expect(await sizeOf(piped)).toEqual([1200, 630]);
  });

  it('says in one line when nothing matches or --out is missing, and writes no file', async () => {
    const dir = tempDir();
    const out = join(dir, 'none.png');
    const env = { DATA_DIR: tempDir() };
    const none = await cli(['card', 'zebras dancing on the moon tonight', '--out', out], { env });
    expect(failure(none)).toMatchObject({ code: 1, stdout: '', lines: 1 });
    expect(failure(none).message).toMatch(/^verbatim: no quote matches “zebras dancing on the moon tonight”/);
    expect(existsSync(out)).toBe(false);

    const corpus = tempDir();
    writeFile(
      corpus,
      'notes.txt',
      'Ferry notes\nThe ferry will run every hour from May and the harbour stays open.\n',
    );
    const uncredited = await cli(['card', 'ferry will run every hour', '--out', out, '--corpus', corpus]);
    expect(failure(uncredited)).toMatchObject({ code: 1, stdout: '', lines: 1 });
    expect(failure(uncredited).message).toMatch(/nobody is credited with them/);
    expect(existsSync(out)).toBe(false);

    const noOut = await cli(['card', 'unite around our president'], { env });
    expect(failure(noOut)).toMatchObject({ code: 2, stdout: '', lines: 1 });
    expect(failure(noOut).message).toMatch(/--out FILE\.png/);
  });
});
