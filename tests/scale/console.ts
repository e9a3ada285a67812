import { spawn } from 'node:child_process';
import { onTestFinished } from 'vitest';
import { ROOT } from '../cli/helpers.ts';

/** `npm start` (tsx src/main.ts) with no token, its console fed line by line while it runs. */
export function startConsole(env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DISCORD_TOKEN: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    send: (line: string) => child.stdin.write(`${line}\n`),
    /** Waits for `pattern` in what was printed after `from` (a stdout length). */
    async waitFor(pattern: RegExp, from: number, timeoutMs = 30_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(stdout.slice(from))) {
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`npm start never printed ${pattern}:\n${stdout}\n${stderr}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return stdout.slice(from);
    },
    /** Everything on stderr so far (the logs). */
    get logs() {
      return stderr;
    },
    get printed() {
      return stdout.length;
    },
    async end(): Promise<number | null> {
      child.stdin.end();
      return exited;
    },
  };
}
