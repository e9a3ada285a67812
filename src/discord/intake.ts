import type { Attachment } from 'discord.js';
import { formatBytes, IntakeError, readUpload, type UploadedText } from '../corpus/intake.ts';

/** Downloads an attached file's bytes, refusing one over `maxBytes` before downloading it. */
export async function downloadAttachment(attachment: Attachment, maxBytes: number): Promise<Uint8Array> {
  if (attachment.size > maxBytes) {
    throw new IntakeError(
      `“${attachment.name}” is ${formatBytes(attachment.size)}; the limit is ${formatBytes(maxBytes)}. Split it or trim it.`,
    );
  }
  let response: Response;
  try {
    response = await fetch(attachment.url, { signal: AbortSignal.timeout(15_000) });
  } catch {
    throw new IntakeError(`I couldn’t download “${attachment.name}”. Try attaching it again.`);
  }
  if (!response.ok)
    throw new IntakeError(`I couldn’t download “${attachment.name}” (HTTP ${response.status}). Try again.`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Downloads an attached file and reads it as document text, refusing what can't be one before storing anything. */
export async function readAttachment(attachment: Attachment, maxBytes: number): Promise<UploadedText> {
  const bytes = await downloadAttachment(attachment, maxBytes);
  return readUpload({ name: attachment.name, bytes }, maxBytes);
}
