import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/corpus/clean.ts';
import { htmlToText } from '../../src/corpus/html.ts';

const PAGE = `<!doctype html>
<html>
<head>
  <title>Harbour News | Ferry service resumes</title>
  <style>p { color: red }</style>
  <script>window.track("said the tracker");</script>
</head>
<body>
  <header><a href="/">Harbour News</a></header>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <article>
    <h1>Ferry service resumes</h1>
    <p>The <b>ferry</b> to Marrow Island ran again on <a href="https://example.com/timetable">Monday</a>.</p>
    <p>“We are glad to be back,”
       said captain <em>Ida Lorne</em>.</p>
    <figure><img src="ferry.jpg" alt="The ferry at the quay"></figure>
    <blockquote>“Nobody missed the crossing more than we did,” said deckhand Sam Oduya.</blockquote>
    <noscript>Enable JavaScript to see comments.</noscript>
    <p>Tickets cost &pound;4 &amp; children travel free.<button>Share</button></p>
    <aside>Related: <a href="/ferries">Ferries of the world</a></aside>
  </article>
  <form><input name="q"><button>Search</button></form>
  <footer>© 2024 Harbour News</footer>
  <script>document.write("advert")</script>
</body>
</html>`;

describe('htmlToText', () => {
  it('keeps the article’s paragraphs, one per line, without scripts, navigation, markup or link targets', () => {
    const { text } = cleanText(htmlToText(PAGE));
    expect(text.split('\n')).toEqual([
      'Ferry service resumes',
      'The ferry to Marrow Island ran again on Monday.',
      '“We are glad to be back,” said captain Ida Lorne.',
      '“Nobody missed the crossing more than we did,” said deckhand Sam Oduya.',
      'Tickets cost £4 & children travel free.',
    ]);
  });

  it('does not wrap long paragraphs', () => {
    const sentence =
      'The harbour board met for three hours on Thursday evening to discuss the ferry timetable. ';
    const text = htmlToText(`<p>${sentence.repeat(10).trim()}</p>`);
    expect(text).toBe(sentence.repeat(10).trim());
  });
});
