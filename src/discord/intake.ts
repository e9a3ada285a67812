import type { Attachment } from 'discord.js';
import { formatBytes, readUpload, type UploadedText } from '../corpus/intake.ts';
import { UserError } from './router.ts';

/** Where Discord serves attachments from; an attachment URL anywhere else was not made by Discord. */
const DISCORD_CDN_HOSTS: readonly string[] = ['cdn.discordapp.com', 'media.discordapp.net'];
const DOWNLOAD_TIMEOUT_MS = 15_000;

/**
 * Whether `url` is one of Discord's attachment URLs: https on its CDN, or the local Discord's own
 * origin when the bot runs against it (`localDiscord`, null on Discord).
 */
export function isDiscordAttachmentUrl(url: string, localDiscord: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (localDiscord !== null && parsed.origin === localDiscord) return true;
  return parsed.protocol === 'https:' && parsed.port === '' && DISCORD_CDN_HOSTS.includes(parsed.hostname);
}

const tooBig = (name: string, bytes: number, maxBytes: number) =>
  new UserError('attachment.tooBig', { name, size: formatBytes(bytes), limit: formatBytes(maxBytes) });

/**
 * Downloads an attached file's bytes from Discord only, refusing one over `maxBytes` before
 * downloading it (its declared size and length) and while downloading (the bytes that arrive).
 */
export async function downloadAttachment(
  attachment: Attachment,
  maxBytes: number,
  localDiscord: string | null,
): Promise<Uint8Array> {
  if (!isDiscordAttachmentUrl(attachment.url, localDiscord)) {
    throw new UserError('attachment.notFromDiscord', { name: attachment.name });
  }
  if (attachment.size > maxBytes) throw tooBig(attachment.name, attachment.size, maxBytes);
  const failed = () => new UserError('attachment.downloadFailed', { name: attachment.name });
  let response: Response;
  try {
    // A redirect could lead anywhere: Discord's CDN serves files directly.
    response = await fetch(attachment.url, {
      redirect: 'error',
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
  } catch {
    throw failed();
  }
  if (!response.ok || !response.body)
    throw new UserError('attachment.downloadStatus', { name: attachment.name, status: response.status });
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await response.body.cancel().catch(() => undefined);
    throw tooBig(attachment.name, declared, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooBig(attachment.name, received, maxBytes);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw failed();
  }
  return Buffer.concat(chunks);
}

/** Downloads an attached file and reads it as document text, refusing what can't be one before storing anything. */
export async function readAttachment(
  attachment: Attachment,
  maxBytes: number,
  localDiscord: string | null,
): Promise<UploadedText> {
  const bytes = await downloadAttachment(attachment, maxBytes, localDiscord);
  return readUpload({ name: attachment.name, bytes }, maxBytes);
}
