import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { convert } from 'html-to-text';
import { parseHTML } from 'linkedom';

/** What an HTML page gives: its article's text and what the page says about it. */
export interface PageArticle {
  /** One paragraph per line. */
  text: string;
  title: string | null;
  byline: string | null;
  /** YYYY-MM-DD. */
  date: string | null;
  /** The page's canonical http(s) address. */
  source: string | null;
  /** False when no article was found, so the whole page was converted, menus and links included. */
  extracted: boolean;
}

/** Characters of text Readability must find for its pick to count as the page's article (its default). */
const ARTICLE_MIN_CHARS = 500;
/** A <div> holding one of these is a container, not a paragraph. */
const BLOCKS = 'div, p, section, article, ul, ol, table, blockquote, pre, h1, h2, h3, h4, h5, h6';
/** Text with a sentence end in it. */
const SENTENCE = /[.!?]["”’)]?(?:\s|$)/;

/**
 * Finds the article in a page (navigation, cookie banners, related links, promos and share bars are
 * left behind) and converts it to text; a page without a recognisable article is converted whole.
 */
export function readHtmlPage(html: string): PageArticle {
  const { document } = parseHTML(html);
  const page = document as unknown as Document;
  // Read before Readability, which rewrites the document as it goes.
  const date =
    isoDate(attribute(page, 'meta[property="article:published_time"]', 'content')) ??
    isoDate(attribute(page, 'meta[itemprop="datePublished"]', 'content')) ??
    isoDate(attribute(page, 'time[datetime]', 'datetime'));
  const source = canonical(page);
  const title = pageTitle(page);
  const article = hasProse(page) ? new Readability(page, { charThreshold: ARTICLE_MIN_CHARS }).parse() : null;
  const text =
    article?.content && (article.length ?? 0) >= ARTICLE_MIN_CHARS ? htmlToText(article.content) : '';
  if (!article || text.trim() === '') {
    return { text: htmlToText(html), title, byline: null, date, source, extracted: false };
  }
  return {
    text,
    title: oneLine(article.title) ?? title,
    byline: oneLine(article.byline),
    date: isoDate(article.publishedTime) ?? date,
    source,
    extracted: true,
  };
}

/**
 * Whether the page has prose to make an article of: `isProbablyReaderable` (which only counts <p>s),
 * or enough sentences in <div>s that hold no other block, as pages written without <p> have.
 * Readability on a long page with none (a wall of links) takes seconds, so it is not tried there.
 */
function hasProse(page: Document): boolean {
  if (isProbablyReaderable(page)) return true;
  let chars = 0;
  for (const div of page.querySelectorAll('div')) {
    if (div.querySelector(BLOCKS)) continue;
    const text = div.textContent?.trim() ?? '';
    if (text.length < 80 || !SENTENCE.test(text)) continue;
    chars += text.length;
    if (chars >= ARTICLE_MIN_CHARS) return true;
  }
  return false;
}

/** The page's own title: og:title, or <title> without the site's name after its last separator. */
function pageTitle(page: Document): string | null {
  const og = oneLine(attribute(page, 'meta[property="og:title"]', 'content'));
  if (og) return og;
  const title = oneLine(page.querySelector('title')?.textContent);
  const head = title?.replace(/\s+[|–—·-]\s+[^|–—·]*$/, '');
  return head?.includes(' ') ? head : title;
}

function attribute(page: Document, selector: string, name: string): string | null {
  return page.querySelector(selector)?.getAttribute(name) ?? null;
}

function canonical(page: Document): string | null {
  const href =
    attribute(page, 'link[rel="canonical"]', 'href') ?? attribute(page, 'meta[property="og:url"]', 'content');
  if (!href || !/^https?:\/\/\S+$/i.test(href)) return null;
  return href;
}

function oneLine(value: string | null | undefined): string | null {
  const line = value?.replace(/\s+/g, ' ').trim();
  return line ? line : null;
}

/** The calendar date a timestamp starts with ("2024-10-14T08:30:00+01:00" → 2024-10-14), if it is one. */
export function isoDate(value: string | null | undefined): string | null {
  const day = value?.trim().match(/^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/)?.[1];
  if (!day) return null;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : null;
}

/** Text of HTML: one paragraph per line, without markup, scripts, images or link targets. */
export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'header', format: 'skip' },
      { selector: 'footer', format: 'skip' },
      { selector: 'aside', format: 'skip' },
      { selector: 'form', format: 'skip' },
      { selector: 'button', format: 'skip' },
      { selector: 'noscript', format: 'skip' },
      { selector: 'svg', format: 'skip' },
      { selector: 'iframe', format: 'skip' },
      // A quoted passage is article text, without the "> " a mail reader would show.
      { selector: 'blockquote', format: 'block' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
    ],
  });
}
