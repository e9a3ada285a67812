import { describe, expect, it } from 'vitest';
import {
  checkDocument,
  IntakeError,
  MAX_SOURCE_LENGTH,
  MAX_TITLE_LENGTH,
  readUpload,
} from '../../src/corpus/intake.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const ARTICLE = '“We will keep the lamp burning,” said Agnes Tolliver, the head keeper.\n';
const META = { title: 'Marrow Island keepers', source: null, date: null };

/** The IntakeError message `fn` throws. */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(IntakeError);
    return (err as Error).message;
  }
  throw new Error('expected an IntakeError');
}

describe('readUpload', () => {
  it('returns the text of a UTF-8 .txt or .md file, whatever the extension’s case', () => {
    expect(readUpload({ name: 'keepers.txt', bytes: utf8(ARTICLE) }, 1000).text).toBe(ARTICLE);
    expect(readUpload({ name: 'KEEPERS.MD', bytes: utf8(ARTICLE) }, 1000).text).toBe(ARTICLE);
  });

  it('turns an .html upload into article text', () => {
    const html =
      '<html><head><script>var x = 1;</script></head><body><nav>Home</nav><p>“Aye,” said <b>Ida</b>.</p></body></html>';
    const { text } = readUpload({ name: 'page.HTML', bytes: utf8(html) }, 10_000);
    expect(text.trim()).toBe('“Aye,” said Ida.');
  });

  it('refuses an unsupported type, naming the types it takes', () => {
    for (const name of ['report.pdf', 'photo.jpg', 'README']) {
      const message = refusal(() => readUpload({ name, bytes: utf8(ARTICLE) }, 1000));
      expect(message).toContain(name);
      expect(message).toMatch(/Attach a .*\.txt.*\.md/);
    }
  });

  it('refuses a file over the limit, with both sizes and what to do; a file at the limit is taken', () => {
    const bytes = utf8('a'.repeat(2048));
    const message = refusal(() => readUpload({ name: 'long.txt', bytes }, 2047));
    expect(message).toMatch(/long\.txt.*2\.0 KB.*limit is 2\.0 KB/);
    expect(message).toMatch(/Split it or trim it/);
    expect(readUpload({ name: 'long.txt', bytes }, 2048).text).toHaveLength(2048);
  });

  it('refuses text that is not UTF-8 and says to save it as UTF-8', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]); // "Café" in Latin-1
    expect(refusal(() => readUpload({ name: 'cafe.txt', bytes: latin1 }, 1000))).toMatch(
      /not UTF-8.*Save it as UTF-8/,
    );
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]);
    expect(refusal(() => readUpload({ name: 'wide.txt', bytes: utf16 }, 1000))).toMatch(/UTF-8/);
  });

  it('refuses a binary file even when its bytes decode as UTF-8', () => {
    const bytes = new Uint8Array([0x50, 0x4e, 0x47, 0x00, 0x01, 0x1a]); // "PNG" then control bytes
    expect(refusal(() => readUpload({ name: 'image.txt', bytes }, 1000))).toMatch(/binary/);
  });

  it('accepts an article with one stray control character copied in with it', () => {
    const text = `${ARTICLE.repeat(20)}(Part of that is wallet-related\u001B.)\n`;
    expect(readUpload({ name: 'copied.txt', bytes: utf8(text) }, 10_000).text).toBe(text);
  });
});

describe('checkDocument', () => {
  it('accepts an ordinary document with an http(s) link or a free-text source and an ISO date', () => {
    expect(() => checkDocument(ARTICLE, META)).not.toThrow();
    expect(() =>
      checkDocument(ARTICLE, {
        title: 'T'.repeat(MAX_TITLE_LENGTH),
        source: 'https://example.com/a?b=1',
        date: '2024-02-29',
      }),
    ).not.toThrow();
    expect(() => checkDocument(ARTICLE, { ...META, source: 'Harbour News, print edition' })).not.toThrow();
  });

  it('refuses empty or whitespace-only text, asking for some text', () => {
    for (const text of ['', '   ', '\n\t\n']) {
      expect(refusal(() => checkDocument(text, META))).toMatch(/empty.*Paste or attach some text/);
    }
  });

  it('refuses pasted binary data', () => {
    expect(refusal(() => checkDocument('abc\u0000def', META))).toMatch(/binary.*Paste plain text/);
  });

  it('refuses an empty or overlong title, saying how long it may be', () => {
    expect(refusal(() => checkDocument(ARTICLE, { ...META, title: '  ' }))).toMatch(
      /Give the document a title/,
    );
    const long = 'T'.repeat(MAX_TITLE_LENGTH + 1);
    expect(refusal(() => checkDocument(ARTICLE, { ...META, title: long }))).toMatch(
      new RegExp(`${MAX_TITLE_LENGTH + 1} characters; keep it under ${MAX_TITLE_LENGTH}`),
    );
  });

  it('refuses an overlong source or a link that is not http(s)', () => {
    const long = `https://example.com/${'a'.repeat(MAX_SOURCE_LENGTH)}`;
    expect(refusal(() => checkDocument(ARTICLE, { ...META, source: long }))).toMatch(/source.*keep it under/);
    for (const source of ['javascript:alert(1)', 'ftp://example.com/a', 'https://example.com/a b']) {
      expect(refusal(() => checkDocument(ARTICLE, { ...META, source }))).toMatch(
        /http\(s\) link, e\.g\. https:\/\//,
      );
    }
  });

  it('refuses a date that is not a real YYYY-MM-DD day, showing the format', () => {
    for (const date of ['2023-02-30', '2022-13-01', '04/03/2022', '2022-3-4', 'yesterday']) {
      const message = refusal(() => checkDocument(ARTICLE, { ...META, date }));
      expect(message).toContain(date);
      expect(message).toMatch(/YYYY-MM-DD/);
    }
  });
});
