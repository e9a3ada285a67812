import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, failure, HARBOUR, ORCHARD, ROOT, tempDir, writeFile } from './helpers.ts';

const GUILD = '123456789012345678';
const PAGE = join(ROOT, 'tests', 'corpus', 'fixtures', 'quay-wall-news-page.html');

describe('export and import', { timeout: 60_000 }, () => {
  it('export > x.json from one DATA_DIR and import x.json into another give the same documents --json', async () => {
    const from = { DATA_DIR: tempDir() };
    const into = { DATA_DIR: tempDir() };
    const files = tempDir();
    await cli(['add', writeFile(files, 'harbour.txt', HARBOUR), '--guild', GUILD, '--date', '2024-03-01'], {
      env: from,
    });
    await cli(['add', PAGE, '--guild', GUILD], { env: from });
    await cli(['add', writeFile(files, 'orchard.txt', ORCHARD)], { env: from });

    const exported = await cli(['export', '--guild', GUILD], { env: from });
    expect(exported.code).toBe(0);
    const file = writeFile(files, 'x.json', exported.stdout);
    const imported = await cli(['import', file, '--guild', GUILD], { env: into });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Imported: 2 added, 0 skipped as duplicates, 0 refused\./);

    const listing = async (env: Record<string, string>) =>
      (
        JSON.parse((await cli(['documents', '--guild', GUILD, '--json'], { env })).stdout) as Record<
          string,
          unknown
        >[]
      )
        .filter((d) => d.guild === GUILD)
        .map(({ id, title, paragraphs, quotes, date, source }) => ({
          id,
          title,
          paragraphs,
          quotes,
          date,
          source,
        }));
    const [before, after, globalExport, again] = await Promise.all([
      listing(from),
      listing(into),
      cli(['export'], { env: from }),
      cli(['import', file, '--guild', GUILD], { env: into }),
    ]);
    expect(before).toHaveLength(2);
    expect(after).toEqual(before);
    // The global corpus is its own export: only the orchard.
    const global = JSON.parse(globalExport.stdout) as { documents: { title: string }[] };
    expect(global.documents.map((d) => d.title)).toEqual(['Frost spares the Kettleby orchards']);
    expect(again.stdout).toMatch(/^Imported: 0 added, 2 skipped as duplicates, 0 refused\./);
  });

  it('a file that is not an export exits 1 with one line and adds nothing', async () => {
    const env = { DATA_DIR: tempDir() };
    const bad = writeFile(tempDir(), 'notes.json', '{"title": "not an export"}');
    expect(failure(await cli(['import', bad], { env }))).toMatchObject({
      code: 1,
      stdout: '',
      lines: 1,
      message: expect.stringMatching(/not a Verbatim export/),
    });
    const listed = JSON.parse((await cli(['export'], { env })).stdout) as { documents: unknown[] };
    expect(listed.documents).toEqual([]);
  });
});
