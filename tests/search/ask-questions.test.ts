import { describe, expect, it } from 'vitest';
import { goldRank, scores } from '../../bench/ask-grade.ts';
import { type AskQuestion, answerKey, askQuestions, rawParagraphs } from '../../bench/ask-questions.ts';
import { goldQuotes } from '../../bench/polnear.ts';

const ARTICLE = [
  'Harbour council backs new ferry plan',
  'The council voted on Tuesday to fund a second ferry for the islands.',
  '“We have waited long enough for a ferry that runs on time,” said Lena Ostrova, the harbour master. “The islanders deserve a timetable they can trust.',
  '“A second boat means nobody misses a hospital appointment again.”',
  'Tom Berg, a councillor, said: “The old ferry broke down eleven times last winter.”',
  'Ostrova thanked the council. Berg left early. She said: “The budget has room for lighthouse repairs too.”',
  '“Nobody asked the fishermen about the timetable,” a council spokesman said.',
].join('\n\n');

/** A BRAT annotation of the article: each quote's Source and Content pieces, found by their text. */
function annotation(quotes: ReadonlyArray<{ source: string; after?: string; content: string[] }>): string {
  const lines: string[] = [];
  let id = 0;
  const bound = (type: string, pieces: string[], from: number) => {
    const spans = pieces.map((piece) => {
      const start = ARTICLE.indexOf(piece, from);
      return `${start} ${start + piece.length}`;
    });
    lines.push(`T${++id}\t${type} ${spans.join(';')}\t${pieces.join(' ')}`);
    return `T${id}`;
  };
  quotes.forEach((quote, i) => {
    const from = ARTICLE.indexOf(quote.content[0] as string);
    const content = bound('Content', quote.content, from);
    const source = bound('Source', [quote.source], quote.after ? ARTICLE.indexOf(quote.after) : from);
    lines.push(`E${i + 1}\tContent:${content} Source:${source}`);
  });
  return lines.join('\n');
}

const QUOTES = goldQuotes(
  annotation([
    {
      source: 'Lena Ostrova',
      content: [
        '“We have waited long enough for a ferry that runs on time,”',
        '“The islanders deserve a timetable they can trust.',
        '“A second boat means nobody misses a hospital appointment again.”',
      ],
    },
    {
      source: 'Tom Berg',
      after: 'Tom Berg',
      content: ['“The old ferry broke down eleven times last winter.”'],
    },
    { source: 'She', after: 'She said', content: ['“The budget has room for lighthouse repairs too.”'] },
    { source: 'a council spokesman', content: ['“Nobody asked the fishermen about the timetable,”'] },
  ]),
);
const NAMES = { female: new Set(['Lena']), male: new Set(['Tom']) };
const questions = askQuestions(
  [{ docId: 'doc', raw: ARTICLE, paragraphs: rawParagraphs(ARTICLE), quotes: QUOTES }],
  NAMES,
);
const paragraphs = (...numbers: number[]) => new Set(numbers.map((number) => answerKey('doc', number)));
const about = (kind: AskQuestion['kind'], name: string) =>
  questions.filter((question) => question.kind === kind && question.text.includes(name));

describe('ask-quality questions', () => {
  it('reads every annotated quote', () => {
    expect(QUOTES.map((quote) => quote.source)).toEqual([
      'Lena Ostrova',
      'Tom Berg',
      'She',
      'a council spokesman',
    ]);
  });

  it('answers a quote run on into the next paragraph with both paragraphs', () => {
    const first = about('name+topic', 'Ostrova').find((question) => question.gold.has(answerKey('doc', 3)));
    expect(first?.text).toMatch(/^What did (Lena )?Ostrova say about .+\?$/);
    expect(first?.gold).toEqual(paragraphs(3, 4));
  });

  it('credits a “she” to the woman named before her, past a man named later, and asks about all her quotes', () => {
    const named = about('name', 'Ostrova');
    expect(named.length).toBeGreaterThan(0);
    for (const question of named) expect(question.gold).toEqual(paragraphs(3, 4, 6));
    expect(about('name', 'Berg').map((question) => question.gold)).toEqual([paragraphs(5)]);
  });

  it('asks only about the topic of a quote by nobody named', () => {
    expect(questions.some((question) => question.text.includes('spokesman'))).toBe(false);
    const topics = questions.filter(
      (question) => question.kind === 'topic' && question.gold.has(answerKey('doc', 7)),
    );
    expect(topics).toHaveLength(1);
    expect(topics[0]?.text).toMatch(/^What was said about \S+ \S+( \S+)?\?$/);
  });

  it('answers a question with every fitting quote, not only the one it was made from', () => {
    // every quote is about the lighthouse keeper and nothing else a topic could be made of
    const text = [
      'Lighthouse row',
      '“The lighthouse keeper is so old,” said Tom Berg.',
      'Tom Berg later added: “It is the lighthouse keeper.”',
      '“We all see the lighthouse keeper,” a spokesman said.',
    ].join('\n\n');
    const bound = (id: number, type: string, piece: string, from = 0) => {
      const start = text.indexOf(piece, from);
      return `T${id}\t${type} ${start} ${start + piece.length}\t${piece}`;
    };
    const ann = [
      bound(1, 'Content', '“The lighthouse keeper is so old,”'),
      bound(2, 'Source', 'Tom Berg'),
      'E1\tContent:T1 Source:T2',
      bound(3, 'Content', '“It is the lighthouse keeper.”'),
      bound(4, 'Source', 'Tom Berg', text.indexOf('Tom Berg later')),
      'E2\tContent:T3 Source:T4',
      bound(5, 'Content', '“We all see the lighthouse keeper,”'),
      bound(6, 'Source', 'a spokesman'),
      'E3\tContent:T5 Source:T6',
    ].join('\n');
    const asked = askQuestions(
      [{ docId: 'doc', raw: text, paragraphs: rawParagraphs(text), quotes: goldQuotes(ann) }],
      NAMES,
    );
    const byBerg = asked.filter((question) => question.kind === 'name+topic');
    const byAnyone = asked.filter((question) => question.kind === 'topic');
    expect(byBerg.length).toBeGreaterThan(0);
    expect(byAnyone.length).toBeGreaterThan(0);
    for (const question of byBerg) expect(question.gold).toEqual(paragraphs(2, 3));
    for (const question of byAnyone) expect(question.gold).toEqual(paragraphs(2, 3, 4));
  });

  it('grades by the first gold paragraph among the top five', () => {
    const gold = paragraphs(3, 4);
    expect(
      goldRank(
        [
          { docId: 'doc', paragraph: 2 },
          { docId: 'doc', paragraph: 4 },
        ],
        gold,
      ),
    ).toBe(2);
    expect(goldRank([{ docId: 'other', paragraph: 3 }], gold)).toBeNull();
    expect(scores([1, 2, null, 4])).toEqual({ n: 4, hit1: 0.25, hit3: 0.5, mrr5: (1 + 0.5 + 0.25) / 4 });
  });
});
