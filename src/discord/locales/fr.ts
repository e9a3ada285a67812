import type { Translation } from '../i18n.ts';

/** French. Command names: lowercase, no spaces (Discord's rule); menu names may have both. */
export default {
  text: {
    count: {
      quote_one: '{{count}} citation',
      quote_many: '{{count}} de citations',
      quote_other: '{{count}} citations',
      passage_one: '{{count}} passage',
      passage_many: '{{count}} de passages',
      passage_other: '{{count}} passages',
      person_one: '{{count}} personne',
      person_many: '{{count}} de personnes',
      person_other: '{{count}} personnes',
      paragraph_one: '{{count}} paragraphe',
      paragraph_many: '{{count}} de paragraphes',
      paragraph_other: '{{count}} paragraphes',
      document_one: '{{count}} document',
      document_many: '{{count}} de documents',
      document_other: '{{count}} documents',
      undatedDocument_one: '{{count}} document non daté',
      undatedDocument_many: '{{count}} de documents non datés',
      undatedDocument_other: '{{count}} documents non datés',
    },
    common: {
      mentionHelp:
        'Demandez-moi « qui a dit … » avec quelques mots d’une citation, ou posez une question sur les documents.',
      source: 'Source',
      previous: '◀ Précédent',
      next: 'Suivant ▶',
      andMore: '…et {{n}} de plus',
      page: 'Page {{page}} sur {{pages}} · {{total}}',
      notQuoted:
        'Personne du nom de « {{speaker}} » n’est cité ici. Choisissez un nom dans la liste pendant la saisie.',
      nobodyQuoted:
        'Personne n’est encore cité dans les documents d’ici. Un modérateur peut en ajouter avec `/document ajouter`.',
    },
    router: {
      ourFault: 'Un problème est survenu de notre côté pendant la réponse. Réessayez dans un instant.',
      busy: 'Je réponds à beaucoup de monde en ce moment. Réessayez dans quelques secondes.',
      rateLimited: 'Vous allez un peu vite. Réessayez dans {{seconds}} s.',
      unavailable: 'Cette commande n’existe plus. Actualisez Discord et réessayez.',
      notModerator:
        'Seuls les modérateurs (Gérer le serveur, ou un rôle de modérateur) peuvent modifier les documents. Demandez à l’un d’eux de l’ajouter.',
      notManager:
        'Seuls les membres ayant « Gérer le serveur » peuvent modifier les paramètres de ce serveur.',
      notInServer: 'Les documents se gèrent dans un serveur, pas en messages privés.',
    },
    store: {
      duplicate: 'Ce document est déjà là, il n’a donc pas été ajouté une seconde fois.',
      duplicateOf: 'Ce document est déjà là, il n’a donc pas été ajouté une seconde fois. C’est `{{id}}`.',
      not_found:
        'Il n’y a pas de document avec cet identifiant ici. Choisissez-en un dans la liste pendant la saisie.',
      read_only:
        'Impossible d’ajouter ou de retirer des documents pour l’instant : le stockage du bot est en lecture seule. Prévenez la personne qui gère le bot.',
      disk_full:
        'Le stockage du bot est plein, rien n’a donc été modifié. Prévenez la personne qui gère le bot.',
      corrupt:
        'Le stockage du bot doit être réparé, rien n’a donc été modifié. Prévenez la personne qui gère le bot.',
      busy: 'Le bot enregistre d’autres documents. Réessayez dans un instant.',
      incompatible:
        'Le stockage du bot doit être mis à niveau, rien n’a donc été modifié. Prévenez la personne qui gère le bot.',
      unavailable:
        'Le stockage du bot est injoignable pour l’instant. Réessayez plus tard, ou prévenez la personne qui gère le bot.',
      io: 'Le stockage du bot a signalé une erreur, rien n’a donc été modifié. Réessayez dans un instant.',
    },
    whoSaid: {
      tooShort:
        'C’est trop court pour retrouver une citation : collez-en quelques mots, les fautes de frappe ne posent pas de problème.',
      noMatchTitle: 'Aucun résultat',
      noMatch:
        'Je n’ai trouvé « {{query}} » dans aucun document ici.\nEssayez un passage plus court et caractéristique de la citation, vérifiez l’orthographe, ou cherchez par sujet avec `/demander`.',
      notCredited: 'Attribué à personne',
      alsoClose: 'Proche aussi : {{speaker}}',
      author: 'Qui l’a dit',
      authorNotCredited: 'Trouvé, mais sans auteur',
      footer: 'Correspondance {{percent}} % · mots trouvés en gras',
      footerNotCredited: 'Le document contient ces mots mais ne dit pas qui les a prononcés.',
      emptyMessage: 'Ce message n’a pas de texte à rechercher. Essayez plutôt `/qui-a-dit` avec les mots.',
    },
    ask: {
      nothingFoundTitle: 'Rien trouvé',
      nothingFound:
        'Aucun passage ne répond à « {{query}} ». Essayez d’autres mots, ou `/sources` pour voir ce que contient le corpus.',
      title: 'Q : {{query}}',
      expired: 'Ces résultats ont expiré. Relancez `/demander`.',
    },
    quotes: {
      quoted: 'Cité',
      reported: 'Rapporté',
      expired: 'Ces résultats ont expiré. Relancez `/citations`.',
      ambiguous: '« {{typed}} » peut désigner {{names}}. Choisissez dans la liste pendant la saisie.',
      noneInRange:
        '{{name}} est cité ici, mais dans aucun document de cette période. Élargissez `depuis:` ou `jusqu-au:`.',
      choice: '{{name}} · {{quotes}}',
      choiceWithRole: '{{name}} ({{role}}) · {{quotes}}',
    },
    dates: {
      badSince:
        '`depuis:` doit être un jour au format AAAA-MM-JJ, comme 2022-03-04 ; « {{typed}} » n’en est pas un.',
      badUntil:
        '`jusqu-au:` doit être un jour au format AAAA-MM-JJ, comme 2022-03-04 ; « {{typed}} » n’en est pas un.',
      backwards:
        '`depuis: {{since}}` est après `jusqu-au: {{until}}` : rien ne peut se trouver entre les deux. Inversez-les.',
      between: 'Documents datés du {{since}} au {{until}}',
      since: 'Documents datés du {{since}} ou après',
      until: 'Documents datés du {{until}} ou avant',
      undated: '{{documents}} laissés de côté',
    },
    sources: {
      empty: 'Le corpus d’ici est vide. Un modérateur peut ajouter des documents avec `/document ajouter`.',
      title: 'Sources ({{n}})',
      everywhere: 'partout',
    },
    random: {
      author: 'Une citation au hasard',
      dailyAuthor: 'Citation du jour',
      footer: 'Parmi {{quotes}}',
      another: 'Une autre',
      noneInRange:
        'Aucune citation d’ici ne vient d’un document de cette période. Élargissez `depuis:` ou `jusqu-au:`.',
      expired: 'Cette citation au hasard a expiré. Relancez `/citation-au-hasard`.',
    },
    people: {
      title: 'Les personnes les plus citées',
      line: '**{{n}}. {{name}}** — {{quotes}} dans {{documents}}',
      lineWithRole: '**{{n}}. {{name}}**, {{role}} — {{quotes}} dans {{documents}}',
      footer: 'Page {{page}} sur {{pages}} · {{people}} · le bouton d’un nom affiche ses citations',
      expired: 'Cette liste a expiré. Relancez `/personnes`.',
      gone: 'Cette personne n’est plus citée ici. Relancez `/personnes`.',
    },
    document: {
      added: 'Ajouté : {{title}}',
      people: 'Personnes : {{people}}',
      noPeople: 'Aucune personne trouvée.',
      id: 'Identifiant : `{{id}}`',
      examples: 'Quelques attributions, à vérifier d’un coup d’œil',
      noExamples: 'Aucune citation attribuée trouvée',
      article: 'Article extrait de la page : menus, bannières et liens laissés de côté.',
      articleBy: 'Article extrait de la page (par {{byline}}) : menus, bannières et liens laissés de côté.',
      wholePage:
        'Aucun article trouvé dans la page : tout son texte a été gardé, menus et liens compris. Vérifiez les paragraphes, ou ajoutez l’article sous forme de fichier .txt.',
      removed: '« {{title}} » a été retiré. Il n’apparaît plus dans les réponses ici.',
      listLine: '`{{id}}` **{{title}}** — {{quotes}}, ajouté le {{added}}',
      listEmpty: 'Aucun document ajouté ici pour l’instant. Ajoutez-en un avec `/document ajouter`.',
      listTitle: 'Les documents de ce serveur ({{n}})',
      badSource:
        'La source doit être un lien web commençant par https:// (ou http://). Corrigez-la et réessayez.',
      formExpired: 'Ce formulaire n’est plus valide. Relancez `/document ajouter`.',
      formTitle: 'Ajouter un document',
      formFieldTitle: 'Titre',
      formFieldSource: 'Lien de la source (facultatif)',
      formFieldDate: 'Date de publication (AAAA-MM-JJ, facultatif)',
      formFieldText: 'Texte (un paragraphe par ligne)',
    },
    attachment: {
      notFromDiscord:
        '« {{name}} » ne vient pas de Discord, je ne le téléchargerai donc pas. Joignez le fichier lui-même.',
      tooBig: '« {{name}} » fait {{size}} ; la limite est de {{limit}}. Découpez-le ou raccourcissez-le.',
      downloadFailed: 'Je n’ai pas pu télécharger « {{name}} ». Essayez de le joindre à nouveau.',
      downloadStatus: 'Je n’ai pas pu télécharger « {{name}} » (HTTP {{status}}). Réessayez.',
    },
    exchange: {
      tooBig:
        'L’export de ce serveur fait {{size}}, plus que la limite de {{limit}} de Discord pour les pièces jointes. Exportez-le en ligne de commande : `export --guild {{guild}}`.',
      exported:
        'Les {{documents}} de ce serveur, avec leur texte, leurs métadonnées et leurs attributions. Importez-les dans un serveur avec `/document importer`.',
      skipped: 'Ignoré, déjà présent : **{{title}}** (`{{id}}`)',
      refused: 'Refusé, document {{position}} : {{reason}}',
      refusedTitled: 'Refusé, document {{position}} **{{title}}** : {{reason}}',
      summary: '{{added}} ajoutés · {{skipped}} ignorés comme doublons · {{refused}} refusés',
      recomputed:
        'Attributions recalculées pour {{documents}} : celles du fichier différaient de ce que trouve cette version.',
      title: 'Import terminé',
    },
    intake: {
      unsupported_type:
        '« {{name}} » n’est pas un type de fichier pris en charge. Joignez un fichier {{types}}.',
      file_too_big:
        '« {{name}} » fait {{size}} ; la limite est de {{limit}}. Découpez-le ou raccourcissez-le.',
      not_utf8: '« {{name}} » n’est pas du texte UTF-8. Enregistrez-le en UTF-8 et réessayez.',
      binary_file: '« {{name}} » ressemble à un fichier binaire, pas à du texte.',
      empty: 'Le document est vide. Collez ou joignez du texte.',
      binary_text: 'Le texte contient des données binaires. Collez du texte brut.',
      no_title: 'Le titre est vide. Donnez un titre au document.',
      title_too_long: 'Le titre fait {{length}} caractères ; restez sous {{max}}.',
      source_too_long: 'La source fait {{length}} caractères ; restez sous {{max}}.',
      bad_source: 'La source doit être un lien http(s), p. ex. https://example.com/article.',
      bad_date: '« {{date}} » n’est pas une date. Écrivez-la AAAA-MM-JJ, p. ex. 2022-03-04.',
      import_too_big:
        'Le fichier fait {{size}} ; la limite est de {{limit}}. Exportez moins de documents ou importez-le en ligne de commande.',
      not_json:
        'Ce n’est pas un export Verbatim : ce n’est pas du texte JSON. Joignez le fichier créé par `/document exporter`.',
      not_export: 'Ce n’est pas un export Verbatim. Joignez le fichier créé par `/document exporter`.',
      no_version: 'L’export n’a pas de version de format valide. Exportez-le à nouveau.',
      newer_version:
        'L’export est au format version {{version}}, créé par un Verbatim plus récent ; celui-ci lit la version {{readable}}. Mettez d’abord le bot à jour.',
      no_documents: 'L’export ne contient pas de liste de documents. Exportez-le à nouveau.',
      entry_not_document: 'Ce n’est pas un document.',
      entry_no_title: 'Il n’a pas de titre.',
      entry_no_text: 'Il n’a pas de texte.',
      entry_source_not_text: 'Sa source n’est pas du texte.',
      entry_date_not_text: 'Sa date n’est pas du texte.',
      entry_bad_language: 'Sa langue n’est pas un code de langue comme « en ».',
      entry_too_big: 'Son texte fait {{size}} ; la limite est de {{limit}}.',
      entry_bad_paragraphs: 'Ses paragraphes ne correspondent pas à son texte.',
      duplicate_text: 'Ce texte est déjà dans le corpus sous le titre « {{title}} » (identifiant {{id}}).',
      seed_document: 'C’est un document de base : il est fourni avec le bot et ne peut pas être retiré.',
      folder_corpus:
        'Ce corpus est lu depuis un dossier ; on ne peut ni y ajouter ni en retirer de documents.',
      read_only_import:
        'Impossible d’ajouter des documents ici : le corpus est en lecture seule ou lu depuis un dossier.',
      no_store_export: 'Il n’y a pas ici de stockage de documents depuis lequel exporter.',
      no_settings_store:
        'Les paramètres ne peuvent pas être modifiés ici : aucun stockage n’est accessible en écriture.',
    },
    settings: {
      title: 'Paramètres de Verbatim',
      added: '{{role}} est un rôle de modérateur ici : ses membres peuvent ajouter et retirer des documents.',
      howToShow:
        'Pour que ses membres voient `/document`, un administrateur ouvre **Paramètres du serveur → Intégrations → Verbatim**, choisit `/document` et, sous **Rôles et membres**, ajoute {{role}}. D’ici là, Discord ne montre la commande qu’aux membres ayant « Gérer le serveur ».',
      removed:
        '{{role}} n’est pas un rôle de modérateur ici. Si vous l’avez ajouté à `/document` dans les Intégrations, retirez-le aussi là-bas.',
      none: 'aucun',
      ownRoles: 'Rôles de modérateur de ce serveur',
      everywhere: 'Modérateurs partout',
      managers: 'Membres ayant « Gérer le serveur »',
      managersAndRoles: 'Membres ayant « Gérer le serveur », et {{roles}} (MODERATOR_ROLE_IDS)',
    },
    card: {
      button: 'Carte de citation',
      gone: 'Cette citation n’est plus dans les documents d’ici : il n’y a donc pas de carte à faire. Recherchez-la à nouveau.',
      description: 'Carte de citation : {{speaker}} : {{quote}}',
    },
    dailyQuote: {
      badTime:
        '« {{typed}} » n’est pas une heure. Indiquez-la au format HH:MM en UTC, comme `09:00` ou `18:30`.',
      set: 'Une citation du jour sera publiée dans {{channel}} chaque jour à {{time}} UTC, la première le {{first}}. Vérifiez que Verbatim peut voir ce salon, y envoyer des messages et y intégrer des liens.',
      off: 'La citation du jour est désactivée. Réactivez-la avec `/paramètres citation-du-jour définir`.',
      field: 'Citation du jour',
      none: 'Désactivée (`/paramètres citation-du-jour définir`)',
      schedule: '{{channel}}, chaque jour à {{time}} UTC',
      next: 'Prochaine le {{day}}',
      last: 'dernière publiée le {{day}}',
      unreachable:
        'Depuis le {{day}}, Verbatim ne peut pas y publier. Donnez-lui « Voir le salon », « Envoyer des messages » et « Intégrer des liens » dans ce salon (il réessaie chaque jour), ou choisissez-en un autre.',
    },
  },
  commands: {
    'add-to-corpus': ['Ajouter au corpus'],
    ask: ['demander', 'Posez une question ; obtenez les meilleurs passages sourcés des documents'],
    'ask.question': [
      'question',
      'Votre question, dans la langue des documents : what did Peskov say about unity?',
    ],
    document: ['document', 'Ajouter, retirer ou lister les documents de ce serveur (modérateurs)'],
    'document.add': [
      'ajouter',
      'Ajouter un document : joignez un fichier .txt, .md ou .html, ou collez du texte',
    ],
    'document.add.file': ['fichier', 'Un fichier .txt, .md ou .html'],
    'document.add.title': ['titre', 'Titre (par défaut : le nom du fichier)'],
    'document.add.source': ['source', 'Lien vers l’article d’origine'],
    'document.add.date': ['date', 'Date de publication, AAAA-MM-JJ'],
    'document.remove': ['retirer', 'Retirer un document de ce serveur'],
    'document.remove.document': ['document', 'Commencez à taper un titre'],
    'document.list': ['liste', 'Lister les documents de ce serveur avec leurs identifiants'],
    'document.export': [
      'exporter',
      'Télécharger les documents de ce serveur en JSON (texte, métadonnées, attributions)',
    ],
    'document.import': ['importer', 'Ajouter les documents d’un fichier JSON fait par /document exporter'],
    'document.import.file': ['fichier', 'Le fichier .json fait par /document exporter'],
    people: ['personnes', 'Les personnes les plus citées dans les documents, avec leur rôle et leur nombre'],
    'people.page': ['page', 'Quelle page (de {{size}}) afficher d’abord'],
    quotes: ['citations', 'Ce qu’une personne a dit dans les documents'],
    'quotes.speaker': ['personne', 'Commencez à taper un nom'],
    'random-quote': [
      'citation-au-hasard',
      'Une citation au hasard des documents, avec son auteur et sa source',
    ],
    'random-quote.speaker': ['personne', 'Seulement les citations de cette personne : tapez un nom'],
    settings: ['paramètres', 'Les paramètres Verbatim de ce serveur (Gérer le serveur)'],
    'settings.moderator-role': [
      'rôle-modérateur',
      'Les rôles dont les membres peuvent ajouter et retirer des documents ici',
    ],
    'settings.moderator-role.add': [
      'ajouter',
      'Permettre aux membres de ce rôle d’ajouter et de retirer des documents',
    ],
    'settings.moderator-role.remove': [
      'retirer',
      'Ne plus permettre aux membres de ce rôle de modifier les documents',
    ],
    'settings.daily-quote': [
      'citation-du-jour',
      'Une citation des documents publiée chaque jour dans un salon',
    ],
    'settings.daily-quote.set': ['définir', 'Publier une citation du jour dans ce salon, à cette heure'],
    'settings.daily-quote.set.channel': ['salon', 'Où la publier'],
    'settings.daily-quote.set.time': ['heure', 'Quand, au format HH:MM en UTC ({{time}} par défaut)'],
    'settings.daily-quote.off': ['désactiver', 'Ne plus publier de citation du jour'],
    'settings.role': ['rôle', 'Le rôle'],
    'settings.show': ['afficher', 'Afficher les paramètres de ce serveur'],
    sources: ['sources', 'Les documents dont viennent les réponses de ce serveur'],
    'who-said': ['qui-a-dit', 'Trouvez qui a dit une citation : collez-en quelques mots, les fautes passent'],
    'who-said.quote': ['citation', 'Une partie de la citation, telle que vous vous en souvenez'],
    'who-said-this': ['Qui a dit ça ?'],
    since: ['depuis', 'Seulement les documents datés de ce jour ou après (AAAA-MM-JJ)'],
    until: ['jusqu-au', 'Seulement les documents datés de ce jour ou avant (AAAA-MM-JJ)'],
    hide: ['masquer', 'Montrer la réponse à vous seul'],
  },
} as const satisfies Translation;
