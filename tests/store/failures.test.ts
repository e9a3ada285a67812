import { chmodSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toStoreError } from '../../src/store/errors.ts';
import { DocumentStore, STORE_FILE, type StoreError } from '../../src/store/index.ts';
import { CLI, MOD, makeAnalysis, makeDoc } from './fixtures/documents.ts';
import { errorOf, spawnChild, tempDir } from './helpers.ts';

/** A store in a fresh directory holding the given documents, closed. */
function seededDir(...seeds: string[]): string {
  const dir = tempDir();
  const store = DocumentStore.open(dir);
  for (const seed of seeds) {
    const doc = makeDoc(seed);
    store.add(doc, makeAnalysis(doc), CLI);
  }
  store.close();
  return dir;
}

function integrity(dir: string): string {
  const db = new Database(join(dir, STORE_FILE), { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

const isRoot = process.getuid?.() === 0;

describe('read-only stores', () => {
  it('opened read-only: reads work, add and remove report read_only', () => {
    const dir = seededDir('kept');
    // Root ignores these modes, which is why the store is also opened read-only.
    chmodSync(join(dir, STORE_FILE), 0o444);
    chmodSync(dir, 0o555);
    try {
      const store = DocumentStore.open(dir, { readonly: true });
      expect(store.readonly).toBe(true);
      const kept = makeDoc('kept');
      expect(store.get(kept.id)?.doc).toStrictEqual(kept);
      expect(store.list()).toHaveLength(1);
      expect(store.changesSince(0)).toHaveLength(1);

      const doc = makeDoc('new');
      const err = errorOf(() => store.add(doc, makeAnalysis(doc), MOD));
      expect(err.code).toBe('read_only');
      expect(err.message).toMatch(/read-only/);
      expect(errorOf(() => store.remove(kept.id, null, CLI)).code).toBe('read_only');
      expect(store.list()).toHaveLength(1);
      store.close();
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('a directory the process may not write: open reports read_only, a read-only open still reads', async () => {
    const dir = seededDir('kept');
    chmodSync(join(dir, STORE_FILE), 0o444);
    chmodSync(dir, 0o555);
    try {
      // Root ignores file modes, so the check runs in a child process that turns into nobody.
      const child = spawnChild(['read-only-dir', dir, isRoot ? '65534' : '']);
      const report = JSON.parse((await child.next(/^\{/)).line);
      expect(report).toEqual({ writable: 'read_only', listed: 1, add: 'read_only' });
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it.skipIf(!existsSync('/sys/kernel'))(
    'a data directory that cannot be created (even by root) reports read_only',
    () => {
      // sysfs refuses mkdir with EPERM regardless of uid.
      const err = errorOf(() => DocumentStore.open('/sys/kernel/verbatim-store-test'));
      expect(err.code).toBe('read_only');
      expect(err.message).toContain('/sys/kernel/verbatim-store-test');
    },
  );

  it('a data path under a regular file reports unavailable', () => {
    const file = join(tempDir(), 'not-a-dir');
    writeFileSync(file, '');
    expect(errorOf(() => DocumentStore.open(join(file, 'data'))).code).toBe('unavailable');
  });

  it('read-only open of a store that does not exist reports unavailable and creates nothing', () => {
    const dir = join(tempDir(), 'absent');
    expect(errorOf(() => DocumentStore.open(dir, { readonly: true })).code).toBe('unavailable');
    expect(existsSync(dir)).toBe(false);
  });

  it('maps SQLITE_READONLY from SQLite itself to read_only', () => {
    const dir = seededDir('kept');
    const db = new Database(join(dir, STORE_FILE), { readonly: true });
    let raw: unknown;
    try {
      db.exec('DELETE FROM documents');
    } catch (err) {
      raw = err;
    }
    db.close();
    expect((raw as { code: string }).code).toMatch(/^SQLITE_READONLY/);
    expect((toStoreError(raw, 'x') as StoreError).code).toBe('read_only');
  });
});

describe('disk full', () => {
  it('an add that does not fit reports disk_full, changes nothing, and the store stays usable', () => {
    const dir = seededDir('first', 'second');
    const size = statSync(join(dir, STORE_FILE)).size;
    // max_page_count makes SQLite answer SQLITE_FULL exactly as a full disk would.
    const store = DocumentStore.open(dir, { maxBytes: size + 64 * 1024 });
    const before = { list: store.list(), seq: store.latestSeq(), audit: store.auditLog() };

    const big = makeDoc('big', null, 5000);
    const err = errorOf(() => store.add(big, makeAnalysis(big), MOD));
    expect(err.code).toBe('disk_full');
    expect(err.message).toMatch(/out of space/);
    expect({ list: store.list(), seq: store.latestSeq(), audit: store.auditLog() }).toStrictEqual(before);
    expect(store.get(big.id)).toBeNull();

    const small = makeDoc('small');
    expect(store.add(small, makeAnalysis(small), MOD).seq).toBe(3);
    expect(store.remove(small.id, null, MOD).seq).toBe(4);
    store.close();
    expect(integrity(dir)).toBe('ok');
  });
});

describe('damaged stores', () => {
  it('a file that is not a SQLite database reports corrupt', () => {
    const dir = tempDir();
    writeFileSync(join(dir, STORE_FILE), 'not a database\n'.repeat(500));
    const err = errorOf(() => DocumentStore.open(dir));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/backup/);
  });
});
