import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runConsole } from '../../../src/local/console/session.ts';
import { type Harness, startHarness } from '../../discord/harness.ts';

const PAGE = join(import.meta.dirname, '..', '..', 'corpus', 'fixtures', 'quay-wall-news-page.html');

const harnesses: Harness[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function run(harness: Harness, lines: string[], downloadsDir: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  const errors = new PassThrough();
  let out = '';
  output.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  errors.on('data', () => undefined);
  input.end(`${lines.join('\n')}\n`);
  await runConsole({ mock: harness.mock, input, output, errors, json: false, downloadsDir });
  return out;
}

describe('export and import in the local console', () => {
  it('/document export saves the attached file, and /document import of that file in another bot adds the documents', async () => {
    const downloads = mkdtempSync(join(tmpdir(), 'verbatim-downloads-'));
    dirs.push(downloads);
    const source = await startHarness();
    harnesses.push(source);
    const exported = await run(source, [`/document add file: ${PAGE}`, '/document export'], downloads);
    const saved = exported.match(/Saved (\S+\.json) to (.+)$/m);
    expect(saved, exported).not.toBeNull();
    const path = saved?.[2] as string;
    expect(JSON.parse(readFileSync(path, 'utf8')).documents[0].title).toBe(
      'Port to rebuild the old quay wall before winter',
    );

    const target = await startHarness();
    harnesses.push(target);
    const imported = await run(
      target,
      [`/document import file: ${path}`, '/who-said quote: the sea will make the decision'],
      downloads,
    );
    expect(imported).toContain('1 document added · 0 skipped as duplicates · 0 refused');
    expect(imported).toContain('Miriam Osei');
  });
});
