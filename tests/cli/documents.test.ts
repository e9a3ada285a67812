import { describe, expect, it } from 'vitest';
import { cli, HARBOUR, jsonLines, ORCHARD, tempDir, writeFile } from './helpers.ts';

const SEED_ID = 'fa9243eebfed';
const GUILD = '111111111111111111';
const OTHER_GUILD = '222222222222222222';
const LAMP = 'keep the lamp burning until the last ferry';
const BLOSSOM = 'the blossom held on by a thread';

interface Listing {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  guild: string | null;
  paragraphs: number;
  quotes: number;
  addedAt: string | null;
}

const CONTRACT_KEYS = ['addedAt', 'date', 'guild', 'id', 'paragraphs', 'quotes', 'source', 'title'];

function addedId(stdout: string): string {
  const id = /^Added (\w+) /.exec(stdout)?.[1];
  if (!id) throw new Error(`no id in ${JSON.stringify(stdout)}`);
  return id;
}

// Each test spawns several CLI processes; a loaded machine makes them slow.
describe('add, documents, remove', { timeout: 90_000 }, () => {
  it('an added document is listed, answers who-said, and is gone after remove', async () => {
    const dataDir = tempDir();
    const env = { DATA_DIR: dataDir };
    const file = writeFile(tempDir(), 'marrow.txt', HARBOUR);
    const before = Date.now();

    const add = await cli(
      [
        'add',
        file,
        '--title',
        'Marrow Island keepers',
        '--source',
        'https://example.com/marrow',
        '--date',
        '2023-11-02',
      ],
      { env },
    );
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/^Added \w+ “Marrow Island keepers”: 4 paragraphs/);
    const id = addedId(add.stdout);

    const [documents, text, found] = await Promise.all([
      cli(['documents', '--json'], { env }),
      cli(['documents'], { env }),
      cli(['who-said', '--json', LAMP], { env }),
    ]);
    expect(documents.code).toBe(0);
    const listed = JSON.parse(documents.stdout) as Listing[];
    expect(listed.map((d) => d.id)).toEqual([SEED_ID, id]);
    for (const d of listed) expect(Object.keys(d).sort()).toEqual(CONTRACT_KEYS);
    expect(listed[0]?.addedAt).toBeNull();
    const added = listed[1];
    expect(added).toMatchObject({
      id,
      title: 'Marrow Island keepers',
      source: 'https://example.com/marrow',
      date: '2023-11-02',
      guild: null,
      paragraphs: 4,
    });
    expect(added?.quotes).toBeGreaterThanOrEqual(1);
    const addedAt = Date.parse(added?.addedAt ?? '');
    expect(addedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(addedAt).toBeLessThanOrEqual(Date.now());

    expect(text.code).toBe(0);
    expect(text.stdout).toContain(id);
    expect(text.stdout).toContain('Marrow Island keepers');

    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout)).toMatchObject({
      speaker: 'Agnes Tolliver',
      document: { id, title: 'Marrow Island keepers' },
      paragraph: 3,
    });

    const remove = await cli(['remove', id], { env });
    expect(remove.code).toBe(0);
    expect(remove.stdout).toContain(id);

    const [after, gone] = await Promise.all([
      cli(['documents', '--json'], { env }),
      cli(['who-said', '--json', LAMP], { env }),
    ]);
    expect((JSON.parse(after.stdout) as Listing[]).map((d) => d.id)).toEqual([SEED_ID]);
    expect(JSON.parse(gone.stdout)).toMatchObject({ speaker: null, document: null });
  });

  it('--guild scopes a document: its guild sees it with the global corpus, nobody else does', async () => {
    const dataDir = tempDir();
    const env = { DATA_DIR: dataDir };
    const dir = tempDir();
    const [guildAdd, globalAdd] = await Promise.all([
      cli(['add', writeFile(dir, 'orchard.txt', ORCHARD), '--guild', GUILD], { env }),
      cli(['add', writeFile(dir, 'harbour.txt', HARBOUR)], { env }),
    ]);
    expect(guildAdd.code).toBe(0);
    expect(globalAdd.code).toBe(0);
    const guildId = addedId(guildAdd.stdout);
    const globalId = addedId(globalAdd.stdout);

    const queries = `${BLOSSOM}\n${LAMP}\n`;
    const [inGuild, global, otherGuild, listGuild, removeElsewhere, removeGlobally] = await Promise.all([
      cli(['who-said', '--guild', GUILD, '--json', '-'], { env, input: queries }),
      cli(['who-said', '--json', '-'], { env, input: queries }),
      cli(['who-said', '--guild', OTHER_GUILD, '--json', '-'], { env, input: queries }),
      cli(['documents', '--guild', GUILD, '--json'], { env }),
      cli(['remove', guildId, '--guild', OTHER_GUILD], { env }),
      cli(['remove', guildId], { env }),
    ]);

    const speakers = (run: typeof inGuild) =>
      (jsonLines(run) as { speaker: string | null; document: { id: string } | null }[]).map((a) => [
        a.speaker,
        a.document?.id ?? null,
      ]);
    expect(speakers(inGuild)).toEqual([
      ['Rufus Ambrose', guildId],
      ['Agnes Tolliver', globalId],
    ]);
    expect(speakers(global)).toEqual([
      [null, null],
      ['Agnes Tolliver', globalId],
    ]);
    expect(speakers(otherGuild)).toEqual([
      [null, null],
      ['Agnes Tolliver', globalId],
    ]);

    const ids = (run: typeof listGuild) => (JSON.parse(run.stdout) as Listing[]).map((d) => d.id);
    expect(ids(listGuild)).toEqual(expect.arrayContaining([SEED_ID, guildId, globalId]));
    expect(ids(listGuild)).toHaveLength(3);
    const listedInGuild = JSON.parse(listGuild.stdout) as Listing[];
    expect(listedInGuild.find((d) => d.id === guildId)?.guild).toBe(GUILD);
    // Stored documents carry their addedAt in a guild's list too, the global ones included.
    for (const id of [guildId, globalId]) {
      expect(listedInGuild.find((d) => d.id === id)?.addedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }

    // Another guild, or the global corpus, cannot remove a guild's document.
    for (const run of [removeElsewhere, removeGlobally]) {
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(guildId);
    }
    const removed = await cli(['remove', guildId, '--guild', GUILD], { env });
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain(guildId);
  });
});
