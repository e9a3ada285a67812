import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Library } from '../../src/library/library.ts';
import { STORE_FILE } from '../../src/store/index.ts';
import { HARBOUR, ROOT, tempDir } from '../cli/helpers.ts';

const CHILD = fileURLToPath(new URL('./fixtures/child.ts', import.meta.url));
const LAMP = 'keep the lamp burning until the last ferry';
const ACTOR = { id: 'tester', name: 'tester', via: 'cli' as const };
const META = { title: 'Marrow Island keepers', source: null, date: null, guild: null };
const isRoot = process.getuid?.() === 0;

interface Child {
  proc: ChildProcess;
  /** Resolves with the first stdout line (from now on, or already seen) matching `pattern`, and when it arrived. */
  next(pattern: RegExp, timeoutMs?: number): Promise<{ line: string; at: number }>;
}

/** Runs fixtures/child.ts in its own Node process, as another user when given one. */
function spawnChild(args: string[], user: { uid?: number; gid?: number } = {}): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...user,
  });
  onTestFinished(() => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  });
  let stderr = '';
  proc.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const lines: { line: string; at: number }[] = [];
  let waiter: (() => void) | undefined;
  createInterface({ input: proc.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    lines.push({ line, at: Date.now() });
    waiter?.();
  });
  let exited = false;
  proc.on('close', () => {
    exited = true;
    waiter?.();
  });
  let from = 0;
  return {
    proc,
    next(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiter = undefined;
          reject(
            new Error(`child never printed ${pattern}; stdout: ${JSON.stringify(lines)}; stderr:\n${stderr}`),
          );
        }, timeoutMs);
        const check = () => {
          for (; from < lines.length; from++) {
            const entry = lines[from] as { line: string; at: number };
            if (pattern.test(entry.line)) {
              from += 1;
              clearTimeout(timer);
              waiter = undefined;
              resolve(entry);
              return;
            }
          }
          if (exited) {
            clearTimeout(timer);
            reject(new Error(`child exited before printing ${pattern}; stderr:\n${stderr}`));
          }
        };
        waiter = check;
        check();
      });
    },
  };
}

describe('Library across processes', { timeout: 60_000 }, () => {
  it('a following process sees another process’s add, then its remove, within a second each', async () => {
    const dataDir = tempDir('verbatim-library-');
    const writer = Library.open({ dataDir });
    onTestFinished(() => writer.close());

    const follower = spawnChild(['follow', dataDir, LAMP]);
    const { line: ready } = await follower.next(/^ready /);
    expect(ready).toBe('ready none');

    const { doc } = writer.add(HARBOUR, META, ACTOR);
    const added = Date.now();
    const seen = await follower.next(/^answer /);
    expect(seen.line).toBe(`answer ${doc.id}`);
    expect(seen.at - added).toBeLessThan(1000);

    writer.remove(doc.id, null, ACTOR);
    const removed = Date.now();
    const gone = await follower.next(/^answer /);
    expect(gone.line).toBe('answer none');
    expect(gone.at - removed).toBeLessThan(1000);
  });

  it('a data directory it may not write still answers, and an add says the store is read-only', async () => {
    const dataDir = tempDir('verbatim-library-');
    const writer = Library.open({ dataDir });
    const { doc } = writer.add(HARBOUR, META, ACTOR);
    writer.close();
    expect(existsSync(join(dataDir, `${STORE_FILE}-wal`))).toBe(false);

    chmodSync(join(dataDir, STORE_FILE), 0o444);
    chmodSync(dataDir, 0o555);
    onTestFinished(() => chmodSync(dataDir, 0o755));
    // Root ignores file modes, so the reader runs as nobody.
    const reader = spawnChild(['read-only', dataDir, LAMP], isRoot ? { uid: 65534, gid: 65534 } : {});
    const report = JSON.parse((await reader.next(/^\{/)).line) as {
      answer: string;
      readonly: boolean | null;
      add: { code?: string; message: string } | 'ok';
      listed: number;
    };
    expect(report.answer).toBe(doc.id);
    expect(report.readonly).toBe(true);
    expect(report.listed).toBe(2); // the seed and the stored document
    expect(report.add).toMatchObject({ code: 'read_only', message: expect.stringMatching(/read-only/) });
  });
});
