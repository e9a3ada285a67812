import { extname } from 'node:path';
import { htmlToText } from './html.ts';

/** Why a document was refused, in words a moderator can act on. */
export class IntakeError extends Error {
  override readonly name = 'IntakeError';
}

export const MAX_TITLE_LENGTH = 200;
export const MAX_SOURCE_LENGTH = 500;

const KINDS = {
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
} as const;
export const SUPPORTED_EXTENSIONS = Object.keys(KINDS);

/** Control characters other than tab, line breaks and form feeds: the mark of a binary file. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what marks a binary file
const CONTROL = /[\u0000-\u0008\u000E-\u001F]/g;

/** A NUL, or more than one control character in a thousand; a stray one in copied text is not binary. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > 0 && controls * 1000 > text.length;
}

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/** The text of an uploaded file, or an IntakeError saying why it can't be a document. */
export function readUpload({ name, bytes }: Upload, maxBytes: number): string {
  const kind = KINDS[extname(name).toLowerCase() as keyof typeof KINDS];
  if (!kind) {
    throw new IntakeError(
      `“${name}” is not a supported file type. Attach a ${SUPPORTED_EXTENSIONS.join(', ')} file.`,
    );
  }
  if (bytes.byteLength > maxBytes) {
    throw new IntakeError(
      `“${name}” is ${formatBytes(bytes.byteLength)}; the limit is ${formatBytes(maxBytes)}. Split it or trim it.`,
    );
  }
  let text: string;
  try {
    // The mark stays, so offsets into the text are offsets into the file; cleaning drops it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new IntakeError(`“${name}” is not UTF-8 text. Save it as UTF-8 and try again.`);
  }
  if (looksBinary(text)) throw new IntakeError(`“${name}” looks like a binary file, not text.`);
  return kind === 'html' ? htmlToText(text) : text;
}

/** Checks pasted or uploaded text and its metadata before anything is stored. */
export function checkDocument(
  text: string,
  meta: { title: string; source: string | null; date: string | null },
): void {
  if (text.trim() === '') throw new IntakeError('The document is empty. Paste or attach some text.');
  if (looksBinary(text)) throw new IntakeError('The text contains binary data. Paste plain text.');
  if (meta.title.trim() === '') throw new IntakeError('The title is empty. Give the document a title.');
  if (meta.title.length > MAX_TITLE_LENGTH) {
    throw new IntakeError(`The title is ${meta.title.length} characters; keep it under ${MAX_TITLE_LENGTH}.`);
  }
  if (meta.source !== null) {
    if (meta.source.length > MAX_SOURCE_LENGTH) {
      throw new IntakeError(
        `The source is ${meta.source.length} characters; keep it under ${MAX_SOURCE_LENGTH}.`,
      );
    }
    if (/^[a-z]+:/i.test(meta.source) && !/^https?:\/\/[^\s]+$/i.test(meta.source)) {
      throw new IntakeError('The source must be an http(s) link, e.g. https://example.com/article.');
    }
  }
  if (meta.date !== null && !isIsoDate(meta.date)) {
    throw new IntakeError(`“${meta.date}” is not a date. Write it as YYYY-MM-DD, e.g. 2022-03-04.`);
  }
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
