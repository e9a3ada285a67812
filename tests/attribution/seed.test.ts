import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeText } from '../../src/attribution/index.ts';
import { find, none, root } from './helpers.ts';

// Every row of /work/shared/seed-expectations.md.
const text = readFileSync(join(root, 'seeds', '2022-03-04-putin-no-ill-intentions.txt'), 'utf8');
const result = attributeText(text);

describe('seed article: who said what', () => {
  it.each([
    ['not to aggravate the situation, and not to impose restrictions', 'Vladimir Putin'],
    ['has no bad intentions', 'Vladimir Putin'],
    ['we have no ill intentions towards our neighbors', 'Vladimir Putin'],
    ['not to escalate the situation and not to impose restrictions', 'Vladimir Putin'],
    ['fulfills and will continue to fulfill all its obligations', 'Vladimir Putin'],
    ['Despite the difficulty and complexity of the matter', 'Vladimir Putin'],
    ['the military campaign is progressing according to plan', 'Vladimir Putin'],
    ['This is not the time for division. This is the time for us to unite', 'Dmitry Peskov'],
    ['Unite around our president.', 'Dmitry Peskov'],
    ['There are already heated debates', 'Dmitry Peskov'],
    ['To those we must patiently explain', 'Dmitry Peskov'],
  ])('“%s” → %s', (words, speaker) => {
    expect(find(result, words).speaker).toBe(speaker);
  });

  it('keeps the role description the ¶4 quote rests on', () => {
    const q = find(result, 'Despite the difficulty');
    expect(q.mention?.text).toBe('the Russian president');
    expect(text.slice(q.mention?.start, q.mention?.end)).toBe('the Russian president');
    expect(q.role).toBe('Russian President');
  });

  it('gives the direct quote span with its marks', () => {
    const q = find(result, 'Despite the difficulty');
    expect(text[q.start]).toBe('“');
    expect(text[q.end - 1]).toBe('”');
  });

  it('attributes the appeal to the Kremlin as an organisation', () => {
    const q = find(result, 'to unite around their leader');
    expect(q.speaker).toBe('Kremlin');
    expect(q.kind).toBe('indirect');
    expect(result.people.find((p) => p.name === 'Kremlin')?.kind).toBe('organization');
  });

  it('reports the unquoted Peskov paragraph as reported speech', () => {
    const q = find(result, 'There are those who do not understand');
    expect(q.kind).toBe('reported');
    expect(q.mention?.text).toBe('Peskov');
  });

  it('does not attribute scare quotes or page leftovers', () => {
    none(result, 'special military operation');
    none(result, 'false information');
    none(result, 'see also');
    none(result, 'know more');
  });

  it('lists the people a user may ask about, with roles', () => {
    const byName = new Map(result.people.map((p) => [p.name, p]));
    expect(byName.get('Vladimir Putin')?.role).toBe('Russian President');
    expect(byName.get('Dmitry Peskov')?.role).toBe('Kremlin spokesman');
    expect(byName.get('Emmanuel Macron')?.role).toBe('French President');
    expect(byName.get('Anton Alikhanov')?.role).toMatch(/governor of the Kaliningrad enclave/);
    expect(byName.get('Alexander Lukashenko')).toBeDefined();
  });
});
