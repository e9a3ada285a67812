import type { EndToEnd } from './e2e.ts';
import type { LatencyFigures } from './measure.ts';

/** Everything measured for one corpus size. */
export interface SizeResult {
  size: string;
  passages: number;
  documents: number;
  textMB: number;
  quotes: number;
  attributionMs: number;
  indexMs: number;
  heapBytesPerPassage: number;
  snapshotMB: number;
  snapshotSaveMs: number;
  whoSaid: LatencyFigures;
  ask: { p50Ms: number; p99Ms: number };
  baseline: { indexMs: number; heapBytesPerPassage: number; queries: number; whoSaid: LatencyFigures };
  startup: { loadMs: number; firstQueryMs: number; heapBytesPerPassage: number };
}

const ms = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
const pct = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);
const kb = (bytes: number) => (bytes / 1024).toFixed(2);
const ratio = (ours: number, theirs: number) => `${(theirs / ours).toFixed(1)}×`;

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => cell.padStart(widths[i] as number)).join('  ');
}

function table(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((cells) => (cells[i] ?? '').length)),
  );
  return [row(header, widths), ...rows.map((cells) => row(cells, widths))].join('\n');
}

/** The bench's figures as plain-text tables: ours, the naive baseline beside it, and end to end. */
export function formatTable(results: readonly SizeResult[], endToEnd: EndToEnd): string {
  const corpus = table(
    [
      'size',
      'passages',
      'docs',
      'text MB',
      'attrib s',
      'index s',
      'heap KB/psg',
      'snap MB',
      'load s',
      'load heap KB/psg',
    ],
    results.map((r) => [
      r.size,
      String(r.passages),
      String(r.documents),
      r.textMB.toFixed(1),
      (r.attributionMs / 1000).toFixed(2),
      (r.indexMs / 1000).toFixed(2),
      kb(r.heapBytesPerPassage),
      r.snapshotMB.toFixed(1),
      (r.startup.loadMs / 1000).toFixed(2),
      kb(r.startup.heapBytesPerPassage),
    ]),
  );
  const queries = table(
    [
      'size',
      'who-said p50 ms',
      'p99 ms',
      'top-1',
      'typo top-1',
      'ask p50 ms',
      'p99 ms',
      '| naive queries',
      'p50 ms',
      'p99 ms',
      'top-1',
      'typo top-1',
      'index s',
      'heap KB/psg',
      '| p99 speed-up',
    ],
    results.map((r) => [
      r.size,
      ms(r.whoSaid.p50Ms),
      ms(r.whoSaid.p99Ms),
      pct(r.whoSaid.top1),
      pct(r.whoSaid.top1Typo),
      ms(r.ask.p50Ms),
      ms(r.ask.p99Ms),
      String(r.baseline.queries),
      ms(r.baseline.whoSaid.p50Ms),
      ms(r.baseline.whoSaid.p99Ms),
      pct(r.baseline.whoSaid.top1),
      pct(r.baseline.whoSaid.top1Typo),
      (r.baseline.indexMs / 1000).toFixed(2),
      kb(r.baseline.heapBytesPerPassage),
      ratio(r.whoSaid.p99Ms, r.baseline.whoSaid.p99Ms),
    ]),
  );
  const e2e =
    endToEnd.status === 'pending'
      ? `end to end (INTERACTION_CREATE → reply REST request): pending — ${endToEnd.reason}`
      : `end to end (INTERACTION_CREATE → reply REST request), ${endToEnd.runs} runs: p50 ${ms(endToEnd.p50Ms)} ms, p99 ${ms(endToEnd.p99Ms)} ms`;
  return [corpus, '', queries, '', e2e].join('\n');
}
