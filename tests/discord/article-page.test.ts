import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, moderator, startHarness, textOf } from './harness.ts';

const PAGE = readFileSync(join(import.meta.dirname, '..', 'corpus', 'fixtures', 'quay-wall-news-page.html'));

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('/document add with a news page', () => {
  it('adds only the article, titled and dated from the page, and the reply says the article was taken', async () => {
    h = await startHarness();
    const file = h.mock.addAttachment('quay-wall.html', 'text/html', PAGE);
    const added = await (await h.mock.sendCommand('document add', { file }, moderator)).reply();
    const embed = added.embeds[0];
    expect(embed?.title).toBe('Added: Port to rebuild the old quay wall before winter');
    expect(embed?.description).toMatch(/^5 paragraphs/);
    expect(embed?.description).toContain('Took the article from the page (by Nadia Ferris)');

    const found = await (
      await h.mock.sendCommand('who-said', { quote: 'the sea will make the decision' })
    ).reply();
    expect(found.embeds[0]?.title).toContain('Miriam Osei');
    expect(textOf(found)).toContain('2024-10-14');
    const banner = await (await h.mock.sendCommand('ask', { question: 'accept all cookies' })).reply();
    expect(textOf(banner)).not.toContain('Port to rebuild');
    expect(textOf(banner)).not.toMatch(/improve your experience/);
  });
});
