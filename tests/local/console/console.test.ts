import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runConsole } from '../../../src/local/console/session.ts';
import { type Harness, startHarness } from '../../discord/harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Runs the console over `lines` (not a terminal) against the real bot; resolves with what it printed. */
async function run(harness: Harness, lines: string[], json = false) {
  const input = new PassThrough();
  const output = new PassThrough();
  const errors = new PassThrough();
  let out = '';
  let err = '';
  output.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  errors.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  input.end(`${lines.join('\n')}\n`);
  await runConsole({ mock: harness.mock, input, output, errors, json });
  return { out, err };
}

describe('the local console (piped input)', () => {
  it('answers each line in order: commands, buttons, choices, a form, and one-line errors', async () => {
    h = await startHarness();
    const { out, err } = await run(h, [
      '# a comment, then an empty line',
      '',
      '/who-said quote: unite around our president',
      '/ask question: Putin',
      'next',
      '/quotes speaker: Pu?',
      '/bogus thing',
      '/document add title: Ferry news',
      '',
      'https://example.com/ferry',
      '2024-06-01',
      '“The ferry will run every hour from June,” harbour master Tom Lee said.',
      '',
      '/who-said ferry will run every hour',
      '/sources hide: true',
    ]);
    const order = [
      'Dmitry Peskov, Kremlin spokesman',
      'Page 1 of 2',
      '(updated)',
      'Page 2 of 2',
      'Vladimir Putin',
      'Add a document',
      'Added: Ferry news',
      'Tom Lee',
      '(only you)',
      'Sources (2)',
    ];
    let at = -1;
    for (const marker of order) {
      const next = out.indexOf(marker, at + 1);
      expect(next, `“${marker}” after position ${at} in:\n${out}`).toBeGreaterThan(at);
      at = next;
    }
    expect(out).toContain('[1] ◀ Previous (off)  [2] Next ▶');
    expect(out).not.toContain('**');
    expect(err).toBe('verbatim: line 7: unknown command /bogus; type help to list them\n');
  });

  it('prints one JSON line per message request with --json, tagged with its command', async () => {
    h = await startHarness();
    const { out } = await run(
      h,
      ['/who-said quote: unite around our president', '/ask question: Putin', 'next', '/sources'],
      true,
    );
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.command, l.method])).toEqual([
      ['who-said', 'POST'],
      ['ask', 'POST'],
      ['ask', 'POST'],
      ['sources', 'POST'],
    ]);
    expect(lines.map((l) => l.body.type)).toEqual([4, 4, 7, 4]);
    for (const line of lines) {
      expect(line.path).toMatch(/^\/interactions\/\d+\/[^/]+\/callback$/);
      expect(line.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    expect(lines[0].body.data.embeds[0].description).toContain('**');
  });
});
