import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, HARBOUR, jsonLines, ORCHARD, ROOT, tempDir, writeFile } from './helpers.ts';

const SEED = readFileSync(join(ROOT, 'seeds/2022-03-04-putin-no-ill-intentions.txt'), 'utf8');
const SEED_LINES = SEED.split('\n');
const WHO_SAID_KEYS = [
  'alternatives',
  'confidence',
  'document',
  'paragraph',
  'query',
  'quote',
  'role',
  'speaker',
];

interface WhoSaid {
  query: string;
  speaker: string | null;
  role: string | null;
  quote: string | null;
  document: { id: string; title: string } | null;
  paragraph: number | null;
  confidence: number;
  alternatives: unknown[];
}

/** The words of a text, lower-cased, without punctuation. */
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [];

/** Whether every word of `part` occurs in `whole`, in order. */
function wordsInOrder(part: string, whole: string): boolean {
  const haystack = words(whole);
  let at = 0;
  for (const word of words(part)) {
    at = haystack.indexOf(word, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

describe('who-said', { timeout: 60_000 }, () => {
  it('names Peskov for “unite around our president”, in text and in JSON with exactly the contract keys', async () => {
    const dataDir = tempDir();
    const [text, json] = await Promise.all([
      cli(['who-said', 'unite around our president'], { env: { DATA_DIR: dataDir } }),
      // The documented invocation: npm must add nothing to stdout.
      cli(['who-said', '--json', 'unite around our president'], { env: { DATA_DIR: dataDir }, npm: true }),
    ]);

    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Dmitry Peskov');
    expect(text.stdout).toContain('paragraph 9');
    expect(text.stdout).toMatch(/Unite around our president/);

    expect(json.code).toBe(0);
    expect(json.stdout.split('\n')).toHaveLength(2); // one line, newline-terminated
    const answer = JSON.parse(json.stdout) as WhoSaid;
    expect(Object.keys(answer).sort()).toEqual(WHO_SAID_KEYS);
    expect(answer.query).toBe('unite around our president');
    expect(answer.speaker).toBe('Dmitry Peskov');
    expect(answer.role).toMatch(/Kremlin spokesman/i);
    expect(answer.paragraph).toBe(9);
    expect(answer.quote).toContain('Unite around our president');
    expect(Object.keys(answer.document ?? {}).sort()).toEqual(['id', 'title']);
    expect(answer.document?.title).toMatch(/no ill intentions/);
    expect(answer.confidence).toBeGreaterThan(0);
    expect(answer.confidence).toBeLessThanOrEqual(1);
    expect(Array.isArray(answer.alternatives)).toBe(true);
  });

  it('reading “-”: one answer per stdin line, in order, an empty line and an unknown fragment included', async () => {
    const queries = [
      'unite around our president',
      '',
      'zebras juggle marmalade at midnight',
      'no ill intentions towards our neighbors',
    ];
    const run = await cli(['who-said', '--json', '-'], {
      env: { DATA_DIR: tempDir() },
      input: `${queries.join('\n')}\n`,
    });
    expect(run.code).toBe(0);
    const answers = jsonLines(run) as WhoSaid[];
    expect(answers.map((a) => a.query)).toEqual(queries);
    expect(answers.map((a) => a.speaker)).toEqual(['Dmitry Peskov', null, null, 'Vladimir Putin']);
    for (const answer of answers) expect(Object.keys(answer).sort()).toEqual(WHO_SAID_KEYS);
    // An abstention is complete, not a half-filled answer.
    expect(answers[2]).toEqual({
      query: 'zebras juggle marmalade at midnight',
      speaker: null,
      role: null,
      quote: null,
      document: null,
      paragraph: null,
      confidence: 0,
      alternatives: [],
    });
    expect(answers[3]?.paragraph).toBe(2);
  });

  it('abstains in text mode too, with exit 0', async () => {
    const run = await cli(['who-said', 'zebras juggle marmalade at midnight'], {
      env: { DATA_DIR: tempDir() },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/no match/i);
    expect(run.stdout).not.toContain('Peskov');
  });
});

describe('ask', { timeout: 60_000 }, () => {
  it('JSON lists results with document, paragraph, an excerpt from that paragraph, and speaker', async () => {
    const run = await cli(['ask', '--json', 'governor of the Kaliningrad enclave'], {
      env: { DATA_DIR: tempDir() },
    });
    expect(run.code).toBe(0);
    const [answer, ...rest] = jsonLines(run) as {
      query: string;
      answer: unknown;
      results: {
        document: { id: string; title: string };
        paragraph: number;
        excerpt: string;
        speaker: unknown;
      }[];
    }[];
    expect(rest).toHaveLength(0);
    expect(Object.keys(answer ?? {}).sort()).toEqual(['answer', 'query', 'results']);
    expect(answer?.query).toBe('governor of the Kaliningrad enclave');
    expect(answer?.results.length).toBeGreaterThan(0);
    for (const result of answer?.results ?? []) {
      expect(Object.keys(result).sort()).toEqual(['document', 'excerpt', 'paragraph', 'speaker']);
      expect(Object.keys(result.document).sort()).toEqual(['id', 'title']);
      expect(SEED_LINES[result.paragraph - 1]).toContain(result.excerpt);
      expect(result.speaker === null || typeof result.speaker === 'string').toBe(true);
    }
    const top = answer?.results[0];
    expect(top?.paragraph).toBe(2);
    expect(top?.excerpt).toContain('Kaliningrad');
    expect(top?.speaker).toBe('Vladimir Putin');
  });

  it('answers a question about a person with their quote, role and date above the passages', async () => {
    const run = await cli(['ask', 'What did the Kremlin spokesman say?'], { env: { DATA_DIR: tempDir() } });
    expect(run.code).toBe(0);
    const [answer] = run.stdout.split('\n');
    expect(answer).toMatch(
      /^Dmitry Peskov \(Kremlin spokesman\), 4 March 2022: “This is not the time for division/,
    );
  });
});

describe('quotes', { timeout: 60_000 }, () => {
  it('JSON offsets are string indices into each file (CRLF and BOM included), one line per file in order', async () => {
    const dir = tempDir();
    const harbour = writeFile(
      dir,
      'harbour.txt',
      `${HARBOUR}"Nobody asked us," said fisherman Owen Pryce. "Nobody ever does."\n`,
    );
    const orchard = writeFile(dir, 'orchard.txt', `\uFEFF${ORCHARD.replace(/\n/g, '\r\n')}`);
    const run = await cli(['quotes', '--json', harbour, orchard]);
    expect(run.code).toBe(0);
    const reports = jsonLines(run) as {
      file: string;
      quotes: {
        quote: string;
        start: number;
        end: number;
        speaker: string | null;
        role: string | null;
        mention: { text: string; start: number; end: number } | null;
        cue: string | null;
      }[];
    }[];
    expect(reports.map((r) => r.file)).toEqual([harbour, orchard]);

    for (const report of reports) {
      const text = readFileSync(report.file, 'utf8');
      expect(report.quotes.length).toBeGreaterThan(0);
      for (const q of report.quotes) {
        expect(Object.keys(q).sort()).toEqual(['cue', 'end', 'mention', 'quote', 'role', 'speaker', 'start']);
        const span = text.slice(q.start, q.end);
        expect(wordsInOrder(q.quote, span), `${JSON.stringify(q.quote)} in ${JSON.stringify(span)}`).toBe(
          true,
        );
        if (q.mention) expect(text.slice(q.mention.start, q.mention.end)).toBe(q.mention.text);
      }
    }

    const speakers = reports.flatMap((r) => r.quotes.map((q) => [q.speaker, words(q.quote)[0]]));
    expect(speakers).toContainEqual(['Agnes Tolliver', 'we']);
    expect(speakers).toContainEqual(['Owen Pryce', 'nobody']);
    expect(speakers).toContainEqual(['Rufus Ambrose', 'the']);
    const lamp = reports[0]?.quotes.find((q) => q.speaker === 'Agnes Tolliver');
    expect(readFileSync(harbour, 'utf8').slice(lamp?.start, lamp?.end)).toContain(
      'We will keep the lamp burning until the last ferry',
    );
  });
});

describe('--corpus DIR', { timeout: 60_000 }, () => {
  it('answers from the folder’s .txt/.md files only, titled by their first line or else the file name', async () => {
    const dir = tempDir();
    writeFile(dir, 'harbour.txt', HARBOUR);
    // A first line that is a sentence is not a title: the file name stands in.
    writeFile(dir, 'kettleby-frost.md', ORCHARD.split('\n').slice(1).join('\n'));
    writeFile(dir, 'notes.json', '{"ignored": "“We will keep the lamp burning,” said nobody."}');
    const run = await cli(['who-said', '--corpus', dir, '--json', '-'], {
      env: { DATA_DIR: tempDir() },
      input:
        'keep the lamp burning until the last ferry\nthe blossom held on by a thread\nunite around our president\n',
    });
    expect(run.code).toBe(0);
    const [lamp, blossom, kremlin] = jsonLines(run) as WhoSaid[];
    expect(lamp?.speaker).toBe('Agnes Tolliver');
    expect(lamp?.document?.title).toBe('Lighthouse keepers vote to stay on Marrow Island');
    expect(lamp?.paragraph).toBe(3);
    expect(blossom?.speaker).toBe('Rufus Ambrose');
    expect(blossom?.document?.title).toBe('kettleby frost');
    expect(blossom?.paragraph).toBe(2);
    // The seeds are not part of a --corpus folder.
    expect(kremlin?.speaker).toBeNull();
    expect(kremlin?.document).toBeNull();
  });
});
