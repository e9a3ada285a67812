import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, HARBOUR, ORCHARD, type Run, tempDir, writeFile } from './helpers.ts';

const SEED_ID = 'fa9243eebfed';

/** The contract's failure shape: the exit code, nothing on stdout, and one line on stderr matching `message`. */
function expectFailure(run: Run, code: 1 | 2, message: RegExp): void {
  const summary = { code: run.code, stdout: run.stdout, stderr: run.stderr };
  expect(summary, JSON.stringify(summary)).toMatchObject({ code, stdout: '' });
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(message);
}

describe('CLI failures', { timeout: 90_000 }, () => {
  it('a usage error exits 2 with one line on stderr', async () => {
    const env = { DATA_DIR: tempDir() };
    const [unknownCommand, unknownOption, missingText, twoFiles] = await Promise.all([
      cli(['frobnicate'], { env }),
      cli(['who-said', '--loudly', 'unite'], { env }),
      cli(['who-said', '--json'], { env }),
      cli(['add', 'a.txt', 'b.txt'], { env }),
    ]);
    expectFailure(unknownCommand, 2, /frobnicate/);
    expectFailure(unknownOption, 2, /--loudly/);
    expectFailure(missingText, 2, /text/);
    expectFailure(twoFiles, 2, /one file/);
  });

  it('refused adds and removes exit 1 with a message saying why, and leave the store unchanged', async () => {
    const dataDir = tempDir();
    const env = { DATA_DIR: dataDir, MAX_DOCUMENT_BYTES: '1000' };
    const dir = tempDir();
    const kept = writeFile(dir, 'kept.txt', HARBOUR);
    const first = await cli(['add', kept], { env });
    expect(first.code).toBe(0);
    const keptId = /^Added (\w+)/.exec(first.stdout)?.[1];

    const large = `${ORCHARD}${'The orchard gate was painted green again this year. '.repeat(30)}\n`;
    expect(Buffer.byteLength(large)).toBeGreaterThan(1000);
    const [missing, empty, binary, latin1, pdf, tooLarge, duplicate, badDate, unknownId, seed] =
      await Promise.all([
        cli(['add', join(dir, 'missing.txt')], { env }),
        cli(['add', writeFile(dir, 'empty.txt', ' \n\t\n  ')], { env }),
        cli(
          ['add', writeFile(dir, 'binary.txt', new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01, 0x02, 0x41]))],
          { env },
        ),
        cli(['add', writeFile(dir, 'latin1.txt', Buffer.from('Caf\xe9 owners said \xabno\xbb.', 'latin1'))], {
          env,
        }),
        cli(['add', writeFile(dir, 'report.pdf', '%PDF-1.4 not really\n')], { env }),
        cli(['add', writeFile(dir, 'large.txt', large)], { env }),
        cli(['add', writeFile(dir, 'copy.md', HARBOUR)], { env }),
        cli(['add', writeFile(dir, 'dated.txt', ORCHARD), '--date', '2023-02-30'], { env }),
        cli(['remove', 'abcdef123456'], { env }),
        cli(['remove', SEED_ID], { env }),
      ]);
    expectFailure(missing as Run, 1, /missing\.txt/);
    expectFailure(empty as Run, 1, /empty/i);
    expectFailure(binary as Run, 1, /binary/i);
    expectFailure(latin1 as Run, 1, /UTF-8/);
    expectFailure(pdf as Run, 1, /not a supported file type.*\.txt/);
    expectFailure(tooLarge as Run, 1, /limit/);
    expectFailure(duplicate as Run, 1, new RegExp(`already in the corpus.*${keptId}`));
    expectFailure(badDate as Run, 1, /2023-02-30.*YYYY-MM-DD/);
    expectFailure(unknownId as Run, 1, /abcdef123456/);
    expectFailure(seed as Run, 1, /seed/);

    const listed = await cli(['documents', '--json'], { env });
    expect((JSON.parse(listed.stdout) as { id: string }[]).map((d) => d.id)).toEqual([SEED_ID, keptId]);
  });

  it('a missing file or folder, or a bad setting, exits 1 with one line', async () => {
    const env = { DATA_DIR: tempDir() };
    const [quotesMissing, corpusMissing, badConfig] = await Promise.all([
      cli(['quotes', '--json', '/nonexistent/verbatim/article.txt'], { env }),
      cli(['who-said', '--corpus', '/nonexistent/verbatim', 'unite'], { env }),
      cli(['who-said', 'unite around our president'], { env: { ...env, LOG_LEVEL: 'loud' } }),
    ]);
    expectFailure(quotesMissing as Run, 1, /\/nonexistent\/verbatim\/article\.txt/);
    expectFailure(corpusMissing as Run, 1, /\/nonexistent\/verbatim/);
    expectFailure(badConfig as Run, 1, /LOG_LEVEL/);
  });
});
