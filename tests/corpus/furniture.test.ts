import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeText } from '../../src/attribution/index.ts';
import { cleanText } from '../../src/corpus/clean.ts';
import { isFurniture } from '../../src/corpus/furniture.ts';
import { cli, jsonLines } from '../cli/helpers.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const WEB_COPY = join(FIXTURES, 'ferry-timetable-web-copy.txt');
const PAGE = join(FIXTURES, 'ferry-timetable.html');
const raw = readFileSync(WEB_COPY, 'utf8');
const lines = raw.split('\n');

/** Lines of the web copy that are the article, by the number a reader counts in the file. */
const ARTICLE_LINES = [1, 2, 3, 5, 7, 10, 13, 16, 19, 22];

interface QuotesReport {
  file: string;
  quotes: { quote: string; start: number; end: number; speaker: string | null; mention: Span | null }[];
}
interface Span {
  text: string;
  start: number;
  end: number;
}

describe('page furniture', () => {
  it('is dropped line by line, and every line of the article is kept, under its number in the file', () => {
    const { text, paragraphs } = cleanText(raw);
    expect(paragraphs.map((p) => p.number)).toEqual(ARTICLE_LINES);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(ARTICLE_LINES.map((n) => lines[n - 1]));
  });

  it('recognises furniture whatever its case, bullets or brackets, and never a sentence that starts the same', () => {
    for (const line of [
      'Advertisement',
      '- Advertisement - Scroll to continue',
      'Story continues below this ad',
      'Continue reading the main story',
      '(AP Photo/Evan Vucci)',
      'Photograph by Kim Ash for the Harbour Herald',
      'Image source, Getty Images',
      'Jim Watson / AFP',
      'FILE PHOTO',
      'RELATED: How the crossing got its name',
      'More from Island | Pier repairs finish early',
      '» Read more',
      'Click to share on WhatsApp (Opens in new window)',
      'Get the latest headlines delivered to your inbox',
      'Download our free app',
      'Listen to this article 4 min',
      'Picture: Supplied',
      '(AAP Image/Dan Himbrechts)',
      'Source: AFP',
      'Posted Tue 3 May 2023 at 5:01am',
      'Updated 12 minutes ago',
      'Loading...',
      'Key points:',
      'Follow Jane Smith on Twitter @janesmith',
      'Reporting by Jane Doe in Ottawa; Editing by John Roe',
      'With files from the Canadian Press',
      'This article was amended on 4 May 2023 to correct a name.',
      'Have you got a story? Email news@example.org',
      "Sorry, this video isn't available any more.",
      'Open image in gallery',
    ]) {
      expect(isFurniture(line), line).toBe(true);
    }
    for (const line of [
      'Advertising revenue fell by a third, the company said.',
      'Photo opportunities were scarce, and the minister left early.',
      'Credit card debt rose for a fifth month.',
      'Read more than one newspaper, she advised.',
      'More from the council on Thursday.',
      'Like Twitter, the island’s notice board is full of complaints.',
      'Follow the money, the auditor said.',
      'Share prices fell.',
      '“Sign up for the ferry club and you sail free,” said Ravi Anand.',
      'Reuters reported the ferry had been sold.',
      'Posted guards stood at the gate.',
      'Updated figures show 3 million people left.',
      'Reporting by the Times revealed the deal.',
      'Source: the ministry of health',
      'Key points of the deal were agreed on Monday.',
      'Loading the trucks took hours.',
    ]) {
      expect(isFurniture(line), line).toBe(false);
    }
  });

  it('never names a speaker: credits and headlines give no people, and “she” after a photo credit is the harbour master', () => {
    const { text } = cleanText(raw);
    const { quotes, people } = attributeText(text);
    const names = people.map((p) => p.name);
    for (const furnitureName of ['Marta Quill', 'Tom Reyes', 'Jane Doe', 'Getty']) {
      expect(names.join('|')).not.toContain(furnitureName);
    }
    const sail = quotes.find((q) => q.quote.includes('We will sail on the hour'));
    expect(sail?.speaker).toBe('Lena Voss');
    expect(quotes.find((q) => q.quote.includes('Nobody should wait'))?.speaker).toBe('Ravi Anand');
  });
});

describe('page furniture of other outlets', () => {
  it('time stamps, bylines and follow lines give no speaker: “she” after one is the council leader', () => {
    const { text } = cleanText(readFileSync(join(FIXTURES, 'rates-web-copy.txt'), 'utf8'));
    const { quotes, people } = attributeText(text);
    expect(people.map((p) => p.name)).toEqual(['Harriet Cole', 'Paul Mercer']);
    expect(quotes.find((q) => q.quote.includes('without closing libraries'))?.speaker).toBe('Harriet Cole');
    expect(quotes.find((q) => q.quote.includes('years of bad decisions'))?.speaker).toBe('Paul Mercer');
    expect(text).not.toMatch(/Posted|Updated|Loading|Reporting by|Follow|amended|Supplied|AFP/);
  });
});

describe('quotes FILE', { timeout: 60_000 }, () => {
  it('cleans a text file as add does, with offsets into the file as it is', async () => {
    const run = await cli(['quotes', '--json', WEB_COPY]);
    expect(run.code).toBe(0);
    const [report] = jsonLines(run) as QuotesReport[];
    const speakers = report?.quotes.map((q) => q.speaker);
    expect(speakers).toContain('Lena Voss');
    expect(speakers).toContain('Ravi Anand');
    expect(speakers).not.toContain('Marta Quill');
    for (const q of report?.quotes ?? []) {
      expect(raw.slice(q.start, q.end)).toContain(q.quote.slice(0, 20));
      if (q.mention) expect(raw.slice(q.mention.start, q.mention.end)).toBe(q.mention.text);
    }
  });

  it('reads an HTML page through the same intake as add, and credits its quotes', async () => {
    const run = await cli(['quotes', '--json', PAGE]);
    expect(run.code).toBe(0);
    const [report] = jsonLines(run) as QuotesReport[];
    const speakerOf = (words: string) => report?.quotes.find((q) => q.quote.includes(words))?.speaker;
    expect(speakerOf('We will sail on the hour')).toBe('Lena Voss');
    expect(speakerOf('Nobody should wait three hours')).toBe('Ravi Anand');
    expect(report?.quotes.map((q) => q.quote).join('|')).not.toMatch(/Tom Reyes|newsletter|Share on/);
  });
});
