import { createHash } from 'node:crypto';
import { cleanText } from './clean.ts';
import type { CorpusDocument, DocumentMeta } from './types.ts';

export type DocumentInput = Omit<DocumentMeta, 'id' | 'language'> & { language?: string };

/** Same content in the same corpus gives the same id, so a duplicate add is recognised. */
export function documentId(text: string, guild: string | null): string {
  return createHash('sha256')
    .update(`${guild ?? ''}\u0000${text}`)
    .digest('hex')
    .slice(0, 12);
}

export function makeDocument(raw: string, meta: DocumentInput): CorpusDocument {
  const { text, paragraphs } = cleanText(raw);
  return {
    id: documentId(text, meta.guild),
    title: meta.title,
    source: meta.source,
    date: meta.date,
    language: meta.language ?? 'en',
    guild: meta.guild,
    text,
    paragraphs,
  };
}
