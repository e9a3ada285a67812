import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDocument } from './document.ts';
import type { CorpusDocument } from './types.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
const MAX_TITLE_LENGTH = 150;

interface Sidecar {
  title?: string;
  source?: string | null;
  date?: string | null;
  language?: string;
}

function readSidecar(path: string): Sidecar {
  const sidecar = `${path.slice(0, -extname(path).length)}.json`;
  if (!existsSync(sidecar)) return {};
  return JSON.parse(readFileSync(sidecar, 'utf8')) as Sidecar;
}

/** A first line reads as a title when it is short and is not a sentence. */
function titleFromFirstLine(raw: string): string | null {
  const first = raw
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .find((line) => line.trim() !== '');
  if (!first) return null;
  const line = first.replace(/^#+\s*/, '').trim();
  if (line.length === 0 || line.length > MAX_TITLE_LENGTH || /[.!?:;,”"]$/.test(line)) return null;
  return line;
}

/**
 * A text's own title, when its first line reads as one; a Markdown heading ("# Harbour report")
 * then leaves the text, as it names the document and is not its first paragraph.
 */
export function ownTitle(raw: string): { title: string; text: string } | null {
  const title = titleFromFirstLine(raw);
  if (title === null) return null;
  const heading = /^\uFEFF?\s*#{1,6}[ \t]+[^\n]*(?:\n|$)/.exec(raw);
  return { title, text: heading ? raw.slice(heading[0].length) : raw };
}

function titleFromFileName(path: string): string {
  return basename(path, extname(path)).replace(/[_-]+/g, ' ').trim();
}

/** A document's title when none is given: its first line if that reads as a title, else its file name. */
export function defaultTitle(path: string, text: string): string {
  return titleFromFirstLine(text) ?? titleFromFileName(path);
}

export function loadFile(path: string, guild: string | null = null): CorpusDocument {
  const raw = readFileSync(path, 'utf8');
  const sidecar = readSidecar(path);
  return makeDocument(raw, {
    title: sidecar.title ?? defaultTitle(path, raw),
    source: sidecar.source ?? null,
    date: sidecar.date ?? null,
    language: sidecar.language,
    guild,
  });
}

/** Every .txt/.md file of a directory, in name order, as documents of one corpus. */
export function loadDirectory(dir: string, guild: string | null = null): CorpusDocument[] {
  return readdirSync(dir)
    .filter((name) => TEXT_EXTENSIONS.has(extname(name).toLowerCase()))
    .sort()
    .map((name) => loadFile(join(dir, name), guild));
}
