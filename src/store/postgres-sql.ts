import type pg from 'pg';
import type { DocumentAttribution } from '../attribution/types.ts';
import type { CorpusDocument, Paragraph } from '../corpus/types.ts';
import type { PersonRow, QuoteRow } from './rows.ts';

// The PostgreSQL store's longer statements and the rows they return.

export const SUMMARY_SELECT = `
  SELECT d.id, d.guild, d.title, d.source, d.date, d.language,
         d.added_at, d.added_by, d.added_by_name, d.added_via,
         (SELECT count(*)::int FROM paragraphs p WHERE p.document_id = d.id) AS paragraphs,
         (SELECT count(*)::int FROM quotes q WHERE q.document_id = d.id) AS quotes,
         (SELECT count(*)::int FROM people h WHERE h.document_id = d.id) AS people
  FROM documents d`;

/** One statement, so one snapshot: a document is never read half-removed. */
export const GET_DOCUMENT = `
  SELECT d.id, d.guild, d.title, d.source, d.date, d.language, d.text,
    (SELECT coalesce(json_agg(json_build_object('number', number, 'start', start, 'end', "end") ORDER BY ord), '[]')
       FROM paragraphs WHERE document_id = d.id) AS paragraphs,
    (SELECT coalesce(json_agg(json_build_object(
         'kind', kind, 'quote', quote, 'start', start, 'end', "end", 'speaker', speaker, 'role', role,
         'mention_text', mention_text, 'mention_start', mention_start, 'mention_end', mention_end,
         'cue', cue, 'parts', parts) ORDER BY ord), '[]')
       FROM quotes WHERE document_id = d.id) AS quotes,
    (SELECT coalesce(json_agg(json_build_object('name', name, 'role', role, 'kind', kind, 'aliases', aliases)
         ORDER BY ord), '[]')
       FROM people WHERE document_id = d.id) AS people
  FROM documents d WHERE d.id = $1`;

export interface SummaryRow {
  id: string;
  guild: string | null;
  title: string;
  source: string | null;
  date: string | null;
  language: string;
  added_at: string;
  added_by: string | null;
  added_by_name: string | null;
  added_via: string | null;
  paragraphs: number;
  quotes: number;
  people: number;
}

export interface DocumentRow {
  id: string;
  guild: string | null;
  title: string;
  source: string | null;
  date: string | null;
  language: string;
  text: string;
  paragraphs: Paragraph[];
  quotes: QuoteRow[];
  people: PersonRow[];
}

/** Paragraphs, quotes and people, each table in one statement, however long the document. */
export async function insertRows(c: pg.ClientBase, doc: CorpusDocument, analysis: DocumentAttribution) {
  const column = <T, V>(items: readonly T[], pick: (item: T) => V) => items.map(pick);
  const ps = doc.paragraphs;
  await c.query(
    `INSERT INTO paragraphs (document_id, ord, number, start, "end")
     SELECT $1, t.ord - 1, t.number, t.start, t."end"
     FROM unnest($2::int[], $3::int[], $4::int[]) WITH ORDINALITY AS t(number, start, "end", ord)`,
    [doc.id, column(ps, (p) => p.number), column(ps, (p) => p.start), column(ps, (p) => p.end)],
  );
  const qs = analysis.quotes;
  await c.query(
    `INSERT INTO quotes (document_id, ord, kind, quote, start, "end", speaker, role,
                         mention_text, mention_start, mention_end, cue, parts)
     SELECT $1, t.ord - 1, t.kind, t.quote, t.start, t."end", t.speaker, t.role,
            t.mention_text, t.mention_start, t.mention_end, t.cue, t.parts
     FROM unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[],
                 $8::text[], $9::int[], $10::int[], $11::text[], $12::text[])
       WITH ORDINALITY AS t(kind, quote, start, "end", speaker, role,
                            mention_text, mention_start, mention_end, cue, parts, ord)`,
    [
      doc.id,
      column(qs, (q) => q.kind),
      column(qs, (q) => q.quote),
      column(qs, (q) => q.start),
      column(qs, (q) => q.end),
      column(qs, (q) => q.speaker),
      column(qs, (q) => q.role),
      column(qs, (q) => q.mention?.text ?? null),
      column(qs, (q) => q.mention?.start ?? null),
      column(qs, (q) => q.mention?.end ?? null),
      column(qs, (q) => q.cue),
      column(qs, (q) => (q.parts === undefined ? null : JSON.stringify(q.parts))),
    ],
  );
  const people = analysis.people;
  await c.query(
    `INSERT INTO people (document_id, ord, name, role, kind, aliases)
     SELECT $1, t.ord - 1, t.name, t.role, t.kind, t.aliases
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(name, role, kind, aliases, ord)`,
    [
      doc.id,
      column(people, (p) => p.name),
      column(people, (p) => p.role),
      column(people, (p) => p.kind),
      column(people, (p) => JSON.stringify(p.aliases)),
    ],
  );
}
