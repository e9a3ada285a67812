import { ApplicationCommandOptionType } from 'discord.js';
import type { Scope } from '../search/types.ts';
import { localized, type Translate } from './i18n.ts';
import type { Reply } from './render.ts';
import { UserError } from './router.ts';

export const SINCE_OPTION = {
  name: 'since',
  description: 'Only documents dated on or after this day (YYYY-MM-DD)',
  ...localized('since'),
  type: ApplicationCommandOptionType.String,
  min_length: 10,
  max_length: 10,
} as const;

export const UNTIL_OPTION = {
  name: 'until',
  description: 'Only documents dated on or before this day (YYYY-MM-DD)',
  ...localized('until'),
  type: ApplicationCommandOptionType.String,
  min_length: 10,
  max_length: 10,
} as const;

/** The days a reader asked for, inclusive, by the document's date. */
export interface DateFilter {
  since: string | null;
  until: string | null;
}

/** Reads `since:`/`until:` as typed; a clear error for anything that is not a real day, or a range that runs backwards. */
export function dateFilter(since: string | null, until: string | null): DateFilter {
  const filter = { since: day('since', since), until: day('until', until) };
  if (filter.since && filter.until && filter.since > filter.until)
    throw new UserError('dates.backwards', { since: filter.since, until: filter.until });
  return filter;
}

function day(name: 'since' | 'until', typed: string | null): string | null {
  const value = typed?.trim();
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!date || date.toISOString().slice(0, 10) !== value)
    throw new UserError(name === 'since' ? 'dates.badSince' : 'dates.badUntil', {
      typed: value.slice(0, 40),
    });
  return value;
}

/** What a filtered reply says above its answer: the dates, and the undated documents it could not look in. */
export function filterNote(t: Translate, filter: DateFilter, undatedLeftOut: number): string | null {
  const { since, until } = filter;
  if (!since && !until) return null;
  const parts = [
    since && until
      ? t('dates.between', { since, until })
      : since
        ? t('dates.since', { since })
        : t('dates.until', { until: until as string }),
  ];
  if (undatedLeftOut > 0)
    parts.push(t('dates.undated', { documents: t('count.undatedDocument', { count: undatedLeftOut }) }));
  return parts.join(' · ');
}

/** The reply with the filter's note above it (a notice stays a notice). */
export function withFilterNote(message: Reply, note: string | null): Reply {
  if (!note) return message;
  return { ...message, content: message.content ? `${note}\n${message.content}` : note };
}

/** The scope a filtered command searches. */
export function filteredScope(guild: string | null, filter: DateFilter): Scope {
  return { guild, since: filter.since, until: filter.until };
}
