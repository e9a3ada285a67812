import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  InteractionContextType,
  ModalBuilder,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { MAX_SOURCE_LENGTH, MAX_TITLE_LENGTH, type UploadedText } from '../src/corpus/intake.ts';
import { ownTitle } from '../src/corpus/load.ts';
import { defineCommand } from '../src/discord/command.ts';
import { exportReply, importReply } from '../src/discord/exchange.ts';
import { localized, type Translate } from '../src/discord/i18n.ts';
import { downloadAttachment, readAttachment } from '../src/discord/intake.ts';
import { DISCORD_LIMITS } from '../src/discord/limits.ts';
import { documentAddedReply, joinWithin, notice, reply } from '../src/discord/render.ts';
import { UserError } from '../src/discord/router.ts';
import { escapeForDiscord, truncate } from '../src/discord/text.ts';
import { exportCorpus, importCorpus } from '../src/library/exchange.ts';
import { isWebLink } from '../src/text/web-link.ts';

export default defineCommand({
  moderatorsOnly: true,
  guildOnly: true,
  data: {
    name: 'document',
    description: 'Add, remove or list this server’s documents (moderators)',
    ...localized('document'),
    // Discord shows the command only to members with Manage Server; the router checks again.
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    contexts: [InteractionContextType.Guild],
    options: [
      {
        name: 'add',
        description: 'Add a document: attach a .txt, .md or .html file, or paste text in a form',
        ...localized('document.add'),
        type: ApplicationCommandOptionType.Subcommand,
        options: [
          {
            name: 'file',
            description: 'A .txt, .md or .html file',
            ...localized('document.add.file'),
            type: ApplicationCommandOptionType.Attachment,
          },
          {
            name: 'title',
            description: 'Title (default: the file name)',
            ...localized('document.add.title'),
            type: ApplicationCommandOptionType.String,
            max_length: MAX_TITLE_LENGTH,
          },
          {
            name: 'source',
            description: 'Link to the original article',
            ...localized('document.add.source'),
            type: ApplicationCommandOptionType.String,
            max_length: MAX_SOURCE_LENGTH,
          },
          {
            name: 'date',
            description: 'Publication date, YYYY-MM-DD',
            ...localized('document.add.date'),
            type: ApplicationCommandOptionType.String,
            max_length: 10,
          },
        ],
      },
      {
        name: 'remove',
        description: 'Remove a document from this server',
        ...localized('document.remove'),
        type: ApplicationCommandOptionType.Subcommand,
        options: [
          {
            name: 'document',
            description: 'Start typing a title',
            ...localized('document.remove.document'),
            type: ApplicationCommandOptionType.String,
            required: true,
            autocomplete: true,
          },
        ],
      },
      {
        name: 'list',
        description: 'List this server’s documents with their ids',
        ...localized('document.list'),
        type: ApplicationCommandOptionType.Subcommand,
      },
      {
        name: 'export',
        description: 'Download this server’s documents as a JSON file (text, metadata, attributions)',
        ...localized('document.export'),
        type: ApplicationCommandOptionType.Subcommand,
      },
      {
        name: 'import',
        description: 'Add the documents of a JSON file made by /document export',
        ...localized('document.import'),
        type: ApplicationCommandOptionType.Subcommand,
        options: [
          {
            name: 'file',
            description: 'The .json file /document export made',
            ...localized('document.import.file'),
            type: ApplicationCommandOptionType.Attachment,
            required: true,
          },
        ],
      },
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(interaction, options, { library, config, respond, guild, actor, localDiscord, t }) {
    switch (options.subcommand) {
      case 'add': {
        if (!options.file) {
          await respond.showModal(pasteForm(t, options.title, options.source, options.date));
          return;
        }
        checkSource(options.source);
        await respond.defer({ ephemeral: true });
        const upload = await readAttachment(options.file, config.maxDocumentBytes, localDiscord);
        // As the CLI does: a first line that reads as a title ("# Harbour report") names the document.
        const own = (options.title ?? upload.title) ? null : ownTitle(upload.text);
        const title =
          options.title ?? upload.title ?? own?.title ?? options.file.name.replace(/\.[^.]+$/, '');
        const entry = await library.add(
          own?.text ?? upload.text,
          { title, source: options.source ?? upload.source, date: options.date ?? upload.date, guild },
          actor,
        );
        await respond.send(documentAddedReply(t, entry, extractionNote(t, upload)));
        return;
      }
      case 'remove': {
        const title = await library.remove(options.document, guild, actor);
        await respond.send(notice(t('document.removed', { title: escapeForDiscord(title) })));
        return;
      }
      case 'export': {
        await respond.defer({ ephemeral: true });
        const file = await exportCorpus(library, guild);
        await respond.send(exportReply(t, file, interaction.attachmentSizeLimit));
        return;
      }
      case 'import': {
        await respond.defer({ ephemeral: true });
        const maxFileBytes = interaction.attachmentSizeLimit;
        const bytes = await downloadAttachment(options.file, maxFileBytes, localDiscord);
        const limits = { maxFileBytes, maxDocumentBytes: config.maxDocumentBytes };
        await respond.send(importReply(t, await importCorpus(library, bytes, guild, actor, limits)));
        return;
      }
      case 'list': {
        const own = (await library.list(guild)).filter((d) => d.guild === guild);
        const lines = own.map((d) =>
          t('document.listLine', {
            id: d.id,
            title: escapeForDiscord(truncate(d.title, 100)),
            quotes: t('count.quote', { count: d.quotes }),
            added: d.addedAt?.slice(0, 10) ?? '?',
          }),
        );
        const description =
          own.length === 0 ? t('document.listEmpty') : joinWithin(t, lines, 4000, own.length);
        await respond.send(
          reply(
            { embeds: [{ title: t('document.listTitle', { n: own.length }), description }] },
            { ephemeral: true },
          ),
        );
        return;
      }
    }
  },

  async autocomplete(interaction, { library, guild }) {
    const choices = library
      .documentChoices(interaction.options.getFocused(), { guild }, DISCORD_LIMITS.autocompleteChoices, {
        ownOnly: true,
      })
      .map((d) => ({ name: truncate(`${d.title} (${d.id})`, DISCORD_LIMITS.choiceName), value: d.id }));
    await interaction.respond(choices);
  },

  async modalSubmit(interaction, [action], { library, respond, guild, actor, t }) {
    if (action !== 'add') throw new UserError('document.formExpired');
    const field = (id: string) => interaction.fields.getTextInputValue(id).trim() || null;
    checkSource(field('source'));
    await respond.defer({ ephemeral: true });
    const entry = await library.add(
      field('text') ?? '',
      { title: field('title') ?? 'Untitled', source: field('source'), date: field('date'), guild },
      actor,
    );
    await respond.send(documentAddedReply(t, entry));
  },
});

/** A source a citation can link to, or none: anything else is refused before the document is stored. */
function checkSource(source: string | null): void {
  if (source !== null && !isWebLink(source)) throw new UserError('document.badSource');
}

/** What became of an uploaded HTML page, for the add reply; null for a text file. */
function extractionNote(t: Translate, upload: UploadedText): string | null {
  if (upload.extraction === 'article')
    return upload.byline ? t('document.articleBy', { byline: upload.byline }) : t('document.article');
  return upload.extraction === 'whole page' ? t('document.wholePage') : null;
}

function textInput(
  customId: string,
  label: string,
  style: TextInputStyle,
  options: { required: boolean; maxLength: number; value?: string | null; placeholder?: string },
) {
  const input = new TextInputBuilder()
    .setCustomId(customId)
    .setLabel(label)
    .setStyle(style)
    .setRequired(options.required)
    .setMaxLength(options.maxLength);
  if (options.value) input.setValue(options.value);
  if (options.placeholder) input.setPlaceholder(options.placeholder);
  return new ActionRowBuilder<TextInputBuilder>().addComponents(input);
}

function pasteForm(
  t: Translate,
  title: string | null,
  source: string | null,
  date: string | null,
): ModalBuilder {
  return new ModalBuilder()
    .setCustomId('document:add')
    .setTitle(t('document.formTitle'))
    .addComponents(
      textInput('title', t('document.formFieldTitle'), TextInputStyle.Short, {
        required: true,
        maxLength: MAX_TITLE_LENGTH,
        value: title,
      }),
      textInput('source', t('document.formFieldSource'), TextInputStyle.Short, {
        required: false,
        maxLength: MAX_SOURCE_LENGTH,
        value: source,
      }),
      textInput('date', t('document.formFieldDate'), TextInputStyle.Short, {
        required: false,
        maxLength: 10,
        value: date,
        placeholder: '2022-03-04',
      }),
      textInput('text', t('document.formFieldText'), TextInputStyle.Paragraph, {
        required: true,
        maxLength: DISCORD_LIMITS.textInputValue,
      }),
    );
}
