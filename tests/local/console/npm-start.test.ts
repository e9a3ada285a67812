import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dirs: string[] = [];
// After all, not after each: the tests run concurrently and must not delete each other's directories.
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs `tsx src/main.ts` (what `npm start` runs) without a token, with `lines` on stdin. */
function start(
  lines: string[],
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'verbatim-console-'));
  dirs.push(dataDir);
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DISCORD_TOKEN: '' };
  delete env.LOG_LEVEL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.end(`${lines.join('\n')}\n`);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`npm start did not exit within 30 s:\n${stdout}\n${stderr}`));
    }, 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe.concurrent('npm start without a token', () => {
  it('answers each piped line in order and exits 0', async () => {
    const { code, stdout, stderr } = await start([
      '# who said it?',
      '/who-said quote: unite around our president',
      '',
      '/quotes speaker: Vladimir Putin',
      '/not-a-command',
      '/sources',
    ]);
    expect(code, stderr).toBe(0);
    const peskov = stdout.indexOf('Dmitry Peskov');
    const putin = stdout.indexOf('Vladimir Putin', peskov);
    const sources = stdout.indexOf('Sources (1)', putin);
    expect(peskov).toBeGreaterThanOrEqual(0);
    expect(putin).toBeGreaterThan(peskov);
    expect(sources).toBeGreaterThan(putin);
    expect(stderr).toContain('line 5: unknown command /not-a-command');
  });

  it('--json prints one parseable line per message request, each with allowed_mentions', async () => {
    const { code, stdout, stderr } = await start(
      [
        '/who-said quote: unite around our president',
        '/ask question: what did Peskov say?',
        '/document list',
      ],
      ['--json'],
    );
    expect(code, stderr).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.command)).toEqual(['who-said', 'ask', 'document']);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['command', 'method', 'path', 'body']);
      const message = line.body.data ?? line.body;
      expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    expect(lines[0].body.data.embeds[0].title).toContain('Dmitry Peskov');
  });

  it('--locale de: commands typed as a German Discord shows them, answered in German, the quote as written', async () => {
    const { code, stdout, stderr } = await start(
      ['/wer-sagte zitat: unite around our president', '/quellen'],
      ['--locale', 'de'],
    );
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('Wer es gesagt hat');
    expect(stdout).toContain('Unite around our president.');
    expect(stdout).toContain('Quellen (1)');
    expect(stdout).not.toContain('Who said it');
  });

  it('refuses a locale Discord does not have', async () => {
    const { code, stderr } = await start(['/sources'], ['--locale', 'german']);
    expect(code).toBe(2);
    expect(stderr).toContain('--locale must be one of Discord’s locales');
  });
});
