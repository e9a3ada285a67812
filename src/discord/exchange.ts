import type { CorpusExport } from '../corpus/exchange.ts';
import { exportFileName } from '../corpus/exchange.ts';
import { formatBytes } from '../corpus/intake.ts';
import type { ImportReport } from '../library/exchange.ts';
import { count } from '../text/count.ts';
import { BRAND, joinWithin, type Reply, reply } from './render.ts';
import { UserError } from './router.ts';
import { escapeForDiscord, truncate } from './text.ts';

/** The export as a hidden reply with the JSON attached, or a UserError when Discord can't carry it. */
export function exportReply(file: CorpusExport, maxAttachmentBytes: number, now = new Date()): Reply {
  const json = Buffer.from(`${JSON.stringify(file)}\n`, 'utf8');
  if (json.byteLength > maxAttachmentBytes) {
    throw new UserError(
      `This server’s export is ${formatBytes(json.byteLength)}, more than Discord’s ${formatBytes(maxAttachmentBytes)} attachment limit. Export it from the command line: \`export --guild ${file.guild}\`.`,
    );
  }
  return reply(
    {
      content: `This server’s ${count(file.documents.length, 'document')}, with their text, metadata and attributions. Bring them into a server with \`/document import\`.`,
      files: [{ name: exportFileName(file.guild, now), attachment: json }],
    },
    { ephemeral: true },
  );
}

/** What an import did, as a hidden reply: counts, then each document not added and why. */
export function importReply(report: ImportReport): Reply {
  const lines = [
    ...report.duplicates.map(
      (d) => `Skipped, already here: **${escapeForDiscord(truncate(d.title, 100))}** (\`${d.id}\`)`,
    ),
    ...report.refused.map(
      (r) =>
        `Refused, document ${r.position}${r.title ? ` **${escapeForDiscord(truncate(r.title, 100))}**` : ''}: ${escapeForDiscord(r.reason)}`,
    ),
  ];
  const summary = `${count(report.added.length, 'document')} added · ${report.duplicates.length} skipped as duplicates · ${report.refused.length} refused`;
  const recomputed =
    report.recomputed > 0
      ? `Attributions recomputed for ${count(report.recomputed, 'document')}: the file’s differed from what this version finds.`
      : null;
  const description = [summary, recomputed, lines.length > 0 ? joinWithin(lines, 3500, lines.length) : null]
    .filter(Boolean)
    .join('\n\n');
  return reply({ embeds: [{ color: BRAND, title: 'Import finished', description }] }, { ephemeral: true });
}
