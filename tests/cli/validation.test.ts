import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, HARBOUR, type Run, tempDir, writeFile } from './helpers.ts';

/** The contract's failure shape: the exit code, nothing on stdout, and one line on stderr matching `message`. */
function expectFailure(run: Run, code: 1 | 2, message: RegExp): void {
  const summary = { code: run.code, stdout: run.stdout, stderr: run.stderr };
  expect(summary, JSON.stringify(summary)).toMatchObject({ code, stdout: '' });
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(message);
}

/** A pid no process has any more: a child's that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid as number;
}

/** A run that did not end within `ms` fails the test instead of hanging it. */
async function within<T>(ms: number, run: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([run, hung]);
  } finally {
    clearTimeout(timer);
  }
}

describe('CLI refuses what cannot be right', { timeout: 90_000 }, () => {
  it('a server id that is not a Discord snowflake exits 2, and nothing is stored', async () => {
    const env = { DATA_DIR: tempDir() };
    const file = writeFile(tempDir(), 'harbour.txt', HARBOUR);
    const [add, whoSaid, documents] = await Promise.all([
      cli(['add', file, '--guild', 'abc'], { env }),
      cli(['who-said', '--guild', '12345', 'keep the lamp burning'], { env }),
      cli(['documents', '--guild', '1234567890123456789012'], { env }),
    ]);
    for (const run of [add, whoSaid, documents]) expectFailure(run, 2, /--guild.*17–20 digits/);
    const listed = await cli(['documents'], { env });
    expect(listed.stdout).not.toContain('Lighthouse');
  });

  it('a source that is not an http(s) URL is refused with exit 2, and nothing is stored', async () => {
    const env = { DATA_DIR: tempDir() };
    const file = writeFile(tempDir(), 'harbour.txt', HARBOUR);
    for (const source of ['not a url', 'ftp://example.com/a', 'javascript:alert(1)']) {
      expectFailure(await cli(['add', file, '--source', source], { env }), 2, /--source.*http/);
    }
    expect((await cli(['documents'], { env })).stdout).not.toContain('Lighthouse');
    const ok = await cli(['add', file, '--source', 'https://news.example/lighthouse'], { env });
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('prints the window around the match that Discord shows, and the whole paragraph with --full', async () => {
    const corpus = tempDir();
    const filler = 'The tide tables were read aloud at the harbour office that morning. ';
    const paragraph = `${filler.repeat(400)}Nobody had yet mentioned the lamp on the pier at dusk. ${filler.repeat(400)}`;
    writeFile(corpus, 'long.txt', `Marrow Island\n${paragraph}\n`);
    const [short, full, ask] = await Promise.all([
      cli(['who-said', '--corpus', corpus, 'mentioned the lamp on the pier']),
      cli(['who-said', '--corpus', corpus, '--full', 'mentioned the lamp on the pier']),
      cli(['ask', '--corpus', corpus, 'lamp on the pier']),
    ]);
    expect(short.code, short.stderr).toBe(0);
    expect(short.stdout).toMatch(/\[mentioned the lamp on the pier\]/);
    expect(short.stdout).toMatch(/^….*…$/m);
    expect(short.stdout.length).toBeLessThan(4000);
    expect(full.stdout.length).toBeGreaterThan(paragraph.length);
    expect(ask.stdout).toMatch(/\[lamp\] on the \[pier\]|\[lamp on the pier\]/);
    expect(ask.stdout.length).toBeLessThan(1500);
  });
});

describe('the data directory', { timeout: 90_000 }, () => {
  it.skipIf(!existsSync('/proc/self'))(
    'that cannot be created (under /proc) fails at once with one line instead of hanging',
    async () => {
      const env = { DATA_DIR: '/proc/verbatim-test/data' };
      const run = await within(30_000, cli(['who-said', 'unite around our president'], { env }));
      expectFailure(run, 1, /verbatim-test/);
    },
  );

  it('loses the snapshot temp files a killed process left, and keeps a running one’s', async () => {
    const dataDir = tempDir();
    const stale = writeFile(dataDir, `index.snapshot.${await deadPid()}.tmp`, '');
    const live = writeFile(dataDir, `index.snapshot.${process.pid}.tmp`, '');
    const run = await cli(['who-said', 'unite around our president'], { env: { DATA_DIR: dataDir } });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(join(dataDir, 'index.snapshot'))).toBe(true);
  });
});
