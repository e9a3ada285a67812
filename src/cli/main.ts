import { count } from '../text/count.ts';
import 'dotenv/config';
import { readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { attributeText } from '../attribution/index.ts';
import { quoteCardOf, renderQuoteCard } from '../cards/card.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { cleanText } from '../corpus/clean.ts';
import { extractionNote, IntakeError, readUpload } from '../corpus/intake.ts';
import { defaultTitle, ownTitle } from '../corpus/load.ts';
import { exportCorpus, importCorpus } from '../library/exchange.ts';
import { Library } from '../library/library.ts';
import { StoreError } from '../store/index.ts';
import { isWebLink } from '../text/web-link.ts';
import { askText, documentsText, importReportText, quotesText, whoSaidText } from './human.ts';
import { askJson, documentJson, quotesJson, whoSaidJson } from './json.ts';

const USAGE = `usage: npm run --silent cli -- COMMAND …
  who-said [--corpus DIR] [--guild ID] [--json] [--full] (TEXT | -)
  ask [--corpus DIR] [--guild ID] [--json] [--full] (TEXT | -)
  card (TEXT | -) --out FILE.png [--corpus DIR] [--guild ID]   (a PNG of the quote TEXT is part of)
  quotes [--json] FILE…          (offsets into a text file, or into an HTML page's article text)
  add FILE [--title T] [--source URL] [--date YYYY-MM-DD] [--guild ID]
  remove ID [--guild ID]
  documents [--guild ID] [--json]
  export [--guild ID]                (a corpus's documents as JSON, to stdout)
  import FILE [--guild ID]`;

class UsageError extends Error {}
/** The command ran as asked but found nothing to act on (no quote to make a card of). */
class NotFoundError extends Error {}

const OPTIONS = {
  corpus: { type: 'string' },
  guild: { type: 'string' },
  json: { type: 'boolean', default: false },
  /** The whole paragraph instead of the window around the match that Discord shows. */
  full: { type: 'boolean', default: false },
  title: { type: 'string' },
  source: { type: 'string' },
  date: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Options = ReturnType<typeof parse>['values'];

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

function allow(values: Options, command: string, allowed: readonly (keyof Options)[]): void {
  for (const [name, value] of Object.entries(values)) {
    if (name === 'json' || name === 'full' || name === 'help' || value === undefined) continue;
    if (!allowed.includes(name as keyof Options)) throw new UsageError(`${command} does not take --${name}`);
  }
  if (values.json && !allowed.includes('json')) throw new UsageError(`${command} does not take --json`);
  if (values.full && !allowed.includes('full')) throw new UsageError(`${command} does not take --full`);
}

/** A server id Discord could have (a snowflake), or null for the global corpus. */
function guildOf(values: Options): string | null {
  if (values.guild === undefined) return null;
  if (!/^\d{17,20}$/.test(values.guild))
    throw new UsageError(`--guild must be a Discord server id (17–20 digits), got “${values.guild}”`);
  return values.guild;
}

/** A source citations can link to: an http(s) URL, or nothing. */
function sourceOf(values: Options): string | undefined {
  if (values.source !== undefined && !isWebLink(values.source))
    throw new UsageError(`--source must be an http(s) URL, got “${values.source}”`);
  return values.source;
}

function openLibrary(values: Options): Promise<Library> {
  if (values.corpus !== undefined) return Library.open({ corpusDir: values.corpus });
  return openStoreLibrary();
}

/** The library on the configured store: DATA_DIR's SQLite file, or DATABASE_URL's PostgreSQL. */
function openStoreLibrary(): Promise<Library> {
  const { dataDir, databaseUrl } = loadConfig();
  return Library.open({ dataDir, databaseUrl });
}

/** Answers one query, or one per line of standard input when the text is "-". */
async function eachQuery(positionals: string[], answer: (query: string) => string): Promise<void> {
  const text = positionals.join(' ').trim();
  if (text === '') throw new UsageError('give the text to look up, or - to read one query per line');
  if (text !== '-') {
    process.stdout.write(`${answer(text)}\n`);
    return;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    process.stdout.write(`${answer(line.trim())}\n`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

function actor() {
  return { id: userInfo().username, name: userInfo().username, via: 'cli' as const };
}

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { values, positionals } = parse(rest);
  const guild = guildOf(values);
  const source = sourceOf(values);
  const shown = { full: values.full };
  switch (command) {
    case 'who-said': {
      allow(values, command, ['corpus', 'guild', 'json', 'full']);
      const library = await openLibrary(values);
      await eachQuery(positionals, (query) => {
        const answer = library.whoSaid(query, { guild });
        return values.json ? JSON.stringify(whoSaidJson(answer, shown)) : whoSaidText(answer, shown);
      });
      await library.close();
      return;
    }
    case 'ask': {
      allow(values, command, ['corpus', 'guild', 'json', 'full']);
      const library = await openLibrary(values);
      await eachQuery(positionals, (query) => {
        const hits = library.ask(query, { guild });
        return values.json ? JSON.stringify(askJson(query, hits, shown)) : askText(query, hits, shown);
      });
      await library.close();
      return;
    }
    case 'card': {
      allow(values, command, ['corpus', 'guild', 'out']);
      if (values.out === undefined) throw new UsageError('give --out FILE.png to write the card to');
      const text = positionals.join(' ').trim() === '-' ? await readStdin() : positionals.join(' ').trim();
      if (text === '') throw new UsageError('give a few words of the quote, or - to read them from stdin');
      const library = await openLibrary(values);
      const { best } = library.whoSaid(text, { guild });
      await library.close();
      const card = best && quoteCardOf(best);
      if (!card) {
        throw new NotFoundError(
          best
            ? `“${best.doc.title}” has these words, but nobody is credited with them: no card to make`
            : `no quote matches “${text.length > 80 ? `${text.slice(0, 80)}…` : text}”; try a shorter, distinctive part of it`,
        );
      }
      writeFileSync(values.out, await renderQuoteCard(card));
      process.stdout.write(`Wrote ${values.out}: ${card.speaker}, from “${card.title}”\n`);
      return;
    }
    case 'quotes': {
      allow(values, command, ['json']);
      if (positionals.length === 0) throw new UsageError('give one or more text or HTML files');
      const { maxDocumentBytes } = loadConfig();
      for (const file of positionals) {
        // The same intake as add: HTML becomes article text, and page furniture is dropped.
        const upload = readUpload({ name: file, bytes: readFileSync(file) }, maxDocumentBytes);
        const article = cleanText(upload.text);
        const { quotes } = attributeText(article.text);
        process.stdout.write(
          `${values.json ? JSON.stringify(quotesJson(file, quotes, article.toRaw)) : quotesText(file, quotes)}\n`,
        );
      }
      return;
    }
    case 'add': {
      allow(values, command, ['title', 'source', 'date', 'guild']);
      const [file, extra] = positionals;
      if (file === undefined || extra !== undefined) throw new UsageError('give exactly one file to add');
      const { maxDocumentBytes } = loadConfig();
      const upload = readUpload({ name: file, bytes: readFileSync(file) }, maxDocumentBytes);
      const own = (values.title ?? upload.title) ? null : ownTitle(upload.text);
      const library = await openStoreLibrary();
      try {
        const { doc, analysis } = await library.add(
          own?.text ?? upload.text,
          {
            title: values.title ?? upload.title ?? own?.title ?? defaultTitle(file, upload.text),
            source: source ?? upload.source,
            date: values.date ?? upload.date,
            guild,
          },
          actor(),
        );
        const note = extractionNote(upload);
        process.stdout.write(
          `Added ${doc.id} “${doc.title}”: ${count(doc.paragraphs.length, 'paragraph')}, ${count(analysis.quotes.length, 'quote')}, ${count(analysis.people.length, 'person', 'people')}.\n${note ? `${note}\n` : ''}`,
        );
      } finally {
        await library.close();
      }
      return;
    }
    case 'remove': {
      allow(values, command, ['guild']);
      const [id, extra] = positionals;
      if (id === undefined || extra !== undefined)
        throw new UsageError('give exactly one document id to remove');
      const library = await openStoreLibrary();
      try {
        const title = await library.remove(id, guild, actor());
        process.stdout.write(`Removed ${id} “${title}”.\n`);
      } finally {
        await library.close();
      }
      return;
    }
    case 'export': {
      allow(values, command, ['guild']);
      if (positionals.length > 0) throw new UsageError('export takes no arguments; it writes to stdout');
      const library = await Library.open({ dataDir: loadConfig().dataDir });
      try {
        process.stdout.write(`${JSON.stringify(await exportCorpus(library, guild))}\n`);
      } finally {
        await library.close();
      }
      return;
    }
    case 'import': {
      allow(values, command, ['guild']);
      const [file, extra] = positionals;
      if (file === undefined || extra !== undefined)
        throw new UsageError('give exactly one export file to import');
      const { dataDir, maxDocumentBytes } = loadConfig();
      const bytes = readFileSync(file);
      const library = await Library.open({ dataDir });
      try {
        const limits = { maxFileBytes: Number.POSITIVE_INFINITY, maxDocumentBytes };
        const report = await importCorpus(library, bytes, guild, actor(), limits);
        process.stdout.write(`${importReportText(report)}\n`);
      } finally {
        await library.close();
      }
      return;
    }
    case 'documents': {
      allow(values, command, ['guild', 'json']);
      if (positionals.length > 0) throw new UsageError('documents takes no arguments');
      const library = await openStoreLibrary();
      const documents = await library.list(guild);
      await library.close();
      process.stdout.write(
        `${values.json ? JSON.stringify(documents.map(documentJson)) : documentsText(documents)}\n`,
      );
      return;
    }
    default:
      throw new UsageError(`unknown command “${command}”`);
  }
}

try {
  await run(process.argv.slice(2));
} catch (err) {
  if (err instanceof UsageError) {
    process.stderr.write(`verbatim: ${err.message} (see --help)\n`);
    process.exitCode = 2;
  } else if (
    err instanceof NotFoundError ||
    err instanceof IntakeError ||
    err instanceof StoreError ||
    err instanceof ConfigError
  ) {
    process.stderr.write(`verbatim: ${err.message}\n`);
    process.exitCode = 1;
  } else if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
    process.stderr.write(`verbatim: no such file or directory: ${(err as NodeJS.ErrnoException).path}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`verbatim: ${(err as Error).message ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
