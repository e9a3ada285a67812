import { documentId } from '../corpus/document.ts';
import {
  type CorpusExport,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportedDocument,
  type ImportLimits,
  type RefusedDocument,
  readExport,
} from '../corpus/exchange.ts';
import { IntakeError } from '../corpus/intake.ts';
import { type Actor, StoreError } from '../store/index.ts';
import type { Library } from './library.ts';

/** One corpus's stored documents (not the seeds, nor the global ones a guild also sees), oldest first. */
export async function exportCorpus(
  library: Library,
  guild: string | null,
  now = new Date(),
): Promise<CorpusExport> {
  if (!library.store)
    throw new IntakeError('no_store_export', 'There is no document store here to export from.');
  const documents: ExportedDocument[] = [];
  for (const summary of await library.store.list(guild)) {
    const stored = await library.store.get(summary.id);
    if (!stored) continue; // removed since the list was read
    const { doc, analysis } = stored;
    documents.push({
      id: doc.id,
      title: doc.title,
      source: doc.source,
      date: doc.date,
      language: doc.language,
      text: doc.text,
      paragraphs: doc.paragraphs,
      attributions: analysis,
      addedAt: summary.addedAt,
      addedBy: summary.addedBy,
    });
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), guild, documents };
}

export interface ImportReport {
  added: { id: string; title: string }[];
  duplicates: { id: string; title: string }[];
  refused: RefusedDocument[];
  /** Added documents whose attributions in the file differed from what this version finds. */
  recomputed: number;
}

/**
 * Imports an export file into a guild's corpus (null: the global one). A file this version can't read
 * changes nothing; otherwise each document is added in its own transaction, with its paragraphs as
 * exported and its attributions recomputed, or reported as a duplicate or refused with a reason.
 */
export async function importCorpus(
  library: Library,
  bytes: Uint8Array,
  guild: string | null,
  actor: Actor,
  limits: ImportLimits,
): Promise<ImportReport> {
  if (!library.store || library.store.readonly) {
    throw new IntakeError(
      'read_only_import',
      'Documents cannot be added here: the corpus is read-only or read from a folder.',
    );
  }
  const { importable, refused } = readExport(bytes, limits);
  const report: ImportReport = { added: [], duplicates: [], refused, recomputed: 0 };
  for (const { position, doc, attributions } of importable) {
    const existing = library.existing(doc.text, guild);
    if (existing) {
      report.duplicates.push({ id: existing.doc.id, title: existing.doc.title });
      continue;
    }
    const document = { ...doc, id: documentId(doc.text, guild), guild };
    try {
      const { analysis } = await library.addDocument(document, actor);
      if (canonicalJson(attributions) !== canonicalJson(analysis)) report.recomputed += 1;
      report.added.push({ id: document.id, title: document.title });
    } catch (err) {
      if (err instanceof StoreError && err.code === 'duplicate') {
        report.duplicates.push({ id: document.id, title: document.title });
      } else if (err instanceof IntakeError) {
        report.refused.push({
          position,
          title: doc.title,
          reason: err.message,
          code: err.code,
          params: err.params,
        });
      } else throw err;
    }
  }
  report.refused.sort((a, b) => a.position - b.position);
  return report;
}

/** JSON with every object's keys in order, so equal values compare equal however they were built. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
