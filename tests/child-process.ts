import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

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
  const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
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
