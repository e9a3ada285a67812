import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/corpus/document.ts';
import { english, translator } from '../../src/discord/i18n.ts';
import { parseMention } from '../../src/discord/mentions.ts';
import { RateLimiter } from '../../src/discord/rate-limit.ts';
import { askReply, type Reply, whoSaidReply } from '../../src/discord/render.ts';
import { escapeForDiscord, markHighlights, truncate } from '../../src/discord/text.ts';
import { validateMessage } from '../../src/local/limits.ts';
import type { AskHit, QuoteMatch } from '../../src/search/types.ts';

/** The mock enforces Discord's real limits: a reply it accepts is one Discord accepts. */
function rejection(reply: Reply) {
  return validateMessage(JSON.parse(JSON.stringify({ content: reply.content, embeds: reply.embeds })));
}

const longQuote = `${'word '.repeat(2500)}the needle is here${' more'.repeat(2500)}`;
const doc = makeDocument(`“${longQuote},” said Ana Novak @everyone <@123456789012345678>.`, {
  title: `A very long title ${'x'.repeat(400)}`,
  source: 'https://example.com/a',
  date: '2024-01-02',
  guild: null,
});
const needle = doc.text.indexOf('needle');

function match(): QuoteMatch {
  return {
    doc,
    paragraph: 1,
    attribution: {
      kind: 'direct',
      quote: longQuote,
      start: 0,
      end: longQuote.length + 2,
      speaker: 'Ana Novak',
      role: 'city engineer',
      mention: null,
      cue: 'said',
    },
    person: null,
    highlights: [{ start: needle, end: needle + 6 }],
    passage: { start: 0, end: doc.text.length },
    score: 0.97,
  };
}

describe('replies fit Discord’s limits', () => {
  it('cuts a 25,000-character quote around the matched words, with an ellipsis, and Discord would accept it', () => {
    const reply = whoSaidReply(english, {
      query: 'needle',
      best: match(),
      alternatives: [match(), match(), match()],
    });
    expect(rejection(reply)).toBeNull();
    const description = reply.embeds?.[0]?.description ?? '';
    expect(description).toContain('**needle**');
    expect(description).toContain('…');
  });

  it('pages long ask results without going over the total embed size', () => {
    const hits: AskHit[] = Array.from({ length: 12 }, () => ({
      doc,
      paragraph: 1,
      passage: { start: 0, end: doc.text.length },
      highlights: [{ start: needle, end: needle + 6 }],
      speaker: 'Ana Novak',
      quote: null,
      askedFor: false,
      score: 1,
    }));
    const reply = askReply(english, 'where is the needle?', hits, { page: 0, buttonPrefix: 'ask:abc' });
    expect(rejection(reply)).toBeNull();
    expect(reply.components?.[0]?.components.map((b) => b.custom_id)).toEqual(['ask:abc:-1', 'ask:abc:1']);
    expect(reply.components?.[0]?.components[0]?.disabled).toBe(true);
  });

  it('puts the answer above the passages when the best one is the asked-for person’s quote, in the reader’s language', () => {
    const attribution = match().attribution;
    const hit: AskHit = {
      doc,
      paragraph: 1,
      passage: { start: 0, end: doc.text.length },
      highlights: [],
      speaker: 'Ana Novak',
      quote: attribution && { ...attribution, quote: 'We close the bridge @everyone on Monday' },
      askedFor: true,
      score: 2,
    };
    const english_ = askReply(english, 'what did Novak say?', [hit], { page: 0, buttonPrefix: 'ask:a' });
    expect(english_.embeds?.[0]?.description).toBe(
      '**Ana Novak** (city engineer), 2 January 2024: “We close the bridge @\u200beveryone on Monday”',
    );
    expect(rejection(english_)).toBeNull();
    const german = askReply(translator('de'), 'was sagte Novak?', [hit], { page: 0, buttonPrefix: 'ask:a' });
    expect(german.embeds?.[0]?.description).toContain('2. Januar 2024');
    const notAsked = askReply(english, 'bridge', [{ ...hit, askedFor: false }], {
      page: 0,
      buttonPrefix: 'ask:a',
    });
    expect(notAsked.embeds?.[0]?.description).toBeUndefined();
  });

  it('never lets a reply ping anyone', () => {
    const reply = whoSaidReply(
      english,
      { query: '@everyone', best: null, alternatives: [] },
      { ephemeral: true },
    );
    expect(reply.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(reply.embeds?.[0]?.description).not.toMatch(/@everyone/);
  });
});

describe('what counts as a quotation', () => {
  it('puts quote marks around direct speech only, never around reported speech', () => {
    const direct = match();
    const reported = match();
    reported.attribution = {
      ...(reported.attribution as NonNullable<QuoteMatch['attribution']>),
      kind: 'reported',
    };
    const shown = (m: QuoteMatch) =>
      whoSaidReply(english, { query: 'needle', best: m, alternatives: [] }).embeds?.[0]?.description;
    expect(shown(direct)).toMatch(/^“.*”$/s);
    expect(shown(reported)).not.toMatch(/[“”]/);
  });
});

describe('text helpers', () => {
  it('truncates at a word with an ellipsis', () => {
    expect(truncate('the quick brown fox jumps', 12)).toBe('the quick…');
    expect(truncate('short', 12)).toBe('short');
  });

  it('escapes Markdown and defuses mentions', () => {
    const escaped = escapeForDiscord('**bold** @everyone <@123456789012345678> [x](https://e.com)');
    expect(escaped).not.toContain('**bold**');
    expect(escaped).not.toMatch(/@everyone|<@\d/);
  });

  it('bolds adjacent matched words as one phrase', () => {
    expect(
      markHighlights(
        'Unite around our president.',
        [
          { start: 0, end: 5 },
          { start: 6, end: 12 },
        ],
        100,
      ),
    ).toBe('**Unite around** our president.');
  });
});

describe('chat-style mentions', () => {
  const bot = '111111111111111111';
  it('reads who-said questions with any quote marks, and anything else as a question', () => {
    expect(parseMention(`<@${bot}> who said “unite around our president”?`, bot)).toEqual({
      kind: 'who-said',
      quote: 'unite around our president',
    });
    expect(parseMention(`<@${bot}> who said 'no ill intentions'`, bot)).toEqual({
      kind: 'who-said',
      quote: 'no ill intentions',
    });
    expect(parseMention(`<@!${bot}> what did Peskov say?`, bot)).toEqual({
      kind: 'ask',
      question: 'what did Peskov say?',
    });
    expect(parseMention(`<@${bot}>`, bot)).toBeNull();
  });
});

describe('rate limit', () => {
  it('lets a user run five commands in the window, then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(5, 10_000, () => now);
    for (let i = 0; i < 5; i++) expect(limiter.take('u')).toBe(0);
    now = 4_000;
    expect(limiter.take('u')).toBe(6_000);
    expect(limiter.take('other')).toBe(0);
    now = 10_001;
    expect(limiter.take('u')).toBe(0);
  });
});
