import { describe, expect, it } from 'vitest';
import type { Attribution, DocumentAttribution, Person } from '../../src/attribution/types.ts';
import { makeDocument } from '../../src/corpus/document.ts';
import { CorpusIndex } from '../../src/search/corpus-index.ts';
import { credit } from './credit.ts';

const global = { guild: null };
const analysis = (quotes: Attribution[], people: Person[] = []): DocumentAttribution => ({ quotes, people });

describe('whoSaid credits the words a user pasted', () => {
  it('words pasted across two quotes of one speaker, past the attribution between them, are hers', () => {
    const doc = makeDocument(
      '“The ferry will run every hour this summer,” said Ines Garza, who chairs the transport board and has lived on the island since 1990. “The winter timetable stays as it is.”',
      { title: 'Ferry timetable', source: null, date: null, guild: null },
    );
    const index = new CorpusIndex();
    index.add({
      doc,
      analysis: analysis([
        credit(doc, 'The ferry will run every hour this summer', 'Ines Garza'),
        credit(doc, 'The winter timetable stays as it is', 'Ines Garza'),
      ]),
    });
    const answer = index.whoSaid('every hour this summer, The winter timetable stays', global);
    expect(answer.best?.attribution?.speaker).toBe('Ines Garza');
  });

  it('the same words in two documents go first to the one that names its speaker', () => {
    const meta = { source: null, date: null, guild: null };
    const named = makeDocument('“We will not close the clinic on weekends,” said Dr. Hana Sato.', {
      title: 'Clinic hours',
      ...meta,
    });
    const vague = makeDocument('“We will not close the clinic on weekends,” the physician repeated.', {
      title: 'Clinic hours, again',
      ...meta,
    });
    const index = new CorpusIndex();
    // added first, so an order-only tie would pick it
    index.add({
      doc: vague,
      analysis: analysis([credit(vague, 'We will not close the clinic on weekends', 'the physician')]),
    });
    index.add({
      doc: named,
      analysis: analysis(
        [credit(named, 'We will not close the clinic on weekends', 'Hana Sato')],
        [{ name: 'Hana Sato', role: null, kind: 'person', aliases: ['Sato'] }],
      ),
    });
    const answer = index.whoSaid('not close the clinic on weekends', global);
    expect(answer.best?.attribution?.speaker).toBe('Hana Sato');
    expect(answer.alternatives.map((a) => a.attribution?.speaker)).toContain('the physician');
  });
});
