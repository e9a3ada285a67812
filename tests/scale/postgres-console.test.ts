import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_FILE } from '../../src/store/index.ts';
import { cli, HARBOUR, jsonLines, ORCHARD, tempDir, writeFile } from '../cli/helpers.ts';
import { freshDatabase, postgresUrl } from '../postgres/databases.ts';
import { startConsole } from './console.ts';

const LAMP = 'keep the lamp burning until the last ferry';

describe.skipIf(!postgresUrl)('with DATABASE_URL set to a PostgreSQL', { timeout: 90_000 }, () => {
  it('two CLI adds at once both land, and no SQLite file is made', async () => {
    const url = await freshDatabase();
    const dataDir = tempDir();
    const files = tempDir();
    const env = { DATABASE_URL: url, DATA_DIR: dataDir };
    const runs = await Promise.all([
      cli(['add', writeFile(files, 'harbour.txt', HARBOUR)], { env }),
      cli(['add', writeFile(files, 'orchard.txt', ORCHARD)], { env }),
    ]);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const listed = jsonLines(await cli(['documents', '--json'], { env }))[0] as { title: string }[];
    expect(listed.map((d) => d.title).sort()).toEqual([
      'Frost spares the Kettleby orchards',
      'Lighthouse keepers vote to stay on Marrow Island',
      expect.any(String), // the seed
    ]);
    expect(existsSync(join(dataDir, STORE_FILE))).toBe(false);
  });

  it('a running npm start answers /who-said for a document the CLI added meanwhile', async () => {
    const url = await freshDatabase();
    const env = { DATABASE_URL: url, DATA_DIR: tempDir() };
    const bot = startConsole(env);
    let from = bot.printed;
    bot.send(`/who-said quote: ${LAMP}`);
    await bot.waitFor(/No match/, from);

    // Another process, as another host would, adds the document while the bot runs.
    const added = await cli(['add', writeFile(tempDir(), 'harbour.txt', HARBOUR)], { env });
    expect(added.code, added.stderr).toBe(0);
    await new Promise((r) => setTimeout(r, 1000));
    from = bot.printed;
    bot.send(`/who-said quote: ${LAMP}`);
    const answer = await bot.waitFor(/Agnes Tolliver|No match/, from);
    expect(answer).toContain('Agnes Tolliver');
    expect(await bot.end()).toBe(0);
  });
});
