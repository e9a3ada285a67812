/** German. Command names: lowercase, no spaces (Discord's rule); menu names may have both. */
export default {
  text: {
    count: {
      quote_one: '{{count}} Zitat',
      quote_other: '{{count}} Zitate',
      passage_one: '{{count}} Textstelle',
      passage_other: '{{count}} Textstellen',
      person_one: '{{count}} Person',
      person_other: '{{count}} Personen',
      paragraph_one: '{{count}} Absatz',
      paragraph_other: '{{count}} Absätze',
      document_one: '{{count}} Dokument',
      document_other: '{{count}} Dokumente',
      undatedDocument_one: '{{count}} undatiertes Dokument',
      undatedDocument_other: '{{count}} undatierte Dokumente',
    },
    common: {
      mentionHelp:
        'Frag mich „wer sagte …“ mit ein paar Wörtern eines Zitats, oder stell eine Frage zu den Dokumenten.',
      source: 'Quelle',
      previous: '◀ Zurück',
      next: 'Weiter ▶',
      andMore: '…und {{n}} weitere',
      page: 'Seite {{page}} von {{pages}} · {{total}}',
      notQuoted:
        'Hier wird niemand namens „{{speaker}}“ zitiert. Wähle beim Tippen einen Namen aus der Liste.',
      nobodyQuoted:
        'In den Dokumenten hier wird noch niemand zitiert. Moderatoren können mit `/dokument hinzufügen` welche hinzufügen.',
    },
    router: {
      ourFault: 'Beim Antworten ist bei uns etwas schiefgelaufen. Bitte versuche es gleich noch einmal.',
      busy: 'Ich beantworte gerade sehr viele Anfragen. Versuche es in ein paar Sekunden noch einmal.',
      rateLimited: 'Das geht etwas schnell. Versuche es in {{seconds}} s noch einmal.',
      unavailable: 'Diesen Befehl gibt es nicht mehr. Lade Discord neu und versuche es noch einmal.',
      notModerator:
        'Nur Moderatoren (Server verwalten oder eine Moderatorrolle) können die Dokumente ändern. Bitte jemanden von ihnen, es hinzuzufügen.',
      notManager: 'Nur Mitglieder mit „Server verwalten“ können die Einstellungen dieses Servers ändern.',
      notInServer: 'Dokumente werden in einem Server verwaltet, nicht in Direktnachrichten.',
    },
    store: {
      duplicate: 'Dieses Dokument ist schon hier, also wurde es nicht noch einmal hinzugefügt.',
      duplicateOf:
        'Dieses Dokument ist schon hier, also wurde es nicht noch einmal hinzugefügt. Es ist `{{id}}`.',
      not_found: 'Hier gibt es kein Dokument mit dieser ID. Wähle beim Tippen eines aus der Liste.',
      read_only:
        'Dokumente können gerade nicht hinzugefügt oder entfernt werden: Der Speicher des Bots ist schreibgeschützt. Bitte sag der Person Bescheid, die den Bot betreibt.',
      disk_full:
        'Der Speicher des Bots ist voll, daher wurde nichts geändert. Bitte sag der Person Bescheid, die den Bot betreibt.',
      corrupt:
        'Der Speicher des Bots muss repariert werden, daher wurde nichts geändert. Bitte sag der Person Bescheid, die den Bot betreibt.',
      busy: 'Der Bot speichert gerade andere Dokumente. Versuche es gleich noch einmal.',
      incompatible:
        'Der Speicher des Bots braucht ein Upgrade, daher wurde nichts geändert. Bitte sag der Person Bescheid, die den Bot betreibt.',
      unavailable:
        'Der Speicher des Bots ist gerade nicht erreichbar. Versuche es später noch einmal oder sag der Person Bescheid, die den Bot betreibt.',
      io: 'Der Speicher des Bots hat einen Fehler gemeldet, daher wurde nichts geändert. Versuche es gleich noch einmal.',
    },
    whoSaid: {
      tooShort:
        'Das ist zu kurz, um ein Zitat zu finden: Füge ein paar Wörter daraus ein, Tippfehler sind kein Problem.',
      noMatchTitle: 'Kein Treffer',
      noMatch:
        'Ich konnte „{{query}}“ in keinem Dokument hier finden.\nVersuche einen kürzeren, markanten Teil des Zitats, prüfe die Schreibweise oder suche mit `/fragen` nach dem Thema.',
      notCredited: 'Niemandem zugeschrieben',
      alsoClose: 'Auch ähnlich: {{speaker}}',
      author: 'Wer es gesagt hat',
      authorNotCredited: 'Gefunden, aber niemandem zugeschrieben',
      footer: 'Übereinstimmung {{percent}} % · passende Wörter fett',
      footerNotCredited: 'Das Dokument enthält diese Wörter, sagt aber nicht, wer sie gesagt hat.',
      emptyMessage:
        'Diese Nachricht hat keinen Text zum Nachschlagen. Versuche stattdessen `/wer-sagte` mit den Wörtern.',
    },
    ask: {
      nothingFoundTitle: 'Nichts gefunden',
      nothingFound:
        'Keine Textstelle beantwortet „{{query}}“. Versuche andere Wörter oder sieh mit `/quellen` nach, was der Korpus enthält.',
      title: 'F: {{query}}',
      expired: 'Diese Ergebnisse sind abgelaufen. Führe `/fragen` noch einmal aus.',
    },
    quotes: {
      quoted: 'Zitiert',
      reported: 'Wiedergegeben',
      expired: 'Diese Ergebnisse sind abgelaufen. Führe `/zitate` noch einmal aus.',
      ambiguous: 'Mit „{{typed}}“ könnte {{names}} gemeint sein. Wähle beim Tippen jemanden aus der Liste.',
      noneInRange:
        '{{name}} wird hier zitiert, aber in keinem Dokument aus diesem Zeitraum. Erweitere `seit:` oder `bis:`.',
      choice: '{{name}} · {{quotes}}',
      choiceWithRole: '{{name}} ({{role}}) · {{quotes}}',
    },
    dates: {
      badSince: '`seit:` muss ein Tag im Format JJJJ-MM-TT sein, etwa 2022-03-04; „{{typed}}“ ist keiner.',
      badUntil: '`bis:` muss ein Tag im Format JJJJ-MM-TT sein, etwa 2022-03-04; „{{typed}}“ ist keiner.',
      backwards:
        '`seit: {{since}}` liegt nach `bis: {{until}}`: Dazwischen kann nichts liegen. Vertausche die beiden.',
      between: 'Dokumente vom {{since}} bis {{until}}',
      since: 'Dokumente ab dem {{since}}',
      until: 'Dokumente bis zum {{until}}',
      undated: '{{documents}} ausgelassen',
    },
    sources: {
      empty: 'Der Korpus hier ist leer. Moderatoren können mit `/dokument hinzufügen` Dokumente hinzufügen.',
      title: 'Quellen ({{n}})',
      everywhere: 'überall',
    },
    random: {
      author: 'Ein zufälliges Zitat',
      dailyAuthor: 'Zitat des Tages',
      footer: '{{quotes}} zur Auswahl',
      another: 'Noch eins',
      noneInRange:
        'Kein Zitat hier stammt aus einem Dokument in diesem Zeitraum. Erweitere `seit:` oder `bis:`.',
      expired: 'Dieses Zufallszitat ist abgelaufen. Führe `/zufallszitat` noch einmal aus.',
    },
    people: {
      title: 'Die meistzitierten Personen',
      line: '**{{n}}. {{name}}** — {{quotes}}, {{documents}}',
      lineWithRole: '**{{n}}. {{name}}**, {{role}} — {{quotes}}, {{documents}}',
      footer: 'Seite {{page}} von {{pages}} · {{people}} · die Schaltfläche eines Namens zeigt die Zitate',
      expired: 'Diese Liste ist abgelaufen. Führe `/personen` noch einmal aus.',
      gone: 'Diese Person wird hier nicht mehr zitiert. Führe `/personen` noch einmal aus.',
    },
    document: {
      added: 'Hinzugefügt: {{title}}',
      people: 'Personen: {{people}}',
      noPeople: 'Keine Personen gefunden.',
      id: 'ID: `{{id}}`',
      examples: 'Ein paar Zuschreibungen zum schnellen Prüfen',
      noExamples: 'Keine zugeschriebenen Zitate gefunden',
      article: 'Den Artikel aus der Seite übernommen: Menüs, Banner und Links ausgelassen.',
      articleBy:
        'Den Artikel aus der Seite übernommen (von {{byline}}): Menüs, Banner und Links ausgelassen.',
      wholePage:
        'Kein Artikel in der Seite gefunden, daher wurde ihr ganzer Text behalten, samt Menüs und Links. Prüfe die Absätze oder füge den Artikel als .txt-Datei hinzu.',
      removed: '„{{title}}“ wurde entfernt. Es erscheint hier nicht mehr in Antworten.',
      listLine: '`{{id}}` **{{title}}** — {{quotes}}, hinzugefügt am {{added}}',
      listEmpty: 'Hier wurden noch keine Dokumente hinzugefügt. Füge eines mit `/dokument hinzufügen` hinzu.',
      listTitle: 'Dokumente dieses Servers ({{n}})',
      badSource:
        'Die Quelle muss ein Weblink sein, der mit https:// (oder http://) beginnt. Korrigiere sie und versuche es noch einmal.',
      formExpired: 'Dieses Formular ist nicht mehr gültig. Führe `/dokument hinzufügen` noch einmal aus.',
      formTitle: 'Ein Dokument hinzufügen',
      formFieldTitle: 'Titel',
      formFieldSource: 'Link zur Quelle (optional)',
      formFieldDate: 'Erscheinungsdatum (JJJJ-MM-TT, optional)',
      formFieldText: 'Text (ein Absatz pro Zeile)',
    },
    attachment: {
      notFromDiscord:
        '„{{name}}“ stammt nicht von Discord, daher lade ich es nicht herunter. Hänge die Datei selbst an.',
      tooBig: '„{{name}}“ ist {{size}} groß; die Grenze liegt bei {{limit}}. Teile oder kürze die Datei.',
      downloadFailed: 'Ich konnte „{{name}}“ nicht herunterladen. Hänge die Datei noch einmal an.',
      downloadStatus: 'Ich konnte „{{name}}“ nicht herunterladen (HTTP {{status}}). Versuche es noch einmal.',
    },
    exchange: {
      tooBig:
        'Der Export dieses Servers ist {{size}} groß, mehr als Discords Grenze von {{limit}} für Anhänge. Exportiere ihn über die Kommandozeile: `export --guild {{guild}}`.',
      exported:
        'Die {{documents}} dieses Servers, mit Text, Metadaten und Zuschreibungen. Bring sie mit `/dokument importieren` in einen Server.',
      skipped: 'Übersprungen, schon vorhanden: **{{title}}** (`{{id}}`)',
      refused: 'Abgelehnt, Dokument {{position}}: {{reason}}',
      refusedTitled: 'Abgelehnt, Dokument {{position}} **{{title}}**: {{reason}}',
      summary: '{{added}} hinzugefügt · {{skipped}} als Duplikate übersprungen · {{refused}} abgelehnt',
      recomputed:
        'Zuschreibungen neu berechnet für {{documents}}: Die der Datei wichen davon ab, was diese Version findet.',
      title: 'Import abgeschlossen',
    },
    intake: {
      unsupported_type: '„{{name}}“ ist kein unterstützter Dateityp. Hänge eine Datei vom Typ {{types}} an.',
      file_too_big:
        '„{{name}}“ ist {{size}} groß; die Grenze liegt bei {{limit}}. Teile oder kürze die Datei.',
      not_utf8: '„{{name}}“ ist kein UTF-8-Text. Speichere die Datei als UTF-8 und versuche es noch einmal.',
      binary_file: '„{{name}}“ sieht nach einer Binärdatei aus, nicht nach Text.',
      empty: 'Das Dokument ist leer. Füge Text ein oder hänge eine Datei an.',
      binary_text: 'Der Text enthält Binärdaten. Füge reinen Text ein.',
      no_title: 'Der Titel ist leer. Gib dem Dokument einen Titel.',
      title_too_long: 'Der Titel hat {{length}} Zeichen; bleib unter {{max}}.',
      source_too_long: 'Die Quelle hat {{length}} Zeichen; bleib unter {{max}}.',
      bad_source: 'Die Quelle muss ein http(s)-Link sein, z. B. https://example.com/article.',
      bad_date: '„{{date}}“ ist kein Datum. Schreib es als JJJJ-MM-TT, z. B. 2022-03-04.',
      import_too_big:
        'Die Datei ist {{size}} groß; die Grenze liegt bei {{limit}}. Exportiere weniger Dokumente oder importiere sie über die Kommandozeile.',
      not_json:
        'Das ist kein Verbatim-Export: Es ist kein JSON-Text. Hänge die Datei an, die `/dokument exportieren` erstellt hat.',
      not_export:
        'Das ist kein Verbatim-Export. Hänge die Datei an, die `/dokument exportieren` erstellt hat.',
      no_version: 'Der Export hat keine gültige Formatversion. Exportiere noch einmal.',
      newer_version:
        'Der Export hat Formatversion {{version}} und stammt von einem neueren Verbatim; dieses liest Version {{readable}}. Aktualisiere zuerst den Bot.',
      no_documents: 'Der Export enthält keine Liste von Dokumenten. Exportiere noch einmal.',
      entry_not_document: 'Es ist kein Dokument.',
      entry_no_title: 'Es hat keinen Titel.',
      entry_no_text: 'Es hat keinen Text.',
      entry_source_not_text: 'Seine Quelle ist kein Text.',
      entry_date_not_text: 'Sein Datum ist kein Text.',
      entry_bad_language: 'Seine Sprache ist kein Sprachkürzel wie „en“.',
      entry_too_big: 'Sein Text ist {{size}} groß; die Grenze liegt bei {{limit}}.',
      entry_bad_paragraphs: 'Seine Absätze passen nicht zu seinem Text.',
      duplicate_text: 'Dieser Text ist schon im Korpus, als „{{title}}“ (ID {{id}}).',
      seed_document: 'Das ist ein Grunddokument: Es gehört zum Bot und kann nicht entfernt werden.',
      folder_corpus:
        'Dieser Korpus wird aus einem Ordner gelesen; Dokumente können weder hinzugefügt noch entfernt werden.',
      read_only_import:
        'Hier können keine Dokumente hinzugefügt werden: Der Korpus ist schreibgeschützt oder wird aus einem Ordner gelesen.',
      no_store_export: 'Hier gibt es keinen Dokumentenspeicher, aus dem exportiert werden könnte.',
      no_settings_store:
        'Einstellungen können hier nicht geändert werden: Es gibt keinen beschreibbaren Speicher.',
    },
    settings: {
      title: 'Verbatim-Einstellungen',
      added:
        '{{role}} ist hier eine Moderatorrolle: Ihre Mitglieder dürfen Dokumente hinzufügen und entfernen.',
      howToShow:
        'Damit ihre Mitglieder `/dokument` sehen, öffnet ein Server-Admin **Servereinstellungen → Integrationen → Verbatim**, wählt `/dokument` und fügt unter **Rollen & Mitglieder** {{role}} hinzu. Bis dahin zeigt Discord den Befehl nur Mitgliedern mit „Server verwalten“.',
      removed:
        '{{role}} ist hier keine Moderatorrolle. Falls du sie unter Integrationen zu `/dokument` hinzugefügt hast, entferne sie dort auch.',
      none: 'keine',
      ownRoles: 'Moderatorrollen in diesem Server',
      everywhere: 'Moderatoren überall',
      managers: 'Mitglieder mit „Server verwalten“',
      managersAndRoles: 'Mitglieder mit „Server verwalten“ und {{roles}} (MODERATOR_ROLE_IDS)',
    },
    card: {
      button: 'Zitatkarte',
      gone: 'Dieses Zitat steht nicht mehr in den Dokumenten hier, also gibt es keine Karte dazu. Such es noch einmal.',
      description: 'Zitatkarte: {{speaker}}: {{quote}}',
    },
    dailyQuote: {
      badTime: '„{{typed}}“ ist keine Uhrzeit. Gib sie als HH:MM in UTC an, etwa `09:00` oder `18:30`.',
      set: 'Ein Zitat des Tages wird jeden Tag um {{time}} UTC in {{channel}} gepostet, das erste am {{first}}. Achte darauf, dass Verbatim diesen Kanal sehen und dort Nachrichten senden und Links einbetten darf.',
      off: 'Das Zitat des Tages ist ausgeschaltet. Mit `/einstellungen tageszitat festlegen` schaltest du es wieder ein.',
      field: 'Zitat des Tages',
      none: 'Aus (`/einstellungen tageszitat festlegen`)',
      schedule: '{{channel}}, jeden Tag um {{time}} UTC',
      next: 'Nächstes am {{day}}',
      last: 'zuletzt gepostet am {{day}}',
      unreachable:
        'Seit {{day}} kann Verbatim dort nicht posten. Gib ihm in diesem Kanal „Kanal anzeigen“, „Nachrichten senden“ und „Links einbetten“ (es versucht es jeden Tag erneut) oder wähle einen anderen.',
    },
  },
  commands: {
    'add-to-corpus': ['Zum Korpus hinzufügen'],
    ask: ['fragen', 'Stell eine Frage und erhalte die passendsten belegten Textstellen aus den Dokumenten'],
    'ask.question': [
      'frage',
      'Was du wissen willst, in der Sprache der Dokumente: what did Peskov say about unity?',
    ],
    document: ['dokument', 'Dokumente dieses Servers hinzufügen, entfernen oder auflisten (Moderatoren)'],
    'document.add': [
      'hinzufügen',
      'Ein Dokument hinzufügen: eine .txt-, .md- oder .html-Datei anhängen oder Text einfügen',
    ],
    'document.add.file': ['datei', 'Eine .txt-, .md- oder .html-Datei'],
    'document.add.title': ['titel', 'Titel (Standard: der Dateiname)'],
    'document.add.source': ['quelle', 'Link zum Originalartikel'],
    'document.add.date': ['datum', 'Erscheinungsdatum, JJJJ-MM-TT'],
    'document.remove': ['entfernen', 'Ein Dokument aus diesem Server entfernen'],
    'document.remove.document': ['dokument', 'Fang an, einen Titel zu tippen'],
    'document.list': ['liste', 'Die Dokumente dieses Servers mit ihren IDs auflisten'],
    'document.export': [
      'exportieren',
      'Die Dokumente dieses Servers als JSON-Datei herunterladen (Text, Metadaten, Zuschreibungen)',
    ],
    'document.import': ['importieren', 'Die Dokumente einer JSON-Datei von /dokument exportieren hinzufügen'],
    'document.import.file': ['datei', 'Die .json-Datei, die /dokument exportieren erstellt hat'],
    people: ['personen', 'Die meistzitierten Personen in den Dokumenten, mit Rollen und Anzahl'],
    'people.page': ['seite', 'Welche Seite (je {{size}}) zuerst gezeigt wird'],
    quotes: ['zitate', 'Was eine Person in den Dokumenten gesagt hat'],
    'quotes.speaker': ['person', 'Fang an, einen Namen zu tippen'],
    'random-quote': ['zufallszitat', 'Ein zufälliges Zitat aus den Dokumenten, mit Urheber und Fundstelle'],
    'random-quote.speaker': ['person', 'Nur Zitate dieser Person: Fang an, einen Namen zu tippen'],
    settings: ['einstellungen', 'Die Verbatim-Einstellungen dieses Servers (Server verwalten)'],
    'settings.moderator-role': [
      'moderatorrolle',
      'Rollen, deren Mitglieder hier Dokumente hinzufügen und entfernen dürfen',
    ],
    'settings.moderator-role.add': [
      'hinzufügen',
      'Die Mitglieder dieser Rolle Dokumente hinzufügen und entfernen lassen',
    ],
    'settings.moderator-role.remove': [
      'entfernen',
      'Den Mitgliedern dieser Rolle das Hinzufügen und Entfernen wieder nehmen',
    ],
    'settings.daily-quote': ['tageszitat', 'Jeden Tag ein Zitat aus den Dokumenten in einem Kanal'],
    'settings.daily-quote.set': [
      'festlegen',
      'Ein Zitat des Tages in diesem Kanal posten, zu dieser Uhrzeit',
    ],
    'settings.daily-quote.set.channel': ['kanal', 'Wo es gepostet wird'],
    'settings.daily-quote.set.time': ['uhrzeit', 'Wann, als HH:MM in UTC ({{time}}, wenn leer)'],
    'settings.daily-quote.off': ['ausschalten', 'Kein Zitat des Tages mehr posten'],
    'settings.role': ['rolle', 'Die Rolle'],
    'settings.show': ['anzeigen', 'Die Einstellungen dieses Servers anzeigen'],
    sources: ['quellen', 'Die Dokumente, aus denen die Antworten dieses Servers stammen'],
    'who-said': [
      'wer-sagte',
      'Finde heraus, wer ein Zitat gesagt hat: ein paar Wörter genügen, auch mit Tippfehlern',
    ],
    'who-said.quote': ['zitat', 'Ein Teil des Zitats, so wie du es in Erinnerung hast'],
    'who-said-this': ['Wer hat das gesagt?'],
    since: ['seit', 'Nur Dokumente ab diesem Tag (JJJJ-MM-TT)'],
    until: ['bis', 'Nur Dokumente bis zu diesem Tag (JJJJ-MM-TT)'],
    hide: ['verbergen', 'Die Antwort nur dir zeigen'],
  },
} as const;
