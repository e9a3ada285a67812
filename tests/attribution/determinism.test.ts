import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeText } from '../../src/attribution/index.ts';
import { root } from './helpers.ts';

const dir = join(root, 'tests', 'fixtures', 'articles');

describe('attribution is the same whatever the process read before', () => {
  it.each(readdirSync(dir))('%s reads the same after its possessives were met before a full stop', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const first = attributeText(text);
    // the tagger keeps "Pike’s" whole once it has met "… Pike’s." elsewhere
    for (const word of new Set(text.match(/\b\w+['’]s\b/g) ?? [])) attributeText(`It was ${word}.`);
    expect(attributeText(text)).toEqual(first);
  });
});
