import { extname } from 'node:path';
import { readHtmlPage } from './html.ts';

/** Why a document (or an import file) can't be taken: each has its words in the bot's locales/. */
export type IntakeCode =
  | 'unsupported_type'
  | 'file_too_big'
  | 'not_utf8'
  | 'binary_file'
  | 'empty'
  | 'binary_text'
  | 'no_title'
  | 'title_too_long'
  | 'source_too_long'
  | 'bad_source'
  | 'bad_date'
  | 'import_too_big'
  | 'not_json'
  | 'not_export'
  | 'no_version'
  | 'newer_version'
  | 'no_documents'
  | 'entry_not_document'
  | 'entry_no_title'
  | 'entry_no_text'
  | 'entry_source_not_text'
  | 'entry_date_not_text'
  | 'entry_bad_language'
  | 'entry_too_big'
  | 'entry_bad_paragraphs'
  | 'duplicate_text'
  | 'seed_document'
  | 'folder_corpus'
  | 'read_only_import'
  | 'no_store_export'
  | 'no_settings_store';

export type IntakeParams = Record<string, string | number>;

/**
 * Why a document was refused: in English words a moderator can act on (the CLI and the log show
 * them), and as a code with its values, which the Discord layer words in its user's language.
 */
export class IntakeError extends Error {
  override readonly name = 'IntakeError';
  constructor(
    readonly code: IntakeCode,
    message: string,
    readonly params: IntakeParams = {},
  ) {
    super(message);
  }
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

/** An uploaded file's text, with what an HTML page says about itself. */
export interface UploadedText {
  /** One paragraph per line, still to be cleaned. */
  text: string;
  title: string | null;
  byline: string | null;
  date: string | null;
  source: string | null;
  /** For a page: "article" when its article was found, "whole page" when all its text was kept. */
  extraction: 'article' | 'whole page' | null;
}

/** The text of an uploaded file, or an IntakeError saying why it can't be a document. */
export function readUpload({ name, bytes }: Upload, maxBytes: number): UploadedText {
  const kind = KINDS[extname(name).toLowerCase() as keyof typeof KINDS];
  if (!kind) {
    const types = SUPPORTED_EXTENSIONS.join(', ');
    throw new IntakeError(
      'unsupported_type',
      `“${name}” is not a supported file type. Attach a ${types} file.`,
      { name, types },
    );
  }
  if (bytes.byteLength > maxBytes) {
    const [size, limit] = [formatBytes(bytes.byteLength), formatBytes(maxBytes)];
    throw new IntakeError(
      'file_too_big',
      `“${name}” is ${size}; the limit is ${limit}. Split it or trim it.`,
      { name, size, limit },
    );
  }
  let text: string;
  try {
    // The mark stays, so offsets into the text are offsets into the file; cleaning drops it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new IntakeError('not_utf8', `“${name}” is not UTF-8 text. Save it as UTF-8 and try again.`, {
      name,
    });
  }
  if (looksBinary(text))
    throw new IntakeError('binary_file', `“${name}” looks like a binary file, not text.`, { name });
  if (kind === 'text') return { text, title: null, byline: null, date: null, source: null, extraction: null };
  const page = readHtmlPage(text);
  return {
    text: page.text,
    title: page.title && clip(page.title, MAX_TITLE_LENGTH),
    byline: page.byline,
    date: page.date,
    source: page.source && page.source.length <= MAX_SOURCE_LENGTH ? page.source : null,
    extraction: page.extracted ? 'article' : 'whole page',
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** What became of an HTML page, in a line for the add reply; null for a text file. */
export function extractionNote(upload: UploadedText): string | null {
  if (upload.extraction === 'article') {
    return `Took the article from the page${upload.byline ? ` (by ${upload.byline})` : ''}: menus, banners and links left out.`;
  }
  if (upload.extraction === 'whole page') {
    return 'No article found in the page, so all of its text was kept, menus and links included. Check the paragraphs, or add the article as a .txt file.';
  }
  return null;
}

/** Checks pasted or uploaded text and its metadata before anything is stored. */
export function checkDocument(
  text: string,
  meta: { title: string; source: string | null; date: string | null },
): void {
  if (text.trim() === '') throw new IntakeError('empty', 'The document is empty. Paste or attach some text.');
  if (looksBinary(text))
    throw new IntakeError('binary_text', 'The text contains binary data. Paste plain text.');
  if (meta.title.trim() === '')
    throw new IntakeError('no_title', 'The title is empty. Give the document a title.');
  if (meta.title.length > MAX_TITLE_LENGTH) {
    const length = meta.title.length;
    throw new IntakeError(
      'title_too_long',
      `The title is ${length} characters; keep it under ${MAX_TITLE_LENGTH}.`,
      { length, max: MAX_TITLE_LENGTH },
    );
  }
  if (meta.source !== null) {
    if (meta.source.length > MAX_SOURCE_LENGTH) {
      const length = meta.source.length;
      throw new IntakeError(
        'source_too_long',
        `The source is ${length} characters; keep it under ${MAX_SOURCE_LENGTH}.`,
        { length, max: MAX_SOURCE_LENGTH },
      );
    }
    if (/^[a-z]+:/i.test(meta.source) && !/^https?:\/\/[^\s]+$/i.test(meta.source)) {
      throw new IntakeError(
        'bad_source',
        'The source must be an http(s) link, e.g. https://example.com/article.',
      );
    }
  }
  if (meta.date !== null && !isIsoDate(meta.date)) {
    throw new IntakeError(
      'bad_date',
      `“${meta.date}” is not a date. Write it as YYYY-MM-DD, e.g. 2022-03-04.`,
      { date: meta.date },
    );
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
