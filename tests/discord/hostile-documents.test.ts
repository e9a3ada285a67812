import type { APIMessage } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { readDiscordMarkdown } from '../reply/discord-markdown.ts';
import { type Harness, moderator, startHarness, textOf } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const HOSTILE = [
  'Read this: [click here](https://evil.example/phish) before the offer is gone.',
  '# Heading from the document about the harbour',
  '> Block quoted words from the document about the harbour',
  '“Pay the harbour fee now at https://evil.example/pay,” said Mallory Vance, a harbour spokesman. ||secret|| `code` @everyone <@123456789012345678>',
  '1. Numbered toll list from the harbour office',
].join('\n');

/** Every piece of a message Discord renders as Markdown, each read on its own. */
function renderedParts(message: APIMessage): string[] {
  const parts = [message.content];
  for (const e of message.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '');
    // "1. " before a field's name is the bot's own numbering of results, not the document's.
    for (const f of e.fields ?? []) parts.push(f.name.replace(/^\d+\. /, ''), f.value);
    parts.push(e.footer?.text ?? '');
  }
  return parts.filter(Boolean);
}

describe('a hostile document cannot format, link or ping through the bot’s replies', () => {
  it('/ask and /who-said over a document full of Markdown show it as plain text, highlights included', async () => {
    h = await startHarness();
    const file = h.mock.addAttachment('hostile.txt', 'text/plain', HOSTILE);
    await (await h.mock.sendCommand('document add', { file }, moderator)).reply();

    const asked = [
      ['ask', { question: 'click here' }],
      ['ask', { question: 'evil example phish' }],
      ['ask', { question: 'heading from the document' }],
      ['ask', { question: 'block quoted words' }],
      ['ask', { question: 'numbered toll list' }],
      ['who-said', { quote: 'pay the harbour fee now at https://evil.example/pay' }],
    ] as const;
    for (const [command, options] of asked) {
      const reply = await (await h.mock.sendCommand(command, options)).reply();
      const parts = renderedParts(reply);
      expect(parts.join('\n'), `${command} ${JSON.stringify(options)}`).toMatch(/\*\*/);
      for (const part of parts)
        expect({ part, live: readDiscordMarkdown(part).live }).toEqual({ part, live: [] });
    }
  });

  it('/ask names each result’s document once', async () => {
    h = await startHarness();
    const reply = await (await h.mock.sendCommand('ask', { question: 'Putin' })).reply();
    const fields = reply.embeds[0]?.fields ?? [];
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      const title = field.name.replace(/^\d+\. /, '');
      expect(field.value).not.toContain(title);
      expect(field.value).toMatch(/¶ \d+$/);
    }
  });

  it('a .md file is titled by its # heading, as the CLI titles it, and the heading is not its ¶ 1', async () => {
    h = await startHarness();
    const file = h.mock.addAttachment(
      'notes-0412.md',
      'text/markdown',
      '# Harbour report\nThe ferry resumed on Monday, officials said.\n',
    );
    const added = await (await h.mock.sendCommand('document add', { file }, moderator)).reply();
    expect(added.embeds[0]?.title).toBe('Added: Harbour report');
    // The heading names the document; the first paragraph is the text under it.
    const found = await (await h.mock.sendCommand('ask', { question: 'ferry resumed on Monday' })).reply();
    expect(found.embeds[0]?.fields?.[0]?.value).toMatch(/¶ 1$/);
    expect(textOf(found)).not.toContain('#');
  });

  it('a source that is not a web link is refused before anything is stored', async () => {
    h = await startHarness();
    const file = h.mock.addAttachment(
      'ferry.txt',
      'text/plain',
      'The ferry resumed on Monday, officials said.\n',
    );
    const refused = await (
      await h.mock.sendCommand('document add', { file, source: 'javascript:alert(1)' }, moderator)
    ).reply();
    expect(textOf(refused)).toMatch(/source must be a web link/);
    const list = await (await h.mock.sendCommand('document list', {}, moderator)).reply();
    expect(list.embeds[0]?.title).toMatch(/\(0\)/);
  });
});
