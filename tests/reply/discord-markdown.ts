/**
 * A small reader of Discord Markdown, for tests: what a message shows and which constructs in it take
 * effect. It knows Discord's rules, not the bot's escaper, so it can tell when escaping falls short.
 */

export interface Stretch {
  start: number;
  end: number;
}

export interface Reading {
  /** What a reader sees: escapes undone, bold marks and zero-width spaces gone. */
  visible: string;
  /** The bold stretches, as offsets into `visible`. */
  bold: Stretch[];
  /** Constructs other than bold that take effect: formatting, blocks, links, mentions. */
  live: string[];
}

/** Discord's escape: a backslash before any character that is not a letter, digit or space. */
const ESCAPABLE = /[^\p{L}\p{N}\s]/u;
const ESCAPED = '\uE000';

const CONSTRUCTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['masked link', /\[[^\]]*\]\([^)]*\)/],
  ['link', /[a-z][a-z0-9+.-]*:\/\/\S/i],
  ['heading', /^[ \t]*#{1,3}[ \t]/m],
  ['subtext', /^[ \t]*-#[ \t]/m],
  ['block quote', /^[ \t]*>{1,3}[ \t]/m],
  ['list', /^[ \t]*(?:[-*+]|\d+[.)])[ \t]/m],
  ['code', /`/],
  ['spoiler', /\|\|/],
  ['italic or underline', /[*_]/],
  ['strikethrough', /~~/],
  ['mention', /@(?:everyone|here)|<(?:@[!&]?|#)\d+>|<\/[\w -]+:\d+>|<t:\d+(?::\w)?>|<a?:\w+:\d+>/],
];

export function readDiscordMarkdown(rendered: string): Reading {
  let visible = '';
  let shadow = ''; // the text as Discord's rules see it: escaped characters inert
  const bold: Stretch[] = [];
  let boldFrom = -1;
  for (let i = 0; i < rendered.length; i++) {
    const c = rendered[i] as string;
    const next = rendered[i + 1];
    if (c === '\\' && next !== undefined && ESCAPABLE.test(next)) {
      visible += next;
      shadow += ESCAPED;
      i++;
    } else if (c === '*' && next === '*') {
      if (boldFrom < 0) boldFrom = visible.length;
      else {
        bold.push({ start: boldFrom, end: visible.length });
        boldFrom = -1;
      }
      i++;
    } else if (c === '\u200b') {
      shadow += c;
    } else {
      visible += c;
      shadow += c;
    }
  }
  const live = CONSTRUCTS.filter(([, pattern]) => pattern.test(shadow)).map(([name]) => name);
  if (boldFrom >= 0) live.push('unclosed bold');
  return { visible, bold, live };
}
