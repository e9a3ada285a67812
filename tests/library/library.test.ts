import { chmodSync, cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SEEDS_DIR } from '../../src/corpus/load.ts';
import { Library } from '../../src/library/library.ts';
import { STORE_FILE } from '../../src/store/index.ts';
import { spawnScript } from '../child-process.ts';
import { HARBOUR, tempDir } from '../cli/helpers.ts';

const CHILD = fileURLToPath(new URL('./fixtures/child.ts', import.meta.url));
const LAMP = 'keep the lamp burning until the last ferry';
const ACTOR = { id: 'tester', name: 'tester', via: 'cli' as const };
const META = { title: 'Marrow Island keepers', source: null, date: null, guild: null };
const isRoot = process.getuid?.() === 0;

function spawnChild(args: string[], user: { uid?: number; gid?: number } = {}) {
  return spawnScript(CHILD, args, user);
}

describe('Library across processes', { timeout: 60_000 }, () => {
  it('a following process sees another process’s add, then its remove, within a second each', async () => {
    const dataDir = tempDir('verbatim-library-');
    const writer = await Library.open({ dataDir });
    onTestFinished(() => writer.close());

    const follower = spawnChild(['follow', dataDir, LAMP]);
    const { line: ready } = await follower.next(/^ready /);
    expect(ready).toBe('ready none');

    const { doc } = await writer.add(HARBOUR, META, ACTOR);
    const added = Date.now();
    const seen = await follower.next(/^answer /);
    expect(seen.line).toBe(`answer ${doc.id}`);
    expect(seen.at - added).toBeLessThan(1000);

    await writer.remove(doc.id, null, ACTOR);
    const removed = Date.now();
    const gone = await follower.next(/^answer /);
    expect(gone.line).toBe('answer none');
    expect(gone.at - removed).toBeLessThan(1000);
  });

  it('a data directory it may not write still answers, and an add says the store is read-only', async () => {
    const dataDir = tempDir('verbatim-library-');
    const writer = await Library.open({ dataDir });
    const { doc } = await writer.add(HARBOUR, META, ACTOR);
    await writer.close();
    expect(existsSync(join(dataDir, `${STORE_FILE}-wal`))).toBe(false);

    chmodSync(join(dataDir, STORE_FILE), 0o444);
    chmodSync(dataDir, 0o555);
    onTestFinished(() => chmodSync(dataDir, 0o755));
    // Root ignores file modes, so the reader turns into nobody once loaded, with a copy of the
    // seeds that nobody may read (the clone itself may be private).
    const seeds = tempDir('verbatim-seeds-');
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    chmodSync(seeds, 0o755);
    const reader = spawnChild(['read-only', dataDir, LAMP, ...(isRoot ? ['65534', seeds] : [])]);
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
