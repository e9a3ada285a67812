// Names written with letters beyond Latin-1 (Polish, Turkish): the tagger cuts such words into
// pieces, and a name must still read whole, with its title and its later short form.
import { describe, expect, it } from 'vitest';
import { attributeText } from '../../src/attribution/index.ts';
import { article, find } from './helpers.ts';

describe('names beyond Latin-1', () => {
  const { result } = article('payroll-breach.txt');

  it('"Union official Şebnem Aydın said …. “A,” Ms Aydın said.": the whole name, the post apart', () => {
    const q = find(result, 'why it took a year to tell them');
    expect(q.speaker).toBe('Şebnem Aydın');
    expect(find(result, 'still receiving scam calls').role).toBe('Union official');
  });

  it('"Mr Zieliński" is the Łukasz Zieliński named before, whose name opens on a letter beyond Latin-1', () => {
    expect(find(result, 'I am sorry').speaker).toBe('Łukasz Zieliński');
    expect(result.people.filter((p) => p.name.includes('Zieli'))).toHaveLength(1);
  });

  it.each([['Radosław Sikorski'], ['Recep Tayyip Erdoğan'], ['Maroš Šefčovič'], ['Dương Văn Minh']])(
    '%s, as the subject of a quote, is named in full',
    (name) => {
      const { quotes } = attributeText(
        `Talks resume\n${name} said: "We will read the text first, then decide."\n`,
      );
      expect(quotes[0]?.speaker).toBe(name);
    },
  );
});
