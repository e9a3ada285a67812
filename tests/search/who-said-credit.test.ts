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

  it('words pasted across an interrupted quote skip its long attribution, as close as a paragraph that has them in a row', () => {
    const doc = makeDocument(
      [
        '“We kept the lights on all winter,” said Omar Reyes, who has run the shelter on Dock Street since it opened in the cold spring of 2009. “Nobody slept outside.”',
        'Volunteers say they kept the lights on all winter and nobody slept outside.',
      ].join('\n'),
      { title: 'Shelter', source: null, date: null, guild: null },
    );
    const first = doc.text.indexOf('“We kept');
    const quote: Attribution = {
      ...credit(doc, 'We kept the lights on all winter', 'Omar Reyes'),
      quote: 'We kept the lights on all winter … Nobody slept outside.',
      end: doc.text.indexOf('outside.”') + 'outside.”'.length,
      parts: [
        { start: first, end: doc.text.indexOf(' said Omar') },
        { start: doc.text.indexOf('“Nobody'), end: doc.text.indexOf('outside.”') + 'outside.”'.length },
      ],
    };
    const index = new CorpusIndex();
    index.add({ doc, analysis: analysis([quote]) });
    const answer = index.whoSaid('lights on all winter nobody slept outside', global);
    expect(answer.best?.paragraph).toBe(1);
    expect(answer.best?.attribution?.speaker).toBe('Omar Reyes');
  });
});
