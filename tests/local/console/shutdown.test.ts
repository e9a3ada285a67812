import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INDEX_CACHE_FILE } from '../../../src/library/index-cache.ts';
import { DocumentStore } from '../../../src/store/index.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dirs: string[] = [];
// After all, not after each: the tests run concurrently and must not delete each other's directories.
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('stopping the bot', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} closes the client and the store cleanly and exits 0`, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'verbatim-stop-'));
      dirs.push(dataDir);
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DISCORD_TOKEN: '' };
      delete env.LOG_LEVEL;
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: ROOT,
        env,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      const answered = new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('Dmitry Peskov')) resolve();
        });
      });
      // stdin stays open: the bot is running and waiting for the next command when the signal comes.
      child.stdin.write('/who-said quote: unite around our president\n');
      await answered;
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      child.kill(signal);
      expect(await exited).toBe(0);
      // Closed cleanly: the index cache was written and the store opens with nothing to recover.
      expect(existsSync(join(dataDir, INDEX_CACHE_FILE))).toBe(true);
      const store = DocumentStore.open(dataDir, { readonly: true });
      expect(store.latestSeq()).toBe(0);
      store.close();
    });
  }
});
