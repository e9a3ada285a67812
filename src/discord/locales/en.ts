/**
 * Every text the bot writes to Discord users, in English: the default, and what any locale without its
 * own file reads. Quotes and document text are never translated; they are passed in as they are.
 * `_one`/`_other` keys are i18next plurals, chosen by `count`.
 */
export default {
  text: {
    count: {
      quote_one: '{{count}} quote',
      quote_other: '{{count}} quotes',
      passage_one: '{{count}} passage',
      passage_other: '{{count}} passages',
      person_one: '{{count}} person',
      person_other: '{{count}} people',
      paragraph_one: '{{count}} paragraph',
      paragraph_other: '{{count}} paragraphs',
      document_one: '{{count}} document',
      document_other: '{{count}} documents',
      undatedDocument_one: '{{count}} undated document',
      undatedDocument_other: '{{count}} undated documents',
    },
    common: {
      mentionHelp: 'Ask me “who said …” with a few words of a quote, or any question about the documents.',
      source: 'Source',
      previous: '◀ Previous',
      next: 'Next ▶',
      andMore: '…and {{n}} more',
      page: 'Page {{page}} of {{pages}} · {{total}}',
      notQuoted: 'Nobody called “{{speaker}}” is quoted here. Pick a name from the list as you type.',
      nobodyQuoted:
        'No one is quoted in the documents here yet. A moderator can add some with `/document add`.',
    },
    router: {
      ourFault: 'Something went wrong on our side while answering. Please try again in a moment.',
      busy: 'I’m busy answering a lot of people right now. Try again in a few seconds.',
      rateLimited: 'You’re going a bit fast. Try again in {{seconds}} s.',
      unavailable: 'This command is no longer available. Refresh Discord and try again.',
      notModerator:
        'Only moderators (Manage Server, or a moderator role) can change the documents. Ask one of them to add it.',
      notManager: 'Only members with Manage Server can change this server’s settings.',
      notInServer: 'Documents are managed inside a server, not in direct messages.',
    },
    store: {
      duplicate: 'That document is already here, so it wasn’t added again.',
      duplicateOf: 'That document is already here, so it wasn’t added again. It is `{{id}}`.',
      not_found: 'There’s no document with that id here. Pick one from the list as you type.',
      read_only:
        'Documents can’t be added or removed right now: the bot’s storage is read-only. Please tell whoever runs the bot.',
      disk_full: 'The bot’s storage is full, so nothing was changed. Please tell whoever runs the bot.',
      corrupt: 'The bot’s storage needs repair, so nothing was changed. Please tell whoever runs the bot.',
      busy: 'The bot is busy saving other documents. Try again in a moment.',
      incompatible:
        'The bot’s storage needs an upgrade, so nothing was changed. Please tell whoever runs the bot.',
      unavailable:
        'The bot’s storage can’t be reached right now. Try again later, or tell whoever runs the bot.',
      io: 'The bot’s storage reported an error, so nothing was changed. Try again in a moment.',
    },
    whoSaid: {
      tooShort: 'That’s too short to find a quote by: paste a few words of it, typos are fine.',
      noMatchTitle: 'No match',
      noMatch:
        'I couldn’t find “{{query}}” in any document here.\nTry a shorter, distinctive part of the quote, check the spelling, or search by topic with `/ask`.',
      notCredited: 'Not credited to anyone',
      alsoClose: 'Also close: {{speaker}}',
      author: 'Who said it',
      authorNotCredited: 'Found, but not credited',
      footer: 'Match {{percent}}% · matched words in bold',
      footerNotCredited: 'The document has these words but does not say who said them.',
      emptyMessage: 'That message has no text to look up. Try `/who-said` with the words instead.',
    },
    ask: {
      nothingFoundTitle: 'Nothing found',
      nothingFound:
        'No passage answers “{{query}}”. Try other words, or `/sources` to see what the corpus holds.',
      title: 'Q: {{query}}',
      expired: 'These results have expired. Run `/ask` again.',
    },
    quotes: {
      quoted: 'Quoted',
      reported: 'Reported',
      expired: 'These results have expired. Run `/quotes` again.',
      ambiguous: '“{{typed}}” could be {{names}}. Pick one from the list as you type.',
      noneInRange:
        '{{name}} is quoted here, but not in any document within those dates. Widen `since:` or `until:`.',
      choice: '{{name}} · {{quotes}}',
      choiceWithRole: '{{name}} ({{role}}) · {{quotes}}',
    },
    dates: {
      badSince: '`since:` must be a day written YYYY-MM-DD, such as 2022-03-04; “{{typed}}” is not one.',
      badUntil: '`until:` must be a day written YYYY-MM-DD, such as 2022-03-04; “{{typed}}” is not one.',
      backwards: '`since: {{since}}` is after `until: {{until}}`: nothing can be in between. Swap them.',
      between: 'Documents dated {{since}} to {{until}}',
      since: 'Documents dated {{since}} or later',
      until: 'Documents dated {{until}} or earlier',
      undated: '{{documents}} left out',
    },
    sources: {
      empty: 'The corpus here is empty. A moderator can add documents with `/document add`.',
      title: 'Sources ({{n}})',
      everywhere: 'everywhere',
    },
    random: {
      author: 'A random quote',
      dailyAuthor: 'Quote of the day',
      footer: 'One of {{quotes}}',
      another: 'Another',
      noneInRange: 'No quote here comes from a document within those dates. Widen `since:` or `until:`.',
      expired: 'This random quote has expired. Run `/random-quote` again.',
    },
    people: {
      title: 'Most quoted people',
      line: '**{{n}}. {{name}}** — {{quotes}} in {{documents}}',
      lineWithRole: '**{{n}}. {{name}}**, {{role}} — {{quotes}} in {{documents}}',
      footer: 'Page {{page}} of {{pages}} · {{people}} · a name’s button shows their quotes',
      expired: 'This list has expired. Run `/people` again.',
      gone: 'That person is no longer quoted here. Run `/people` again.',
    },
    document: {
      added: 'Added: {{title}}',
      people: 'People: {{people}}',
      noPeople: 'No people found.',
      id: 'Id: `{{id}}`',
      examples: 'A few attributions, to check at a glance',
      noExamples: 'No attributed quotes found',
      article: 'Took the article from the page: menus, banners and links left out.',
      articleBy: 'Took the article from the page (by {{byline}}): menus, banners and links left out.',
      wholePage:
        'No article found in the page, so all of its text was kept, menus and links included. Check the paragraphs, or add the article as a .txt file.',
      removed: 'Removed “{{title}}”. It no longer appears in answers here.',
      listLine: '`{{id}}` **{{title}}** — {{quotes}}, added {{added}}',
      listEmpty: 'No documents added here yet. Add one with `/document add`.',
      listTitle: 'This server’s documents ({{n}})',
      badSource: 'The source must be a web link starting with https:// (or http://). Fix it and try again.',
      formExpired: 'This form is no longer valid. Run `/document add` again.',
      formTitle: 'Add a document',
      formFieldTitle: 'Title',
      formFieldSource: 'Source link (optional)',
      formFieldDate: 'Publication date (YYYY-MM-DD, optional)',
      formFieldText: 'Text (one paragraph per line)',
    },
    attachment: {
      notFromDiscord:
        '“{{name}}” does not come from Discord, so I won’t download it. Attach the file itself.',
      tooBig: '“{{name}}” is {{size}}; the limit is {{limit}}. Split it or trim it.',
      downloadFailed: 'I couldn’t download “{{name}}”. Try attaching it again.',
      downloadStatus: 'I couldn’t download “{{name}}” (HTTP {{status}}). Try again.',
    },
    exchange: {
      tooBig:
        'This server’s export is {{size}}, more than Discord’s {{limit}} attachment limit. Export it from the command line: `export --guild {{guild}}`.',
      exported:
        'This server’s {{documents}}, with their text, metadata and attributions. Bring them into a server with `/document import`.',
      skipped: 'Skipped, already here: **{{title}}** (`{{id}}`)',
      refused: 'Refused, document {{position}}: {{reason}}',
      refusedTitled: 'Refused, document {{position}} **{{title}}**: {{reason}}',
      summary: '{{added}} added · {{skipped}} skipped as duplicates · {{refused}} refused',
      recomputed:
        'Attributions recomputed for {{documents}}: the file’s differed from what this version finds.',
      title: 'Import finished',
    },
    intake: {
      unsupported_type: '“{{name}}” is not a supported file type. Attach a {{types}} file.',
      file_too_big: '“{{name}}” is {{size}}; the limit is {{limit}}. Split it or trim it.',
      not_utf8: '“{{name}}” is not UTF-8 text. Save it as UTF-8 and try again.',
      binary_file: '“{{name}}” looks like a binary file, not text.',
      empty: 'The document is empty. Paste or attach some text.',
      binary_text: 'The text contains binary data. Paste plain text.',
      no_title: 'The title is empty. Give the document a title.',
      title_too_long: 'The title is {{length}} characters; keep it under {{max}}.',
      source_too_long: 'The source is {{length}} characters; keep it under {{max}}.',
      bad_source: 'The source must be an http(s) link, e.g. https://example.com/article.',
      bad_date: '“{{date}}” is not a date. Write it as YYYY-MM-DD, e.g. 2022-03-04.',
      import_too_big:
        'The file is {{size}}; the limit is {{limit}}. Export fewer documents or import it from the CLI.',
      not_json:
        'That is not a Verbatim export: it is not JSON text. Attach the file `/document export` made.',
      not_export: 'That is not a Verbatim export. Attach the file `/document export` made.',
      no_version: 'The export has no valid format version. Export it again.',
      newer_version:
        'The export is format version {{version}}, made by a newer Verbatim; this one reads version {{readable}}. Update the bot first.',
      no_documents: 'The export has no list of documents. Export it again.',
      entry_not_document: 'It is not a document.',
      entry_no_title: 'It has no title.',
      entry_no_text: 'It has no text.',
      entry_source_not_text: 'Its source is not text.',
      entry_date_not_text: 'Its date is not text.',
      entry_bad_language: 'Its language is not a language tag such as “en”.',
      entry_too_big: 'Its text is {{size}}; the limit is {{limit}}.',
      entry_bad_paragraphs: 'Its paragraphs do not match its text.',
      duplicate_text: 'This text is already in the corpus as “{{title}}” (id {{id}}).',
      seed_document: 'That is a seed document: it ships with the bot and cannot be removed.',
      folder_corpus: 'This corpus is read from a folder; documents cannot be added to it or removed from it.',
      read_only_import: 'Documents cannot be added here: the corpus is read-only or read from a folder.',
      no_store_export: 'There is no document store here to export from.',
      no_settings_store: 'Settings cannot be changed here: there is no writable store.',
    },
    settings: {
      title: 'Verbatim settings',
      added: '{{role}} is a moderator role here: its members may add and remove documents.',
      howToShow:
        'So that its members can see `/document`, a server admin opens **Server Settings → Integrations → Verbatim**, picks `/document`, and under **Roles & Members** adds {{role}}. Until then Discord shows the command only to members with Manage Server.',
      removed:
        '{{role}} is not a moderator role here. If you added it to `/document` under Integrations, remove it there too.',
      none: 'none',
      ownRoles: 'Moderator roles in this server',
      everywhere: 'Moderators everywhere',
      managers: 'Members with Manage Server',
      managersAndRoles: 'Members with Manage Server, and {{roles}} (MODERATOR_ROLE_IDS)',
    },
    card: {
      button: 'Quote card',
      gone: 'That quote is no longer in the documents here, so there is no card to make. Look it up again.',
      description: 'Quote card: {{speaker}}: {{quote}}',
    },
    dailyQuote: {
      badTime: '“{{typed}}” is not a time. Give it as HH:MM in UTC, like `09:00` or `18:30`.',
      set: 'A quote of the day will be posted in {{channel}} every day at {{time}} UTC, the first on {{first}}. Make sure Verbatim may view that channel, send messages and embed links there.',
      off: 'The quote of the day is off. Turn it on again with `/settings daily-quote set`.',
      field: 'Quote of the day',
      none: 'Off (`/settings daily-quote set`)',
      schedule: '{{channel}}, every day at {{time}} UTC',
      next: 'Next on {{day}}',
      last: 'last posted on {{day}}',
      unreachable:
        'Since {{day}} Verbatim cannot post there. Give it View Channel, Send Messages and Embed Links in that channel (it tries again each day), or pick another.',
    },
  },
} as const;
