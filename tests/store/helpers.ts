import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, onTestFinished } from 'vitest';
import { StoreError } from '../../src/store/index.ts';
import { type Child, spawnScript } from '../child-process.ts';

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
