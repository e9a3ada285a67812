import type { CorpusExport } from '../corpus/exchange.ts';
import { exportFileName } from '../corpus/exchange.ts';
import { formatBytes } from '../corpus/intake.ts';
import type { ImportReport } from '../library/exchange.ts';
import type { Translate } from './i18n.ts';
import { BRAND, joinWithin, type Reply, reply } from './render.ts';
import { UserError } from './router.ts';
import { escapeForDiscord, truncate } from './text.ts';

/** The export as a hidden reply with the JSON attached, or a UserError when Discord can't carry it. */
export function exportReply(
  t: Translate,
  file: CorpusExport,
  maxAttachmentBytes: number,
  now = new Date(),
): Reply {
  const json = Buffer.from(`${JSON.stringify(file)}\n`, 'utf8');
  if (json.byteLength > maxAttachmentBytes) {
    throw new UserError('exchange.tooBig', {
      size: formatBytes(json.byteLength),
      limit: formatBytes(maxAttachmentBytes),
      guild: String(file.guild),
    });
  }
  return reply(
    {
      content: t('exchange.exported', { documents: t('count.document', { count: file.documents.length }) }),
      files: [{ name: exportFileName(file.guild, now), attachment: json }],
    },
    { ephemeral: true },
  );
}

/** What an import did, as a hidden reply: counts, then each document not added and why. */
export function importReply(t: Translate, report: ImportReport): Reply {
  const lines = [
    ...report.duplicates.map((d) =>
      t('exchange.skipped', { title: escapeForDiscord(truncate(d.title, 100)), id: d.id }),
    ),
    ...report.refused.map((r) => {
      const refusal = { position: r.position, reason: escapeForDiscord(t(`intake.${r.code}`, r.params)) };
      return r.title
        ? t('exchange.refusedTitled', { ...refusal, title: escapeForDiscord(truncate(r.title, 100)) })
        : t('exchange.refused', refusal);
    }),
  ];
  const summary = t('exchange.summary', {
    added: t('count.document', { count: report.added.length }),
    skipped: report.duplicates.length,
    refused: report.refused.length,
  });
  const recomputed =
    report.recomputed > 0
      ? t('exchange.recomputed', { documents: t('count.document', { count: report.recomputed }) })
      : null;
  const description = [
    summary,
    recomputed,
    lines.length > 0 ? joinWithin(t, lines, 3500, lines.length) : null,
  ]
    .filter(Boolean)
    .join('\n\n');
  return reply({ embeds: [{ color: BRAND, title: t('exchange.title'), description }] }, { ephemeral: true });
}
