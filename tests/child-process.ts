import { type ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/[/\\]$/, '');

export interface Line {
  line: string;
  /** When the line arrived (Date.now()), for tests about how soon a process reacts. */
  at: number;
}

export interface Child {
  proc: ChildProcess;
  /** Every stdout line so far. */
  lines: string[];
  /** Resolves once the process has ended and its output was read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The next stdout line matching `pattern`, after the one the previous call returned. */
  next(pattern: RegExp, timeoutMs?: number): Promise<Line>;
}

/** Runs a TypeScript script in its own Node process, as another user when given one; killed when the test ends. */
export function spawnScript(
  script: string,
  args: string[],
  user: { uid?: number; gid?: number } = {},
): Child {
  // Another user may not reach this checkout (a clone in a private 0700 directory): run a copy it can.
  const root = user.uid === undefined ? ROOT : checkoutFor(user.uid);
  const proc = spawn(process.execPath, ['--import', 'tsx', join(root, relative(ROOT, script)), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...user,
  });
  onTestFinished(() => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  });
  let stderr = '';
  proc.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const lines: string[] = [];
  const arrivals: Line[] = [];
  let wake: (() => void) | undefined;
  createInterface({ input: proc.stdout }).on('line', (line) => {
    lines.push(line);
    arrivals.push({ line, at: Date.now() });
    wake?.();
  });
  let ended = false;
  // 'close', not 'exit': it waits for stdout to drain, so no line is missed.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('close', (code, signal) => {
      ended = true;
      wake?.();
      resolve({ code, signal });
    }),
  );
  let from = 0;
  return {
    proc,
    lines,
    exited,
    next(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          wake = undefined;
          settle();
        };
        const timer = setTimeout(
          () => finish(() => reject(new Error(`child never printed ${pattern}; stderr:\n${stderr}`))),
          timeoutMs,
        );
        const check = () => {
          for (; from < arrivals.length; from++) {
            const entry = arrivals[from] as Line;
            if (pattern.test(entry.line)) {
              from += 1;
              finish(() => resolve(entry));
              return;
            }
          }
          if (ended)
            finish(() => reject(new Error(`child exited before printing ${pattern}; stderr:\n${stderr}`)));
        };
        wake = check;
        check();
      });
    },
  };
}

/** What a child needs from the checkout: the code, its dependencies and the test fixtures. */
const NEEDED = ['package.json', 'tsconfig.json', 'src', 'seeds', 'tests', 'commands', 'node_modules'];

/** Whether a user other than the owner can get to `path`: every directory on the way searchable by others. */
function reachableByOthers(path: string): boolean {
  for (let dir = path; ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}

/**
 * This checkout, when `uid` can reach it; otherwise a copy in the temp directory (hard links where
 * the files are world-readable, so it takes a moment), removed when the test ends.
 */
function checkoutFor(uid: number): string {
  if (uid === process.getuid?.() || reachableByOthers(ROOT)) return ROOT;
  const base = [tmpdir(), '/tmp', '/var/tmp'].find(reachableByOthers);
  if (!base) throw new Error(`no temp directory another user can reach, to copy ${ROOT} into`);
  const copy = mkdtempSync(join(base, 'verbatim-checkout-'));
  onTestFinished(() => rmSync(copy, { recursive: true, force: true }));
  chmodSync(copy, 0o755);
  for (const name of NEEDED) {
    const from = join(ROOT, name);
    if (lstatSync(from, { throwIfNoEntry: false })) copyTree(from, join(copy, name));
  }
  return copy;
}

function copyTree(from: string, to: string): void {
  const stat = lstatSync(from);
  if (stat.isSymbolicLink()) {
    symlinkSync(readlinkSync(from), to);
  } else if (stat.isDirectory()) {
    mkdirSync(to, { mode: 0o755 });
    chmodSync(to, 0o755);
    for (const entry of readdirSync(from)) copyTree(`${from}${sep}${entry}`, `${to}${sep}${entry}`);
  } else {
    try {
      if ((stat.mode & 0o004) === 0) throw new Error('not readable by others');
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
      chmodSync(to, (stat.mode & 0o111) !== 0 ? 0o755 : 0o644);
    }
  }
}
