import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isDiscordAttachmentUrl } from '../../src/discord/intake.ts';
import { type Harness, moderator, startHarness, textOf } from './harness.ts';

let h: Harness | undefined;
let elsewhere: Server | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
  elsewhere?.closeAllConnections();
  await new Promise<void>((resolve) => (elsewhere ? elsewhere.close(() => resolve()) : resolve()));
  elsewhere = undefined;
});

const ARTICLE = '“The bridge will open in May,” Mayor Jane Roe said.\nResidents asked about tolls.';

/** Another host on this machine that serves a document to anyone, and counts who asked. */
async function otherHost(): Promise<{ url: string; hits: string[] }> {
  const hits: string[] = [];
  elsewhere = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/plain' }).end(ARTICLE);
  });
  await new Promise<void>((resolve) => elsewhere?.listen(0, '127.0.0.1', resolve));
  const { port } = elsewhere.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/article.txt`, hits };
}

describe('attachments are downloaded from Discord only', () => {
  it('a forged attachment URL on another host is refused, never fetched, and nothing is added', async () => {
    h = await startHarness();
    const host = await otherHost();
    const real = h.mock.addAttachment('article.txt', 'text/plain', ARTICLE);
    const forged = { ...real, url: host.url, proxy_url: host.url };

    const add = await (await h.mock.sendCommand('document add', { file: forged }, moderator)).reply();
    expect(textOf(add)).toMatch(/does not come from Discord/);
    const imported = await (
      await h.mock.sendCommand('document import', { file: { ...forged, filename: 'corpus.json' } }, moderator)
    ).reply();
    expect(textOf(imported)).toMatch(/does not come from Discord/);

    expect(host.hits).toEqual([]);
    const list = await (await h.mock.sendCommand('document list', {}, moderator)).reply();
    expect(list.embeds[0]?.title).toBe('This server’s documents (0)');
  });

  it('a file that says it is small but is not stops downloading at the limit', async () => {
    h = await startHarness({ env: { MAX_DOCUMENT_BYTES: '2000' } });
    const big = `${ARTICLE}\n${'Residents asked about tolls and parking. '.repeat(2_000)}`;
    const real = h.mock.addAttachment('big.txt', 'text/plain', big);
    const understated = { ...real, size: 100 };
    const add = await (await h.mock.sendCommand('document add', { file: understated }, moderator)).reply();
    expect(textOf(add)).toMatch(/the limit is/);
    const list = await (await h.mock.sendCommand('document list', {}, moderator)).reply();
    expect(list.embeds[0]?.title).toBe('This server’s documents (0)');
  });

  it('Discord’s CDN and the local Discord are trusted; other hosts, schemes and ports are not', () => {
    const local = 'http://127.0.0.1:4000';
    expect(isDiscordAttachmentUrl('https://cdn.discordapp.com/attachments/1/2/a.txt', null)).toBe(true);
    expect(isDiscordAttachmentUrl('https://media.discordapp.net/attachments/1/2/a.txt', null)).toBe(true);
    expect(isDiscordAttachmentUrl(`${local}/attachments/1/a.txt`, local)).toBe(true);
    expect(isDiscordAttachmentUrl(`${local}/attachments/1/a.txt`, null)).toBe(false);
    expect(isDiscordAttachmentUrl('http://127.0.0.1:4001/a.txt', local)).toBe(false);
    expect(isDiscordAttachmentUrl('http://cdn.discordapp.com/a.txt', null)).toBe(false);
    expect(isDiscordAttachmentUrl('https://cdn.discordapp.com:8443/a.txt', null)).toBe(false);
    expect(isDiscordAttachmentUrl('https://cdn.discordapp.com.evil.example/a.txt', null)).toBe(false);
    expect(isDiscordAttachmentUrl('not a url', null)).toBe(false);
  });
});
