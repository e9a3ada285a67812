import { describe, expect, it } from 'vitest';
import { type Definition, helpText, parseCommandLine } from '../../../src/local/console/parse.ts';
import {
  buttonsOf,
  carriesMessage,
  jsonLine,
  markdownToText,
  pickButton,
  renderChoices,
  renderMessage,
} from '../../../src/local/console/render.ts';

const commands: Definition[] = [
  {
    name: 'who-said',
    type: 1,
    description: 'Find who said a quote',
    options: [
      { name: 'quote', type: 3, required: true, max_length: 20, description: 'q' },
      { name: 'hide', type: 5, description: 'h' },
    ],
  },
  {
    name: 'quotes',
    type: 1,
    description: 'What a person said',
    options: [
      { name: 'speaker', type: 3, required: true, autocomplete: true, description: 's' },
      { name: 'page', type: 4, description: 'p' },
    ],
  },
  { name: 'ask', type: 1, description: 'Ask', options: [{ name: 'question', type: 3, required: true }] },
  {
    name: 'document',
    type: 1,
    description: 'Docs',
    options: [
      {
        name: 'add',
        type: 1,
        description: 'Add one',
        options: [
          { name: 'file', type: 11 },
          { name: 'title', type: 3 },
        ],
      },
      { name: 'list', type: 1, description: 'List' },
    ],
  },
  { name: 'sources', type: 1, description: 'Sources', options: [{ name: 'hide', type: 5 }] },
  { name: 'Who said this?', type: 3 },
];

describe('parseCommandLine', () => {
  it('reads options as typed in Discord’s message box, coercing by type', () => {
    expect(parseCommandLine('/who-said quote: unite around hide: yes', commands)).toEqual({
      kind: 'command',
      name: 'who-said',
      subcommand: null,
      options: { quote: 'unite around', hide: true },
      files: [],
    });
    expect(parseCommandLine('/quotes speaker:Putin page: 2', commands)).toMatchObject({
      options: { speaker: 'Putin', page: 2 },
    });
    expect(parseCommandLine('  /sources  ', commands)).toMatchObject({ name: 'sources', options: {} });
  });

  it('lets a value hold colons and option-like words that are not options', () => {
    expect(parseCommandLine('/ask question: what did he say: the time: now?', commands)).toMatchObject({
      options: { question: 'what did he say: the time: now?' },
    });
  });

  it('reads subcommands and attachment paths', () => {
    expect(parseCommandLine('/document add file: ./a b.txt title: My doc', commands)).toEqual({
      kind: 'command',
      name: 'document',
      subcommand: 'add',
      options: { file: './a b.txt', title: 'My doc' },
      files: ['file'],
    });
    expect(parseCommandLine('/document list', commands)).toMatchObject({ subcommand: 'list', options: {} });
  });

  it('gives text without an option name to the required option', () => {
    expect(parseCommandLine('/who-said unite around', commands)).toMatchObject({
      options: { quote: 'unite around' },
    });
  });

  it('marks a trailing ? on an autocomplete option as a request for choices', () => {
    expect(parseCommandLine('/quotes speaker: Pu?', commands)).toMatchObject({
      options: { speaker: 'Pu' },
      focused: 'speaker',
    });
    expect(parseCommandLine('/ask question: why?', commands)).not.toHaveProperty('focused');
  });

  it('reads a message command with its text', () => {
    expect(parseCommandLine('Who said this? we have no ill intentions', commands)).toEqual({
      kind: 'message',
      name: 'Who said this?',
      content: 'we have no ill intentions',
    });
  });

  it('explains what is wrong in one line', () => {
    const cases: Array<[string, RegExp]> = [
      ['/nope', /unknown command \/nope/],
      ['who-said x', /start with “\/”/],
      ['/who-said', /needs quote:/],
      ['/who-said hide: true', /needs quote:/],
      ['/who-said quote: x hide: maybe', /hide: must be true or false/],
      ['/quotes speaker: P page: two', /page: must be a whole number/],
      ['/who-said quote: a quote: b', /given twice/],
      ['/who-said quote: this is far too long for it', /limit is 20/],
      ['/document', /needs a subcommand: add, list/],
      ['/document purge', /no subcommand “purge”/],
      [
        '/sources everything',
        /write an option name before “everything” \(\/sources \[hide: <true\|false>\]\)/,
      ],
      ['/document list all', /\/document list takes no options/],
      ['Who said this?', /needs the message text/],
    ];
    for (const [line, message] of cases) {
      const parsed = parseCommandLine(line, commands);
      expect(parsed.kind, line).toBe('error');
      expect(parsed.kind === 'error' ? parsed.message : '', line).toMatch(message);
      expect(parsed.kind === 'error' ? parsed.message : '').not.toContain('\n');
    }
  });
});

const message = {
  content: '',
  flags: 64,
  embeds: [
    {
      author: { name: 'Who said it' },
      title: 'Dmitry Peskov, Kremlin spokesman',
      description: '“This is the time, **Unite around our president**.” a\\_b @\u200beveryone',
      fields: [{ name: 'Source', value: '[Title](<https://example.com/a>) · 2022-03-04 · ¶ 9' }],
      footer: { text: 'Match 100% · matched words in bold' },
    },
  ],
  components: [
    {
      type: 1,
      components: [
        { type: 2, custom_id: 'ask:x:-1', label: '◀ Previous', disabled: true, style: 2 },
        { type: 2, custom_id: 'ask:x:1', label: 'Next ▶', style: 2 },
      ],
    },
  ],
} as never;

describe('renderMessage', () => {
  it('shows an embed as plain text with buttons, marking a private reply', () => {
    const text = renderMessage(message, { ansi: false });
    expect(text.split('\n')).toEqual([
      '(only you)',
      '│ Who said it',
      '│ Dmitry Peskov, Kremlin spokesman',
      '│ “This is the time, Unite around our president.” a_b @\u200beveryone',
      '│ Source',
      '│   Title <https://example.com/a> · 2022-03-04 · ¶ 9',
      '│ — Match 100% · matched words in bold',
      '[1] ◀ Previous (off)  [2] Next ▶',
    ]);
  });

  it('shows **bold** in ANSI bold on a terminal', () => {
    expect(markdownToText('a **b** c', { ansi: true })).toBe('a \x1b[1mb\x1b[22m c');
    expect(markdownToText('a **b** c \\*\\*', { ansi: false })).toBe('a b c **');
    expect(renderMessage(message, { ansi: true })).toContain('\x1b[1mUnite around our president\x1b[22m');
  });

  it('numbers buttons and picks them by next, prev or number', () => {
    const buttons = buttonsOf(message);
    expect(pickButton('next', buttons)?.customId).toBe('ask:x:1');
    expect(pickButton('prev', buttons)?.disabled).toBe(true);
    expect(pickButton('2', buttons)?.label).toBe('Next ▶');
    expect(pickButton('3', buttons)).toBeUndefined();
  });

  it('lists autocomplete choices and help from the definitions', () => {
    expect(renderChoices([{ name: 'Vladimir Putin (President) · 5 quotes', value: 'Vladimir Putin' }])).toBe(
      '  1. Vladimir Putin (President) · 5 quotes  → Vladimir Putin',
    );
    expect(renderChoices([])).toBe('No choices.');
    const help = helpText(commands);
    expect(help).toContain('/who-said quote: <text> [hide: <true|false>]');
    expect(help).toContain('/document add [file: <file path>] [title: <text>]');
    expect(help).toContain('Who said this? <message text>');
  });

  it('knows which requests carry a message and prints them as JSON lines', () => {
    const reply = { route: 'interaction.callback', method: 'POST', body: { type: 4, data: {} } };
    expect(carriesMessage(reply)).toBe(true);
    expect(carriesMessage({ ...reply, body: { type: 5 } })).toBe(false);
    expect(carriesMessage({ route: 'webhook.editMessage', method: 'PATCH', body: {} })).toBe(true);
    expect(carriesMessage({ route: 'webhook.followUp', method: 'POST', body: {} })).toBe(true);
    expect(JSON.parse(jsonLine('ask', { method: 'POST', path: '/x', body: { type: 4 } }))).toEqual({
      command: 'ask',
      method: 'POST',
      path: '/x',
      body: { type: 4 },
    });
  });
});
