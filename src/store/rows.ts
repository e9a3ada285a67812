import type { Attribution, EntityKind, Person } from '../attribution/types.ts';
import type { Actor } from './types.ts';

// How a stored row becomes the object that was added, shared by the SQLite and PostgreSQL stores.

export interface QuoteRow {
  kind: Attribution['kind'];
  quote: string;
  start: number;
  end: number;
  speaker: string | null;
  role: string | null;
  mention_text: string | null;
  mention_start: number | null;
  mention_end: number | null;
  cue: string | null;
  parts: string | null;
}

export interface PersonRow {
  name: string;
  role: string | null;
  kind: EntityKind;
  aliases: string;
}

export function quoteFromRow(q: QuoteRow): Attribution {
  return {
    kind: q.kind,
    quote: q.quote,
    start: q.start,
    end: q.end,
    speaker: q.speaker,
    role: q.role,
    mention:
      q.mention_text === null
        ? null
        : { text: q.mention_text, start: q.mention_start as number, end: q.mention_end as number },
    cue: q.cue,
    // Absent, not undefined, when it was absent: get() must return what add() was given.
    ...(q.parts === null ? {} : { parts: JSON.parse(q.parts) }),
  };
}

export function personFromRow(p: PersonRow): Person {
  return { name: p.name, role: p.role, kind: p.kind, aliases: JSON.parse(p.aliases) };
}

export function actorOf(id: string, name: string | null, via: string): Actor {
  const v = via as Actor['via'];
  return name === null ? { id, via: v } : { id, name, via: v };
}

export function corpusName(guild: string | null): string {
  return guild === null ? 'the global corpus' : "this server's corpus";
}

export function duplicateMessage(guild: string | null, existing: { id: string; title: string }): string {
  return `This document is already in ${corpusName(guild)} as "${existing.title}" (id ${existing.id}).`;
}
