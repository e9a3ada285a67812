// npm run bench [-- --sizes 1k,10k,100k,news] [--json]
// npm run bench -- burst --interactions N [--documents D] [--json]: see burst.ts.
// npm run bench -- ask-quality [--split train|dev|both] [--json]: see ask-quality.ts.
// Each size is measured in a fresh child process, so one size's garbage never weighs on the next.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, type SizeResult } from './table.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sizes: { type: 'string', default: '1k,10k,100k,news' },
    json: { type: 'boolean', default: false },
    interactions: { type: 'string', default: '2000' },
    documents: { type: 'string', default: '1000' },
    split: { type: 'string', default: 'both' },
  },
});

const here = new URL('.', import.meta.url).pathname;

if (positionals[0] === 'burst') {
  const { formatBurst, runBurst } = await import('./burst.ts');
  const result = await runBurst(Number(values.interactions), Number(values.documents));
  if (values.json) process.stderr.write(`${formatBurst(result)}\n`);
  process.stdout.write(`${values.json ? JSON.stringify(result) : formatBurst(result)}\n`);
  process.exit(0);
}

if (positionals[0] === 'ask-quality') {
  const { formatAskQuality, runAskQuality } = await import('./ask-quality.ts');
  const split = values.split as string;
  if (!['train', 'dev', 'both'].includes(split)) {
    process.stderr.write(`ask-quality: --split is train, dev or both, not “${split}”\n`);
    process.exit(2);
  }
  const results = await runAskQuality(join(here, '..'), split === 'both' ? ['train', 'dev'] : [split]);
  if (results.length > 0) process.stdout.write(`${formatAskQuality(results)}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify({ askQuality: results })}\n`);
  process.exit(0);
}

/** Runs a bench script in a fresh Node with the GC exposed and returns the JSON line it prints last. */
function child(script: string, args: string[]): unknown {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(here, script), ...args],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1) as string);
}

const scratch = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
const results: SizeResult[] = [];
try {
  for (const size of (values.sizes as string).split(',')) {
    const snapshotFile = join(scratch, `${size}.snapshot`);
    if (!values.json) process.stderr.write(`measuring ${size}…\n`);
    const measured = child('measure.ts', [size, snapshotFile]) as Omit<
      SizeResult,
      'size' | 'startup' | 'endToEnd'
    >;
    const startup = child('startup.ts', [snapshotFile]) as SizeResult['startup'];
    const endToEnd = child('e2e.ts', [size, snapshotFile]) as SizeResult['endToEnd'];
    results.push({ size, ...measured, startup, endToEnd });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

process.stdout.write(`${formatTable(results)}\n`);
if (values.json) process.stdout.write(`${JSON.stringify({ sizes: results })}\n`);
