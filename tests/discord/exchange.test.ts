import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, isEphemeral, moderator, startHarness, textOf } from './harness.ts';

const FIXTURES = join(import.meta.dirname, '..', 'corpus', 'fixtures');

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function add(harness: Harness, name: string, type: string) {
  const file = harness.mock.addAttachment(name, type, readFileSync(join(FIXTURES, name)));
  return (await harness.mock.sendCommand('document add', { file }, moderator)).reply();
}

/** A guild's own documents as /document list shows them, without the ids (which name the guild). */
async function ownDocuments(harness: Harness, guildId: string) {
  const listed = await harness.library.list(guildId);
  return listed
    .filter((d) => d.guild === guildId)
    .map(({ title, date, source, paragraphs, quotes, people }) => ({
      title,
      date,
      source,
      paragraphs,
      quotes,
      people,
    }));
}

describe('/document export and /document import through the mock Discord', () => {
  it('export attaches this server’s documents as JSON; importing that file into another server gives the same documents', async () => {
    h = await startHarness();
    await add(h, 'quay-wall-news-page.html', 'text/html');
    await add(h, 'ferry-timetable-web-copy.txt', 'text/plain');

    const exported = await (await h.mock.sendCommand('document export', {}, moderator)).reply();
    expect(isEphemeral(exported)).toBe(true);
    expect(exported.content).toContain('2 documents');
    const [attachment] = exported.attachments;
    expect(attachment?.filename).toMatch(/^verbatim-\d+-\d{4}-\d{2}-\d{2}\.json$/);
    const json = await (await fetch(attachment?.url as string)).text();
    const file = JSON.parse(json) as { guild: string; documents: { title: string }[] };
    expect(file.guild).toBe(h.guildA);
    expect(file.documents.map((d) => d.title)).toEqual([
      'Port to rebuild the old quay wall before winter',
      // A text file is titled by a first line that reads as a title, as the CLI titles it.
      'Island ferry to run every hour from May',
    ]);

    const upload = h.mock.addAttachment('export.json', 'application/json', json);
    const imported = await (
      await h.mock.sendCommand('document import', { file: upload }, { ...moderator, guildId: h.guildB })
    ).reply();
    expect(isEphemeral(imported)).toBe(true);
    expect(imported.embeds[0]?.description).toMatch(
      /^2 documents added · 0 skipped as duplicates · 0 refused/,
    );
    expect(await ownDocuments(h, h.guildB)).toEqual(await ownDocuments(h, h.guildA));
    const found = await (
      await h.mock.sendCommand('who-said', { quote: 'the sea will make the decision' }, { guildId: h.guildB })
    ).reply();
    expect(found.embeds[0]?.title).toContain('Miriam Osei');

    const again = await (
      await h.mock.sendCommand('document import', { file: upload }, { ...moderator, guildId: h.guildB })
    ).reply();
    expect(textOf(again)).toMatch(/0 documents added · 2 skipped as duplicates/);
    expect(textOf(again)).toContain(
      'Skipped, already here: **Port to rebuild the old quay wall before winter**',
    );
  });

  it('a file that is not an export is refused with what to do, and nothing is added', async () => {
    h = await startHarness();
    const upload = h.mock.addAttachment('notes.json', 'application/json', '{"notes": []}');
    const refused = await (await h.mock.sendCommand('document import', { file: upload }, moderator)).reply();
    expect(isEphemeral(refused)).toBe(true);
    expect(textOf(refused)).toMatch(/not a Verbatim export.*\/document export/);
    expect(await ownDocuments(h, h.guildA)).toEqual([]);
  });

  it('members who are not moderators can neither export nor import', async () => {
    h = await startHarness();
    await add(h, 'ferry-timetable-web-copy.txt', 'text/plain');
    await expect(h.mock.sendCommand('document export', {})).rejects.toThrow(/default_member_permissions/);
    const unchecked = { unchecked: true };
    const exported = await (await h.mock.sendCommand('document export', {}, unchecked)).reply();
    expect(exported.attachments ?? []).toEqual([]);
    expect(textOf(exported)).toMatch(/moderators/i);
    const file = h.mock.addAttachment('corpus.json', 'application/json', '{}');
    const imported = await (await h.mock.sendCommand('document import', { file }, unchecked)).reply();
    expect(textOf(imported)).toMatch(/moderators/i);
  });
});
