import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-console-'));
  dirs.push(dir);
  return dir;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `tsx src/main.ts` (what `npm start` runs) without a token, with `lines` on stdin and the
 * settings `.env.example` suggests. With `closeAfter`, stdout is closed once that much was read,
 * as `npm start | head` does.
 */
function start(dataDir: string, lines: string[], options: { closeAfter?: number; args?: string[] } = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    DISCORD_TOKEN: '',
    LOG_LEVEL: 'info',
    RATE_LIMIT_COMMANDS: '5',
    RATE_LIMIT_WINDOW_SECONDS: '10',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...(options.args ?? [])], {
    cwd: ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (options.closeAfter !== undefined && stdout.length >= options.closeAfter) child.stdout.destroy();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.on('error', () => undefined);
  child.stdin.end(`${lines.join('\n')}\n`);
  return new Promise<Run>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`npm start did not exit within 100 s:\n${stdout.slice(-2000)}\n${stderr}`));
    }, 100_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

// Each case starts the bot two or more times; on a loaded machine one start takes several seconds.
describe.concurrent('the local console over several runs', { timeout: 120_000 }, () => {
  it('keeps documents added in the console for the next npm start', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'harbour.txt');
    writeFileSync(file, '“The ferry will run again from Monday,” harbour master Ines Calloway said.\n');
    const first = await start(dataDir, [`/document add file: ${file}`]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Added: harbour');

    const second = await start(dataDir, [
      '/document list',
      '/who-said quote: ferry will run again from monday',
    ]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/documents \(1\)/);
    expect(second.stdout).toContain('Ines Calloway');
  });

  it('answers a piped script of 50 commands in full, with logs in DATA_DIR and none on the terminal', async () => {
    const dataDir = tempDir();
    const script = Array.from({ length: 50 }, (_, i) =>
      i % 2 ? '/who-said quote: unite around our president' : '/sources',
    );
    const run = await start(dataDir, script);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/going a bit fast/);
    expect(run.stdout.match(/Dmitry Peskov/g)).toHaveLength(25);
    expect(run.stdout.match(/Sources \(1\)/g)).toHaveLength(25);
    for (const output of [run.stdout, run.stderr]) expect(output).not.toMatch(/"level":/);
    const log = join(dataDir, 'console.log');
    expect(existsSync(log)).toBe(true);
    expect(readFileSync(log, 'utf8')).toMatch(/^\{"level":/);
  });

  it('ends quietly with status 0 when its reader goes away (npm start | head), also with --json', async () => {
    const script = Array.from({ length: 40 }, () => '/who-said quote: unite around our president');
    const runs = await Promise.all(
      [[], ['--json']].map((args) => start(tempDir(), script, { closeAfter: 1, args })),
    );
    for (const [i, run] of runs.entries()) {
      expect({ i, code: run.code, signal: run.signal }).toEqual({ i, code: 0, signal: null });
      expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
    }
  });
});
