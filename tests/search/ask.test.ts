import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeText } from '../../src/attribution/index.ts';
import { makeDocument } from '../../src/corpus/document.ts';
import { loadDirectory } from '../../src/corpus/load.ts';
import { CorpusIndex } from '../../src/search/corpus-index.ts';
import type { AskHit } from '../../src/search/types.ts';

// Three invented local-news articles, attributed by the real pipeline, so each question meets the
// same speakers and paragraphs a user's corpus would give it.
const corpus = new CorpusIndex();
for (const doc of loadDirectory(join(import.meta.dirname, '..', 'fixtures', 'ask'))) {
  corpus.add({ doc, analysis: attributeText(doc.text) });
}
const everywhere = { guild: null };

function ask(question: string, limit = 5): AskHit[] {
  return corpus.ask(question, everywhere, limit);
}

/** The start of a hit's paragraph, enough to tell which one it is. */
function opening(hit: AskHit | undefined): string {
  return hit ? hit.doc.text.slice(hit.passage.start, hit.passage.start + 30) : '(none)';
}

describe('/ask: who and what about', () => {
  it("puts the named speaker's words on the topic first, ahead of other speakers on it and their other words", () => {
    const hits = ask('What did Brandt say about bike lanes?');
    expect(hits[0]?.speaker).toBe('Maya Brandt');
    expect(opening(hits[0])).toBe('Councillor Maya Brandt said th');
    expect(hits[0]?.askedFor).toBe(true);
  });

  it('finds the speaker by role, above the intro that only names him', () => {
    const [first] = ask('what did the mayor say about bike lanes');
    expect(first?.speaker).toBe('Gordon Pike');
    expect(opening(first)).toBe('On Tuesday the mayor turned to');
  });

  it("requires the topic: a named speaker's other quotes do not outrank passages about it", () => {
    const hits = ask('What did Okafor say about the petition?');
    expect(opening(hits[0])).toBe('Bernier’s petition against the'.replace('’', "'"));
    expect(hits[0]?.askedFor).toBe(false);
  });

  it('answers "What did X say?" with their own words, not a paragraph that only mentions them', () => {
    const hits = ask('What did Gordon Pike say?');
    expect(hits.length).toBe(2);
    expect(hits.every((hit) => hit.speaker === 'Gordon Pike' && hit.askedFor)).toBe(true);
    expect(hits.map(opening)).not.toContain('It has been a difficult spring');
  });

  it('never takes a shared first name for the person', () => {
    expect(ask('What did John Horgan say?')).toEqual([]);
    expect(ask('What did Adam Nair say about the river?').map((hit) => hit.speaker)).not.toContain(
      'Adam Jagelewski',
    );
    expect(ask('What did John say about deliveries?')[0]?.askedFor).toBe(false);
  });

  it('credits a quote that runs on into the next paragraph to its speaker there', () => {
    const [first] = ask('What did Jagelewski say about the winter?');
    expect(opening(first)).toBe('"The rest will follow before t');
    expect(first?.speaker).toBe('Adam Jagelewski');
  });
});

describe('/ask: word forms and list length', () => {
  it('finds a name in its possessive and a word in its plural', () => {
    expect(opening(ask('What was said about Bernier?')[0])).toMatch(/^(Bernier|Islanders)/);
    expect(ask('What was said about Bernier?').map(opening)).toContain("Bernier's petition against the");
    expect(opening(ask('What did Okafor say about the election?')[0])).toBe('Speaking later, Okafor said th');
  });

  it('offers up to five passages when five are about the topic', () => {
    const about = corpus
      .documents(everywhere)
      .flatMap(({ doc }) => doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)))
      .filter((text) => /\b(council|ferry|ferries)\b/i.test(text));
    expect(about.length).toBeGreaterThanOrEqual(5);
    expect(ask('What was said about the council and the ferries?').length).toBe(5);
    expect(ask('What was said about the council and the ferries?', 10).length).toBe(about.length);
  });

  it('keeps to the dates a question gives, unless nothing is left in them', () => {
    expect(
      ask('What was said about the budget in November 2023?').every((hit) =>
        hit.doc.date?.startsWith('2023-11'),
      ),
    ).toBe(true);
    expect(ask('What was said about the budget in 1999?').length).toBeGreaterThan(0);
  });
});

describe('/ask: a speaker on a topic many others write about', () => {
  it("finds the speaker's own words on it, however many short paragraphs repeat the topic word", () => {
    const busy = new CorpusIndex();
    const add = (raw: string, title: string) => {
      const doc = makeDocument(raw, { title, source: null, date: null, guild: null });
      busy.add({ doc, analysis: attributeText(doc.text) });
    };
    // 300 short paragraphs that say "harbour" twice outscore, word for word, one long quote that says it once
    for (let d = 0; d < 30; d++) {
      const lines = Array.from({ length: 10 }, (_, p) => `Harbour notes ${d}-${p}: the harbour was busy.`);
      add([`Harbour diary ${d}`, ...lines].join('\n\n'), `Harbour diary ${d}`);
    }
    add(
      [
        'Council meets on the waterfront',
        '“We will keep the ferries running, mend the sea wall before winter, and make sure the harbour stays open to every fishing family that depends on it,” said councillor Rosa Vint.',
        '“The budget is tight, but this is the town’s front door,” Vint added.',
      ].join('\n\n'),
      'Council meets on the waterfront',
    );
    const [first] = busy.ask('What did Rosa Vint say about the harbour?', { guild: null }, 5);
    expect(first?.speaker).toBe('Rosa Vint');
    expect(first?.doc.text.slice(first.passage.start, first.passage.end)).toContain('harbour stays open');
  });
});
