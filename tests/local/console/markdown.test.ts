import { describe, expect, it } from 'vitest';
import { escapeForDiscord, markHighlights } from '../../../src/discord/text.ts';
import { markdownToText } from '../../../src/local/console/render.ts';

describe('the console shows what Discord would', () => {
  it('prints no stray escape codes where bold meets a linked source', () => {
    const shown = markdownToText(
      '“Unite around **our president**” · [Title](<https://example.com/a>) · ¶ 9',
      {
        ansi: true,
      },
    );
    expect(shown).toBe('“Unite around \x1b[1mour president\x1b[22m” · Title <https://example.com/a> · ¶ 9');
  });

  it('shows a document’s escaped Markdown as the document wrote it, never as a link or a block', () => {
    for (const text of [
      '[click here](https://evil.example/phish)',
      '# Heading from the document',
      '+ an item, 1. another, > quoted, -# small',
      'snake_case *stars* ~~strike~~ `code` ||spoiler|| back\\slash',
    ]) {
      expect(markdownToText(escapeForDiscord(text), { ansi: false })).toBe(text);
      const start = text.indexOf('e');
      const bolded = markdownToText(markHighlights(text, [{ start, end: start + 4 }], 500), { ansi: false });
      expect(bolded).toBe(text);
    }
  });
});
