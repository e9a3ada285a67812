import { checkDocument, formatBytes, type IntakeCode, IntakeError, type IntakeParams } from './intake.ts';
import type { CorpusDocument, Paragraph } from './types.ts';

/** The file a moderator takes a corpus out in, and brings one in with. */
export const EXPORT_FORMAT = 'verbatim-corpus';
export const EXPORT_VERSION = 1;

export interface ExportedDocument {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  language: string;
  text: string;
  paragraphs: Paragraph[];
  /** Quotes and people as this version finds them; an import recomputes them. */
  attributions: unknown;
  /** ISO 8601; null where the store never recorded it. */
  addedAt: string | null;
  addedBy: { id: string; name?: string; via: string } | null;
}

export interface CorpusExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  /** The corpus exported: a guild id, or null for the global one. */
  guild: string | null;
  documents: ExportedDocument[];
}

/** A document of an import file that passed every check, ready to be added to a corpus. */
export interface ImportableDocument {
  position: number;
  doc: Omit<CorpusDocument, 'id' | 'guild'>;
  attributions: unknown;
}

/** A document of an import file that can't be added, with why. */
export interface RefusedDocument {
  position: number;
  title: string | null;
  /** In English; `code` and `params` let the bot say it in its user's language. */
  reason: string;
  code: IntakeCode;
  params: IntakeParams;
}

export interface ImportLimits {
  maxFileBytes: number;
  maxDocumentBytes: number;
}

const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function exportFileName(guild: string | null, at: Date): string {
  return `verbatim-${guild ?? 'global'}-${at.toISOString().slice(0, 10)}.json`;
}

/**
 * Reads an export file: the whole file is refused (IntakeError) when it is not one this version
 * reads; otherwise each document is either importable or refused with its reason.
 */
export function readExport(
  bytes: Uint8Array,
  limits: ImportLimits,
): { importable: ImportableDocument[]; refused: RefusedDocument[] } {
  if (bytes.byteLength > limits.maxFileBytes) {
    const [size, limit] = [formatBytes(bytes.byteLength), formatBytes(limits.maxFileBytes)];
    throw new IntakeError(
      'import_too_big',
      `The file is ${size}; the limit is ${limit}. Export fewer documents or import it from the CLI.`,
      { size, limit },
    );
  }
  let file: unknown;
  try {
    file = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new IntakeError(
      'not_json',
      'That is not a Verbatim export: it is not JSON text. Attach the file `/document export` made.',
    );
  }
  if (!isObject(file) || file.format !== EXPORT_FORMAT) {
    throw new IntakeError(
      'not_export',
      'That is not a Verbatim export. Attach the file `/document export` made.',
    );
  }
  if (!Number.isInteger(file.version) || (file.version as number) < 1) {
    throw new IntakeError('no_version', 'The export has no valid format version. Export it again.');
  }
  if ((file.version as number) > EXPORT_VERSION) {
    throw new IntakeError(
      'newer_version',
      `The export is format version ${file.version}, made by a newer Verbatim; this one reads version ${EXPORT_VERSION}. Update the bot first.`,
      { version: file.version as number, readable: EXPORT_VERSION },
    );
  }
  if (!Array.isArray(file.documents))
    throw new IntakeError('no_documents', 'The export has no list of documents. Export it again.');
  const importable: ImportableDocument[] = [];
  const refused: RefusedDocument[] = [];
  file.documents.forEach((entry: unknown, index) => {
    const position = index + 1;
    try {
      importable.push({
        position,
        doc: checkEntry(entry, limits.maxDocumentBytes),
        attributions: (entry as Json).attributions,
      });
    } catch (err) {
      if (!(err instanceof IntakeError)) throw err;
      const title = isObject(entry) && typeof entry.title === 'string' ? entry.title : null;
      refused.push({ position, title, reason: err.message, code: err.code, params: err.params });
    }
  });
  return { importable, refused };
}

function checkEntry(entry: unknown, maxDocumentBytes: number): ImportableDocument['doc'] {
  if (!isObject(entry)) throw new IntakeError('entry_not_document', 'It is not a document.');
  const { title, text, paragraphs } = entry;
  const source = entry.source ?? null;
  const date = entry.date ?? null;
  const language = entry.language ?? 'en';
  if (typeof title !== 'string') throw new IntakeError('entry_no_title', 'It has no title.');
  if (typeof text !== 'string') throw new IntakeError('entry_no_text', 'It has no text.');
  if (source !== null && typeof source !== 'string')
    throw new IntakeError('entry_source_not_text', 'Its source is not text.');
  if (date !== null && typeof date !== 'string')
    throw new IntakeError('entry_date_not_text', 'Its date is not text.');
  if (typeof language !== 'string' || !LANGUAGE.test(language))
    throw new IntakeError('entry_bad_language', 'Its language is not a language tag such as “en”.');
  const size = new TextEncoder().encode(text).byteLength;
  if (size > maxDocumentBytes) {
    const [shown, limit] = [formatBytes(size), formatBytes(maxDocumentBytes)];
    throw new IntakeError('entry_too_big', `Its text is ${shown}; the limit is ${limit}.`, {
      size: shown,
      limit,
    });
  }
  checkDocument(text, { title, source, date });
  if (!fitsText(paragraphs, text))
    throw new IntakeError('entry_bad_paragraphs', 'Its paragraphs do not match its text.');
  return {
    title,
    source,
    date,
    language,
    text,
    paragraphs: paragraphs.map(({ number, start, end }) => ({ number, start, end })),
  };
}

/** Paragraphs that tile the text line by line, numbered upwards, as cleaning makes them. */
function fitsText(paragraphs: unknown, text: string): paragraphs is Paragraph[] {
  if (!Array.isArray(paragraphs) || paragraphs.length === 0) return false;
  let expectedStart = 0;
  let lastNumber = 0;
  for (const p of paragraphs) {
    if (!isObject(p) || !Number.isInteger(p.number) || !Number.isInteger(p.start) || !Number.isInteger(p.end))
      return false;
    const [number, start, end] = [p.number, p.start, p.end] as [number, number, number];
    if (number <= lastNumber || start !== expectedStart || end < start || end > text.length) return false;
    if (text.slice(start, end).includes('\n') || (end < text.length && text[end] !== '\n')) return false;
    lastNumber = number;
    expectedStart = end + 1;
  }
  return expectedStart === text.length + 1;
}
