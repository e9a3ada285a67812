import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeText } from '../../src/attribution/index.ts';
import { cleanText } from '../../src/corpus/clean.ts';
import { htmlToText, isoDate } from '../../src/corpus/html.ts';
import { extractionNote, readUpload } from '../../src/corpus/intake.ts';
import { cli, jsonLines, tempDir, writeFile } from '../cli/helpers.ts';

const PAGE_PATH = join(import.meta.dirname, 'fixtures', 'quay-wall-news-page.html');
const PAGE = readFileSync(PAGE_PATH, 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);
const upload = (html: string) => readUpload({ name: 'page.html', bytes: utf8(html) }, 100_000);

/** A page with no article in it: a site's opening-hours notice in plain <div>s. */
const NO_ARTICLE = `<!doctype html><html><head><title>Opening hours</title></head><body>
<div class="menu"><a href="/">Home</a> <a href="/visit">Visit</a></div>
<div>Opening hours</div><div>Monday to Friday, 9 to 5</div><div>Closed on public holidays</div>
</body></html>`;

describe('an HTML news page with its boilerplate in plain <div>s', () => {
  const page = upload(PAGE);
  const { text } = cleanText(page.text);

  it('yields only the article’s paragraphs: no menu, cookie banner, share bar, promo or related links', () => {
    const paragraphs = text.split('\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^The port authority will rebuild the crumbling north quay wall/);
    expect(paragraphs[4]).toMatch(/put back where they came from\.$/);
    for (const boilerplate of [
      'cookies',
      'Manage preferences',
      'Business',
      'Share on',
      'Subscribe to our newsletter',
      'inbox',
      'More from World',
      'lifeboat',
      'All rights reserved',
    ]) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it('takes the title, byline and date from the page, and says the article was taken', () => {
    expect(page).toMatchObject({
      title: 'Port to rebuild the old quay wall before winter',
      byline: 'Nadia Ferris',
      date: '2024-10-14',
      extraction: 'article',
    });
    expect(extractionNote(page)).toMatch(/article from the page \(by Nadia Ferris\)/);
  });

  it('credits the article’s quotes, and none comes from the related links', () => {
    const { quotes } = attributeText(text);
    const speakerOf = (words: string) => quotes.find((q) => q.quote.includes(words))?.speaker;
    expect(speakerOf('the sea will make the decision for us')).toBe('Miriam Osei');
    expect(speakerOf('nobody wants to tie up to a wall')).toBe('Tomas Grieve');
    expect(quotes.some((q) => q.quote.includes('We were lucky'))).toBe(false);
  });

  it('dates the page from <time datetime> when it has no published-time meta tag', () => {
    const undated = PAGE.replace(/<meta property="article:published_time"[^>]*>/, '').replace(
      '<time datetime="2024-10-14">',
      '<time datetime="2024-10-13T22:10:00Z">',
    );
    expect(upload(undated).date).toBe('2024-10-13');
  });
});

describe('a news page written without a single <p>, only <div>s', () => {
  const page = upload(
    readFileSync(join(import.meta.dirname, 'fixtures', 'mill-bridge-div-page.html'), 'utf8'),
  );
  const { text } = cleanText(page.text);

  it('is read as an article: its four paragraphs, titled, dated and signed from the page', () => {
    expect(page).toMatchObject({
      title: 'Bridge repairs delayed again',
      byline: 'Priya Nandakumar',
      date: '2024-09-17',
      extraction: 'article',
    });
    const paragraphs = text.split('\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^Repairs to the Old Mill bridge/);
    for (const boilerplate of ['Home', 'cookies', 'Share on', 'newsletter', 'More from Local', 'chaos', '©'])
      expect(text).not.toContain(boilerplate);
  });

  it('credits its quotes to the people the article names, and none comes from the related links', () => {
    const { quotes } = attributeText(text);
    const speakerOf = (words: string) => quotes.find((q) => q.quote.includes(words))?.speaker;
    expect(speakerOf('more corrosion in the steel')).toBe('Tomasz Wielgus');
    expect(speakerOf('empty tills')).toBe('Ruth Amankwah');
    expect(quotes.some((q) => q.quote.includes('It was chaos'))).toBe(false);
  });
});

describe('a page without an article', () => {
  it('falls back to converting the whole page, and the note says so', () => {
    const page = upload(NO_ARTICLE);
    expect(page.extraction).toBe('whole page');
    expect(page.text).toBe(htmlToText(NO_ARTICLE));
    expect(page.text).toContain('Closed on public holidays');
    expect(extractionNote(page)).toMatch(/No article found.*all of its text was kept/);
  });

  it('is still titled by the page’s title, not by its first menu line', () => {
    expect(upload(NO_ARTICLE).title).toBe('Opening hours');
    const branded = NO_ARTICLE.replace(
      '<title>Opening hours</title>',
      '<title>Opening hours and admission prices | Town Museum</title>',
    );
    expect(upload(branded).title).toBe('Opening hours and admission prices');
  });
});

describe('isoDate', () => {
  it('keeps the calendar date of a timestamp and refuses what is not a date', () => {
    expect(isoDate('2024-10-14T08:30:00+01:00')).toBe('2024-10-14');
    expect(isoDate(' 2024-02-29 ')).toBe('2024-02-29');
    expect(isoDate('2023-02-29')).toBeNull();
    expect(isoDate('14 October 2024')).toBeNull();
    expect(isoDate(null)).toBeNull();
  });
});

describe('CLI add and quotes with a page', { timeout: 60_000 }, () => {
  it('add takes title and date from the page and says the article was taken; a page without one says so', async () => {
    const env = { DATA_DIR: tempDir() };
    const added = await cli(['add', PAGE_PATH], { env });
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(
      /^Added \w+ “Port to rebuild the old quay wall before winter”: 5 paragraphs/,
    );
    expect(added.stdout).toContain('Took the article from the page (by Nadia Ferris)');

    const hours = writeFile(tempDir(), 'hours.html', NO_ARTICLE);
    const fallback = await cli(['add', hours], { env });
    expect(fallback.code).toBe(0);
    expect(fallback.stdout).toContain('No article found in the page');

    const listed = JSON.parse((await cli(['documents', '--json'], { env })).stdout) as {
      title: string;
      date: string | null;
    }[];
    expect(listed).toContainEqual(
      expect.objectContaining({
        title: 'Port to rebuild the old quay wall before winter',
        date: '2024-10-14',
      }),
    );

    const quotes = await cli(['quotes', '--json', PAGE_PATH]);
    const [report] = jsonLines(quotes) as { quotes: { quote: string; speaker: string | null }[] }[];
    expect(report?.quotes.map((q) => q.speaker)).toEqual(
      expect.arrayContaining(['Miriam Osei', 'Tomas Grieve']),
    );
  });
});
