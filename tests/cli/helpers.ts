import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(ROOT, 'src/cli/main.ts');

/** A fresh temp directory, removed after the current test. */
export function tempDir(prefix = 'verbatim-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `content` to `dir/name` and returns its path. */
export function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Variables added to (or, when undefined, removed from) the environment. */
  env?: Record<string, string | undefined>;
  /** Standard input; closed empty when absent. */
  input?: string;
  /** Spawn through `npm run --silent cli --` (the documented invocation) instead of tsx directly. */
  npm?: boolean;
  uid?: number;
  gid?: number;
}

/**
 * Runs the CLI as a real process, as a user would: `node --import tsx src/cli/main.ts ARGS`
 * (the loader `npm run cli` uses, without npm's start-up cost).
 */
export function cli(args: string[], options: RunOptions = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const [command, argv] = options.npm
    ? ['npm', ['run', '--silent', 'cli', '--', ...args]]
    : [process.execPath, ['--import', 'tsx', MAIN, ...args]];
  const proc = spawn(command, argv, {
    cwd: ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
  });
  onTestFinished(() => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  });
  let stdout = '';
  let stderr = '';
  proc.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  proc.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  proc.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    proc.on('error', reject);
    proc.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The JSON lines of a run's stdout, parsed. */
export function jsonLines(run: Run): unknown[] {
  return run.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** Asserts the failure shape of the contract: the exit code, nothing on stdout, one line on stderr. */
export function failure(run: Run): { code: number | null; stdout: string; lines: number; message: string } {
  return {
    code: run.code,
    stdout: run.stdout,
    lines: run.stderr.trimEnd().split('\n').length,
    message: run.stderr.trim(),
  };
}

/** A short invented article: a title line, then paragraphs (one per line). */
export const HARBOUR = [
  'Lighthouse keepers vote to stay on Marrow Island',
  'The keepers of the Marrow Island light voted on Tuesday to remain at their posts through the winter.',
  '“We will keep the lamp burning until the last ferry of the season has passed the point,” said Agnes Tolliver, the head keeper.',
  'The harbour board said it would review the decision in the spring.',
  '',
].join('\n');

export const ORCHARD = [
  'Frost spares the Kettleby orchards',
  'Growers in Kettleby counted their losses on Sunday after two nights below freezing.',
  '“The blossom held on by a thread, and so did we,” said grower Rufus Ambrose, who farms forty acres of pears.',
  'Ambrose said the smudge pots had burned until dawn.',
  '',
].join('\n');
