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
import { extractionNote, MAX_SOURCE_LENGTH, MAX_TITLE_LENGTH } from '../src/corpus/intake.ts';
import { ownTitle } from '../src/corpus/load.ts';
import { defineCommand } from '../src/discord/command.ts';
import { exportReply, importReply } from '../src/discord/exchange.ts';
import { downloadAttachment, readAttachment } from '../src/discord/intake.ts';
import { DISCORD_LIMITS } from '../src/discord/limits.ts';
import { documentAddedReply, joinWithin, notice, reply } from '../src/discord/render.ts';
import { UserError } from '../src/discord/router.ts';
import { escapeForDiscord, truncate } from '../src/discord/text.ts';
import { exportCorpus, importCorpus } from '../src/library/exchange.ts';
import { count } from '../src/text/count.ts';
import { isWebLink } from '../src/text/web-link.ts';

export default defineCommand({
  moderatorsOnly: true,
  guildOnly: true,
  data: {
    name: 'document',
    description: 'Add, remove or list this server’s documents (moderators)',
    // Discord shows the command only to members with Manage Server; the router checks again.
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    contexts: [InteractionContextType.Guild],
    options: [
      {
        name: 'add',
        description: 'Add a document: attach a .txt, .md or .html file, or paste text in a form',
        type: ApplicationCommandOptionType.Subcommand,
        options: [
          {
            name: 'file',
            description: 'A .txt, .md or .html file',
            type: ApplicationCommandOptionType.Attachment,
          },
          {
            name: 'title',
            description: 'Title (default: the file name)',
            type: ApplicationCommandOptionType.String,
            max_length: MAX_TITLE_LENGTH,
          },
          {
            name: 'source',
            description: 'Link to the original article',
            type: ApplicationCommandOptionType.String,
            max_length: MAX_SOURCE_LENGTH,
          },
          {
            name: 'date',
            description: 'Publication date, YYYY-MM-DD',
            type: ApplicationCommandOptionType.String,
            max_length: 10,
          },
        ],
      },
      {
        name: 'remove',
        description: 'Remove a document from this server',
        type: ApplicationCommandOptionType.Subcommand,
        options: [
          {
            name: 'document',
            description: 'Start typing a title',
            type: ApplicationCommandOptionType.String,
            required: true,
            autocomplete: true,
          },
        ],
      },
      {
        name: 'list',
        description: 'List this server’s documents with their ids',
        type: ApplicationCommandOptionType.Subcommand,
      },
      {
        name: 'export',
        description: 'Download this server’s documents as a JSON file (text, metadata, attributions)',
        type: ApplicationCommandOptionType.Subcommand,
      },
      {
        name: 'import',
        description: 'Add the documents of a JSON file made by /document export',
        type: ApplicationCommandOptionType.Subcommand,
        options: [
          {
            name: 'file',
            description: 'The .json file /document export made',
            type: ApplicationCommandOptionType.Attachment,
            required: true,
          },
        ],
      },
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  async chatInput(interaction, options, { library, config, respond, guild, actor, localDiscord }) {
    switch (options.subcommand) {
      case 'add': {
        if (!options.file) {
          await respond.showModal(pasteForm(options.title, options.source, options.date));
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
        await respond.send(documentAddedReply(entry, extractionNote(upload)));
        return;
      }
      case 'remove': {
        const title = await library.remove(options.document, guild, actor);
        await respond.send(
          notice(`Removed “${escapeForDiscord(title)}”. It no longer appears in answers here.`),
        );
        return;
      }
      case 'export': {
        await respond.defer({ ephemeral: true });
        const file = await exportCorpus(library, guild);
        await respond.send(exportReply(file, interaction.attachmentSizeLimit));
        return;
      }
      case 'import': {
        await respond.defer({ ephemeral: true });
        const maxFileBytes = interaction.attachmentSizeLimit;
        const bytes = await downloadAttachment(options.file, maxFileBytes, localDiscord);
        const limits = { maxFileBytes, maxDocumentBytes: config.maxDocumentBytes };
        await respond.send(importReply(await importCorpus(library, bytes, guild, actor, limits)));
        return;
      }
      case 'list': {
        const own = (await library.list(guild)).filter((d) => d.guild === guild);
        const lines = own.map(
          (d) =>
            `\`${d.id}\` **${escapeForDiscord(truncate(d.title, 100))}** — ${count(d.quotes, 'quote')}, added ${d.addedAt?.slice(0, 10) ?? '?'}`,
        );
        const description =
          own.length === 0
            ? 'No documents added here yet. Add one with `/document add`.'
            : joinWithin(lines, 4000, own.length);
        await respond.send(
          reply(
            { embeds: [{ title: `This server’s documents (${own.length})`, description }] },
            { ephemeral: true },
          ),
        );
        return;
      }
    }
  },

  async autocomplete(interaction, { library, guild }) {
    const choices = library
      .documentChoices(interaction.options.getFocused(), { guild }, DISCORD_LIMITS.autocompleteChoices, true)
      .map((d) => ({ name: truncate(`${d.title} (${d.id})`, DISCORD_LIMITS.choiceName), value: d.id }));
    await interaction.respond(choices);
  },

  async modalSubmit(interaction, [action], { library, respond, guild, actor }) {
    if (action !== 'add') throw new UserError('This form is no longer valid. Run `/document add` again.');
    const field = (id: string) => interaction.fields.getTextInputValue(id).trim() || null;
    checkSource(field('source'));
    await respond.defer({ ephemeral: true });
    const entry = await library.add(
      field('text') ?? '',
      { title: field('title') ?? 'Untitled', source: field('source'), date: field('date'), guild },
      actor,
    );
    await respond.send(documentAddedReply(entry));
  },
});

/** A source a citation can link to, or none: anything else is refused before the document is stored. */
function checkSource(source: string | null): void {
  if (source !== null && !isWebLink(source))
    throw new UserError(
      'The source must be a web link starting with https:// (or http://). Fix it and try again.',
    );
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

function pasteForm(title: string | null, source: string | null, date: string | null): ModalBuilder {
  return new ModalBuilder()
    .setCustomId('document:add')
    .setTitle('Add a document')
    .addComponents(
      textInput('title', 'Title', TextInputStyle.Short, {
        required: true,
        maxLength: MAX_TITLE_LENGTH,
        value: title,
      }),
      textInput('source', 'Source link (optional)', TextInputStyle.Short, {
        required: false,
        maxLength: MAX_SOURCE_LENGTH,
        value: source,
      }),
      textInput('date', 'Publication date (YYYY-MM-DD, optional)', TextInputStyle.Short, {
        required: false,
        maxLength: 10,
        value: date,
        placeholder: '2022-03-04',
      }),
      textInput('text', 'Text (one paragraph per line)', TextInputStyle.Paragraph, {
        required: true,
        maxLength: DISCORD_LIMITS.textInputValue,
      }),
    );
}
