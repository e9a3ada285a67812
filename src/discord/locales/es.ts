import type { Translation } from '../i18n.ts';

/** Spanish (Spain and Latin America). Command names: lowercase, no spaces; menu names may have both. */
export default {
  text: {
    count: {
      quote_one: '{{count}} cita',
      quote_many: '{{count}} de citas',
      quote_other: '{{count}} citas',
      passage_one: '{{count}} pasaje',
      passage_many: '{{count}} de pasajes',
      passage_other: '{{count}} pasajes',
      person_one: '{{count}} persona',
      person_many: '{{count}} de personas',
      person_other: '{{count}} personas',
      paragraph_one: '{{count}} párrafo',
      paragraph_many: '{{count}} de párrafos',
      paragraph_other: '{{count}} párrafos',
      document_one: '{{count}} documento',
      document_many: '{{count}} de documentos',
      document_other: '{{count}} documentos',
      undatedDocument_one: '{{count}} documento sin fecha',
      undatedDocument_many: '{{count}} de documentos sin fecha',
      undatedDocument_other: '{{count}} documentos sin fecha',
    },
    common: {
      mentionHelp:
        'Pregúntame «quién dijo …» con unas palabras de una cita, o cualquier pregunta sobre los documentos.',
      source: 'Fuente',
      previous: '◀ Anterior',
      next: 'Siguiente ▶',
      andMore: '…y {{n}} más',
      page: 'Página {{page}} de {{pages}} · {{total}}',
      notQuoted:
        'Aquí no se cita a nadie llamado «{{speaker}}». Elige un nombre de la lista mientras escribes.',
      nobodyQuoted:
        'Todavía no se cita a nadie en los documentos de aquí. Un moderador puede añadir algunos con `/documento añadir`.',
    },
    router: {
      ourFault: 'Algo salió mal por nuestra parte al responder. Vuelve a intentarlo en un momento.',
      busy: 'Estoy respondiendo a mucha gente ahora mismo. Vuelve a intentarlo en unos segundos.',
      rateLimited: 'Vas un poco rápido. Vuelve a intentarlo en {{seconds}} s.',
      unavailable: 'Este comando ya no está disponible. Actualiza Discord y vuelve a intentarlo.',
      notModerator:
        'Solo los moderadores (Gestionar servidor, o un rol de moderador) pueden cambiar los documentos. Pídele a uno que lo añada.',
      notManager: 'Solo los miembros con «Gestionar servidor» pueden cambiar los ajustes de este servidor.',
      notInServer: 'Los documentos se gestionan dentro de un servidor, no en mensajes directos.',
    },
    store: {
      duplicate: 'Ese documento ya está aquí, así que no se ha vuelto a añadir.',
      duplicateOf: 'Ese documento ya está aquí, así que no se ha vuelto a añadir. Es `{{id}}`.',
      not_found: 'Aquí no hay ningún documento con ese id. Elige uno de la lista mientras escribes.',
      read_only:
        'Ahora mismo no se pueden añadir ni quitar documentos: el almacenamiento del bot es de solo lectura. Avisa a quien gestione el bot.',
      disk_full:
        'El almacenamiento del bot está lleno, así que no se ha cambiado nada. Avisa a quien gestione el bot.',
      corrupt:
        'El almacenamiento del bot necesita una reparación, así que no se ha cambiado nada. Avisa a quien gestione el bot.',
      busy: 'El bot está guardando otros documentos. Vuelve a intentarlo en un momento.',
      incompatible:
        'El almacenamiento del bot necesita una actualización, así que no se ha cambiado nada. Avisa a quien gestione el bot.',
      unavailable:
        'Ahora mismo no se puede acceder al almacenamiento del bot. Inténtalo más tarde o avisa a quien gestione el bot.',
      io: 'El almacenamiento del bot ha dado un error, así que no se ha cambiado nada. Vuelve a intentarlo en un momento.',
    },
    whoSaid: {
      tooShort:
        'Es demasiado corto para encontrar una cita: pega unas cuantas palabras, las erratas no importan.',
      noMatchTitle: 'Sin coincidencias',
      noMatch:
        'No he encontrado «{{query}}» en ningún documento de aquí.\nPrueba con una parte más corta y característica de la cita, revisa la ortografía o busca por tema con `/preguntar`.',
      notCredited: 'No se atribuye a nadie',
      alsoClose: 'También parecida: {{speaker}}',
      author: 'Quién lo dijo',
      authorNotCredited: 'Encontrada, pero sin atribuir',
      footer: 'Coincidencia del {{percent}} % · palabras encontradas en negrita',
      footerNotCredited: 'El documento contiene estas palabras, pero no dice quién las dijo.',
      emptyMessage: 'Ese mensaje no tiene texto que buscar. Prueba mejor `/quién-lo-dijo` con las palabras.',
    },
    ask: {
      nothingFoundTitle: 'No se encontró nada',
      nothingFound:
        'Ningún pasaje responde a «{{query}}». Prueba con otras palabras, o con `/fuentes` para ver qué contiene el corpus.',
      title: 'P: {{query}}',
      expired: 'Estos resultados han caducado. Vuelve a ejecutar `/preguntar`.',
    },
    quotes: {
      quoted: 'Cita directa',
      reported: 'Cita indirecta',
      expired: 'Estos resultados han caducado. Vuelve a ejecutar `/citas`.',
      ambiguous: '«{{typed}}» podría ser {{names}}. Elige uno de la lista mientras escribes.',
      noneInRange:
        'Aquí se cita a {{name}}, pero en ningún documento de esas fechas. Amplía `desde:` o `hasta:`.',
      choice: '{{name}} · {{quotes}}',
      choiceWithRole: '{{name}} ({{role}}) · {{quotes}}',
    },
    dates: {
      badSince: '`desde:` debe ser un día escrito AAAA-MM-DD, como 2022-03-04; «{{typed}}» no lo es.',
      badUntil: '`hasta:` debe ser un día escrito AAAA-MM-DD, como 2022-03-04; «{{typed}}» no lo es.',
      backwards:
        '`desde: {{since}}` es posterior a `hasta: {{until}}`: no puede haber nada en medio. Intercámbialas.',
      between: 'Documentos fechados del {{since}} al {{until}}',
      since: 'Documentos fechados el {{since}} o después',
      until: 'Documentos fechados el {{until}} o antes',
      undated: '{{documents}} fuera',
    },
    sources: {
      empty: 'El corpus de aquí está vacío. Un moderador puede añadir documentos con `/documento añadir`.',
      title: 'Fuentes ({{n}})',
      everywhere: 'en todas partes',
    },
    random: {
      author: 'Una cita al azar',
      dailyAuthor: 'Cita del día',
      footer: 'Una de {{quotes}}',
      another: 'Otra',
      noneInRange: 'Ninguna cita de aquí viene de un documento de esas fechas. Amplía `desde:` o `hasta:`.',
      expired: 'Esta cita al azar ha caducado. Vuelve a ejecutar `/cita-al-azar`.',
    },
    people: {
      title: 'Las personas más citadas',
      line: '**{{n}}. {{name}}** — {{quotes}} en {{documents}}',
      lineWithRole: '**{{n}}. {{name}}**, {{role}} — {{quotes}} en {{documents}}',
      footer: 'Página {{page}} de {{pages}} · {{people}} · el botón de un nombre muestra sus citas',
      expired: 'Esta lista ha caducado. Vuelve a ejecutar `/personas`.',
      gone: 'A esa persona ya no se la cita aquí. Vuelve a ejecutar `/personas`.',
    },
    document: {
      added: 'Añadido: {{title}}',
      people: 'Personas: {{people}}',
      noPeople: 'No se encontraron personas.',
      id: 'Id: `{{id}}`',
      examples: 'Algunas atribuciones, para comprobarlas de un vistazo',
      noExamples: 'No se encontraron citas atribuidas',
      article: 'Se tomó el artículo de la página: menús, banners y enlaces fuera.',
      articleBy: 'Se tomó el artículo de la página (de {{byline}}): menús, banners y enlaces fuera.',
      wholePage:
        'No se encontró ningún artículo en la página, así que se conservó todo su texto, menús y enlaces incluidos. Revisa los párrafos o añade el artículo como archivo .txt.',
      removed: 'Se quitó «{{title}}». Ya no aparece en las respuestas de aquí.',
      listLine: '`{{id}}` **{{title}}** — {{quotes}}, añadido el {{added}}',
      listEmpty: 'Todavía no se ha añadido ningún documento aquí. Añade uno con `/documento añadir`.',
      listTitle: 'Los documentos de este servidor ({{n}})',
      badSource:
        'La fuente debe ser un enlace web que empiece por https:// (o http://). Corrígela y vuelve a intentarlo.',
      formExpired: 'Este formulario ya no es válido. Vuelve a ejecutar `/documento añadir`.',
      formTitle: 'Añadir un documento',
      formFieldTitle: 'Título',
      formFieldSource: 'Enlace a la fuente (opcional)',
      formFieldDate: 'Fecha de publicación (AAAA-MM-DD, opcional)',
      formFieldText: 'Texto (un párrafo por línea)',
    },
    attachment: {
      notFromDiscord:
        '«{{name}}» no viene de Discord, así que no lo voy a descargar. Adjunta el propio archivo.',
      tooBig: '«{{name}}» ocupa {{size}}; el límite es {{limit}}. Divídelo o recórtalo.',
      downloadFailed: 'No he podido descargar «{{name}}». Prueba a adjuntarlo otra vez.',
      downloadStatus: 'No he podido descargar «{{name}}» (HTTP {{status}}). Vuelve a intentarlo.',
    },
    exchange: {
      tooBig:
        'La exportación de este servidor ocupa {{size}}, más que el límite de {{limit}} de Discord para adjuntos. Expórtala desde la línea de comandos: `export --guild {{guild}}`.',
      exported:
        'Los {{documents}} de este servidor, con su texto, metadatos y atribuciones. Llévalos a un servidor con `/documento importar`.',
      skipped: 'Omitido, ya estaba aquí: **{{title}}** (`{{id}}`)',
      refused: 'Rechazado, documento {{position}}: {{reason}}',
      refusedTitled: 'Rechazado, documento {{position}} **{{title}}**: {{reason}}',
      summary: '{{added}} añadidos · {{skipped}} omitidos por duplicados · {{refused}} rechazados',
      recomputed:
        'Atribuciones recalculadas para {{documents}}: las del archivo no coincidían con lo que encuentra esta versión.',
      title: 'Importación terminada',
    },
    intake: {
      unsupported_type: '«{{name}}» no es un tipo de archivo admitido. Adjunta un archivo {{types}}.',
      file_too_big: '«{{name}}» ocupa {{size}}; el límite es {{limit}}. Divídelo o recórtalo.',
      not_utf8: '«{{name}}» no es texto UTF-8. Guárdalo como UTF-8 y vuelve a intentarlo.',
      binary_file: '«{{name}}» parece un archivo binario, no texto.',
      empty: 'El documento está vacío. Pega o adjunta algo de texto.',
      binary_text: 'El texto contiene datos binarios. Pega texto sin formato.',
      no_title: 'El título está vacío. Ponle un título al documento.',
      title_too_long: 'El título tiene {{length}} caracteres; no pases de {{max}}.',
      source_too_long: 'La fuente tiene {{length}} caracteres; no pases de {{max}}.',
      bad_source: 'La fuente debe ser un enlace http(s), p. ej. https://example.com/article.',
      bad_date: '«{{date}}» no es una fecha. Escríbela como AAAA-MM-DD, p. ej. 2022-03-04.',
      import_too_big:
        'El archivo ocupa {{size}}; el límite es {{limit}}. Exporta menos documentos o impórtalo desde la línea de comandos.',
      not_json:
        'Eso no es una exportación de Verbatim: no es texto JSON. Adjunta el archivo que creó `/documento exportar`.',
      not_export: 'Eso no es una exportación de Verbatim. Adjunta el archivo que creó `/documento exportar`.',
      no_version: 'La exportación no tiene una versión de formato válida. Vuelve a exportarla.',
      newer_version:
        'La exportación tiene el formato versión {{version}}, creado por un Verbatim más nuevo; este lee la versión {{readable}}. Actualiza antes el bot.',
      no_documents: 'La exportación no tiene lista de documentos. Vuelve a exportarla.',
      entry_not_document: 'No es un documento.',
      entry_no_title: 'No tiene título.',
      entry_no_text: 'No tiene texto.',
      entry_source_not_text: 'Su fuente no es texto.',
      entry_date_not_text: 'Su fecha no es texto.',
      entry_bad_language: 'Su idioma no es una etiqueta de idioma como «en».',
      entry_too_big: 'Su texto ocupa {{size}}; el límite es {{limit}}.',
      entry_bad_paragraphs: 'Sus párrafos no coinciden con su texto.',
      duplicate_text: 'Este texto ya está en el corpus como «{{title}}» (id {{id}}).',
      seed_document: 'Es un documento de base: viene con el bot y no se puede quitar.',
      folder_corpus: 'Este corpus se lee de una carpeta; no se le pueden añadir ni quitar documentos.',
      read_only_import:
        'Aquí no se pueden añadir documentos: el corpus es de solo lectura o se lee de una carpeta.',
      no_store_export: 'Aquí no hay almacén de documentos desde el que exportar.',
      no_settings_store:
        'Aquí no se pueden cambiar los ajustes: no hay almacenamiento con permiso de escritura.',
    },
    settings: {
      title: 'Ajustes de Verbatim',
      added: '{{role}} es un rol de moderador aquí: sus miembros pueden añadir y quitar documentos.',
      howToShow:
        'Para que sus miembros vean `/documento`, un administrador abre **Ajustes del servidor → Integraciones → Verbatim**, elige `/documento` y, en **Roles y miembros**, añade {{role}}. Hasta entonces, Discord solo muestra el comando a los miembros con «Gestionar servidor».',
      removed:
        '{{role}} no es un rol de moderador aquí. Si lo añadiste a `/documento` en Integraciones, quítalo también allí.',
      none: 'ninguno',
      ownRoles: 'Roles de moderador en este servidor',
      everywhere: 'Moderadores en todas partes',
      managers: 'Miembros con «Gestionar servidor»',
      managersAndRoles: 'Miembros con «Gestionar servidor», y {{roles}} (MODERATOR_ROLE_IDS)',
      badTime: '«{{typed}}» no es una hora. Escríbela como HH:MM en UTC, por ejemplo `09:00` o `18:30`.',
    },
  },
  commands: {
    'add-to-corpus': ['Añadir al corpus'],
    ask: ['preguntar', 'Haz una pregunta y recibe los mejores pasajes citados de los documentos'],
    'ask.question': ['pregunta', 'Lo que quieres saber, p. ej. ¿qué dijo Peskov sobre la unidad?'],
    document: ['documento', 'Añadir, quitar o listar los documentos de este servidor (moderadores)'],
    'document.add': ['añadir', 'Añadir un documento: adjunta un archivo .txt, .md o .html, o pega texto'],
    'document.add.file': ['archivo', 'Un archivo .txt, .md o .html'],
    'document.add.title': ['título', 'Título (por defecto: el nombre del archivo)'],
    'document.add.source': ['fuente', 'Enlace al artículo original'],
    'document.add.date': ['fecha', 'Fecha de publicación, AAAA-MM-DD'],
    'document.remove': ['quitar', 'Quitar un documento de este servidor'],
    'document.remove.document': ['documento', 'Empieza a escribir un título'],
    'document.list': ['lista', 'Listar los documentos de este servidor con sus ids'],
    'document.export': [
      'exportar',
      'Descargar los documentos de este servidor como JSON (texto, metadatos, atribuciones)',
    ],
    'document.import': ['importar', 'Añadir los documentos de un JSON creado con /documento exportar'],
    'document.import.file': ['archivo', 'El archivo .json que creó /documento exportar'],
    people: ['personas', 'Las personas más citadas en los documentos, con sus cargos y cifras'],
    'people.page': ['página', 'Qué página (de {{size}}) mostrar primero'],
    quotes: ['citas', 'Lo que dijo una persona en los documentos'],
    'quotes.speaker': ['persona', 'Empieza a escribir un nombre'],
    'random-quote': ['cita-al-azar', 'Una cita al azar de los documentos, con quién la dijo y dónde'],
    'random-quote.speaker': ['persona', 'Solo citas de esta persona: empieza a escribir un nombre'],
    settings: ['ajustes', 'Los ajustes de Verbatim de este servidor (Gestionar servidor)'],
    'settings.moderator-role': [
      'rol-moderador',
      'Roles cuyos miembros pueden añadir y quitar documentos aquí',
    ],
    'settings.moderator-role.add': [
      'añadir',
      'Permitir a los miembros de este rol añadir y quitar documentos',
    ],
    'settings.moderator-role.remove': [
      'quitar',
      'Dejar de permitir a los miembros de este rol añadir y quitar documentos',
    ],
    'settings.role': ['rol', 'El rol'],
    'settings.show': ['mostrar', 'Mostrar los ajustes de este servidor'],
    sources: ['fuentes', 'Los documentos de los que salen las respuestas de este servidor'],
    'who-said': [
      'quién-lo-dijo',
      'Averigua quién dijo una cita: pega unas palabras, las erratas no importan',
    ],
    'who-said.quote': ['cita', 'Parte de la cita, tal como la recuerdas'],
    'who-said-this': ['¿Quién dijo esto?'],
    since: ['desde', 'Solo documentos fechados ese día o después (AAAA-MM-DD)'],
    until: ['hasta', 'Solo documentos fechados ese día o antes (AAAA-MM-DD)'],
    hide: ['ocultar', 'Mostrar la respuesta solo a ti'],
  },
} as const satisfies Translation;
