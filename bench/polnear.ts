import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A gold direct quote of a BRAT-annotated article; offsets are into the raw article file. */
export interface GoldQuote {
  /** The quote's pieces: a quote broken by its attribution, or run on into the next paragraph, has several. */
  spans: Array<readonly [start: number, end: number]>;
  content: string;
  source: string;
  sourceStart: number;
}

export interface GoldArticle {
  stem: string;
  file: string;
  raw: string;
  quotes: GoldQuote[];
}

interface TextBound {
  type: string;
  spans: Array<readonly [number, number]>;
  text: string;
}

/**
 * Direct quotes the way ../shared/eval/score.mjs reads them, so both benches grade the same quotes:
 * an E line's Content that opens with a quote mark and has at least four words, with its Source.
 */
export function goldQuotes(ann: string): GoldQuote[] {
  const bounds = new Map<string, TextBound>();
  const out: GoldQuote[] = [];
  for (const line of ann.split('\n')) {
    const fields = line.split('\t');
    if (line.startsWith('T') && fields.length === 3) {
      const [type = '', ...rest] = (fields[1] as string).split(' ');
      const spans = rest
        .join(' ')
        .split(';')
        .map((piece) => piece.trim().split(/\s+/).map(Number) as [number, number]);
      bounds.set(fields[0] as string, { type, spans, text: fields[2] as string });
    } else if (line.startsWith('E') && fields.length >= 2) {
      const roles = new Map(
        (fields[1] as string)
          .split(/\s+/)
          .filter(Boolean)
          .map((pair) => pair.split(':') as [string, string]),
      );
      const content = bounds.get(roles.get('Content') ?? '');
      const source = bounds.get(roles.get('Source') ?? '');
      if (!content || !source) continue;
      if (!/^\s*[“"]/.test(content.text) || content.text.split(/\s+/).length < 4) continue;
      out.push({
        spans: content.spans,
        content: content.text,
        source: source.text,
        sourceStart: Math.min(...source.spans.map(([start]) => start)),
      });
    }
  }
  return out;
}

/** The split's articles in file-name order, or null when the split is not on this machine. */
export function readSplit(dir: string): GoldArticle[] | null {
  if (!existsSync(join(dir, 'ann')) || !existsSync(join(dir, 'text'))) return null;
  return readdirSync(join(dir, 'ann'))
    .filter((name) => name.endsWith('.ann'))
    .map((name) => name.slice(0, -'.ann'.length))
    .sort()
    .map((stem) => {
      const file = join(dir, 'text', `${stem}.txt`);
      return {
        stem,
        file,
        raw: readFileSync(file, 'utf8'),
        quotes: goldQuotes(readFileSync(join(dir, 'ann', `${stem}.ann`), 'utf8')),
      };
    });
}
