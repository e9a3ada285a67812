import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, onTestFinished } from 'vitest';
import { PostgresStore, SqliteStore, type Store, StoreError } from '../../src/store/index.ts';
import { type Child, spawnScript } from '../child-process.ts';
import { freshDatabase, postgresUrl } from '../postgres/databases.ts';

const CHILD = fileURLToPath(new URL('./fixtures/child.ts', import.meta.url));

/** A fresh temp directory, removed after the current test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-store-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs tests/store/fixtures/child.ts in its own Node process, optionally as another user. */
export function spawnChild(args: string[], user: { uid?: number; gid?: number } = {}): Child {
  return spawnScript(CHILD, args, user);
}

/** The StoreError `fn` throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(StoreError);
    return err as StoreError;
  }
  throw new Error('expected a StoreError');
}

/** The StoreError `promise` rejects with; fails the test when it resolves or rejects with something else. */
export async function rejectionOf(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(StoreError);
    return err as StoreError;
  }
  throw new Error('expected a StoreError');
}

export interface Backend {
  name: string;
  /** A new, empty place for a store: a folder, or a database URL. */
  place(): Promise<string>;
  open(place: string): Promise<Store>;
}

/** Both implementations of Store, for suites that must hold for each. */
export const BACKENDS: Backend[] = [
  { name: 'SQLite', place: async () => tempDir(), open: async (dir) => SqliteStore.open(dir) },
  ...(postgresUrl
    ? [{ name: 'PostgreSQL', place: freshDatabase, open: (url: string) => PostgresStore.open(url) }]
    : []),
];

/** Every item of an async iterable (Array.fromAsync is Node 22+). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
