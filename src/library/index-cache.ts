import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { makeDirectory } from '../make-directory.ts';
import { CorpusIndex } from '../search/corpus-index.ts';

export const INDEX_CACHE_FILE = 'index.snapshot';

/**
 * Where the cached index stands: every change up to `seq` of the store at `store` (its location)
 * is in it, analysed by the rules `attribution` names; `seeds` are the seed ids it holds.
 */
export interface CacheMeta {
  seq: number;
  seeds: string[];
  store?: string;
  /** The attribution rules its analyses were made with (`ATTRIBUTION_VERSION`). */
  attribution?: string;
}

/**
 * The search index saved beside the store, so a start needs no re-tokenising of every stored
 * document. It is only a cache: the store stays the record, and a missing, old or unreadable
 * file just means a rebuild. Layout: [meta byte length: uint32 LE][meta JSON][index snapshot].
 */
export function readIndexCache(dataDir: string): (CacheMeta & { index: CorpusIndex }) | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dataDir, INDEX_CACHE_FILE));
  } catch {
    return null;
  }
  try {
    const length = bytes.readUInt32LE(0);
    const meta = JSON.parse(bytes.toString('utf8', 4, 4 + length)) as CacheMeta;
    if (!Number.isInteger(meta.seq) || !Array.isArray(meta.seeds)) return null;
    return { ...meta, index: CorpusIndex.fromSnapshot(bytes.subarray(4 + length)) };
  } catch {
    return null;
  }
}

/** Writes the cache whole or not at all: a temporary file, flushed, then renamed over the old one. */
export function writeIndexCache(dataDir: string, meta: CacheMeta, index: CorpusIndex): void {
  // With PostgreSQL the store makes no data directory of its own.
  makeDirectory(dataDir);
  const file = join(dataDir, INDEX_CACHE_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  const json = Buffer.from(JSON.stringify(meta));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length, 0);
  const fd = openSync(temporary, 'w');
  try {
    for (const part of [length, json, index.toSnapshot()]) writeSync(fd, part);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(temporary, file);
}

/** `index.snapshot.<pid>.tmp`: a cache being written by process `pid`. */
const TEMPORARY = /^index\.snapshot\.(\d+)\.tmp$/;

/**
 * Removes the half-written caches of processes that died while writing (killed mid-save): each
 * temporary file names its writer's pid, and one whose writer still runs is left alone.
 */
export function removeStaleTemporaries(dataDir: string): void {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1]);
    if (!pid || isRunning(pid)) continue;
    rmSync(join(dataDir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
