// Start-up from a saved snapshot, in a fresh process: `node --expose-gc --import tsx bench/startup.ts FILE`.
// Prints one JSON line.
import { readFileSync } from 'node:fs';
import { CorpusIndex } from '../src/search/corpus-index.ts';
import { settledHeap, timed } from './stats.ts';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: startup.ts SNAPSHOT_FILE');
const heapBefore = settledHeap();
const load = timed(() => CorpusIndex.fromSnapshot(readFileSync(file)));
const index = load.result;
const firstQuery = timed(() => index.whoSaid('the first query after start-up', { guild: null }));
const heap = settledHeap() - heapBefore;
process.stdout.write(
  `${JSON.stringify({ loadMs: load.ms, firstQueryMs: firstQuery.ms, heapBytesPerPassage: heap / index.passageCount })}\n`,
);
