import type { LatencyFigures } from './measure.ts';

/** /who-said through the real bot: INTERACTION_CREATE written to the socket → the reply's REST request. */
export interface EndToEnd {
  runs: number;
  p50Ms: number;
  p99Ms: number;
}

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
  endToEnd: EndToEnd;
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
export function formatTable(results: readonly SizeResult[]): string {
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
  const e2e = table(
    ['size', 'e2e runs', 'p50 ms', 'p99 ms'],
    results.map((r) => [r.size, String(r.endToEnd.runs), ms(r.endToEnd.p50Ms), ms(r.endToEnd.p99Ms)]),
  );
  return [
    corpus,
    '',
    queries,
    '',
    'end to end: /who-said through the bot, INTERACTION_CREATE written → reply REST request received',
    e2e,
  ].join('\n');
}
