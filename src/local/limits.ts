import { ApplicationCommandType, Locale, RESTJSONErrorCodes } from 'discord-api-types/v10';

/**
 * Discord's limits as its documentation states them, kept here rather than taken from the bot so that a
 * wrong limit in the bot is caught by the mock instead of agreed with.
 * Messages and embeds: https://discord.com/developers/docs/resources/message#create-message-jsonform-params
 * and https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 * Components: https://discord.com/developers/docs/components/reference
 * Commands and autocomplete: https://discord.com/developers/docs/interactions/application-commands
 * Modals: https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 * Attachments: https://discord.com/developers/docs/resources/message#attachment-object
 */
export const DISCORD_LIMITS = {
  /** Message content, in characters. */
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** Title, description, field names and values, footer and author name of all embeds of a message. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  modalTitle: 45,
  /** A modal text input's label (and a label component's). */
  textInputLabel: 45,
  textInputValue: 4000,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  /** The largest `max_length` (and `min_length`) a string option may declare. */
  stringOptionLength: 6000,
  /** Files on one message, and the description (alt text) of each. */
  attachmentsPerMessage: 10,
  attachmentDescription: 1024,
} as const;

/**
 * Chat-input command and option names, default or localized: lowercase where a letter has a lowercase form
 * (https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming).
 */
const CHAT_INPUT_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
/** The locales a `*_localizations` dictionary may have (https://discord.com/developers/docs/reference#locales). */
const LOCALES: ReadonlySet<string> = new Set(Object.values(Locale));

/** Discord's nested `errors` object: keys follow the JSON path, leaves hold `_errors`. */
export interface FormErrors {
  [key: string]: FormErrors | Array<{ code: string; message: string }>;
}

/** The error body Discord sends with HTTP 400 for a payload that breaks a limit. */
export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: FormErrors;
}

type Json = Record<string, unknown>;

/** Collects errors at JSON paths so one validation pass reports every problem, as Discord does. */
class ErrorCollector {
  readonly errors: FormErrors = {};

  add(path: Array<string | number>, code: string, message: string): void {
    let node = this.errors;
    for (const key of path) {
      node[String(key)] ??= {};
      node = node[String(key)] as FormErrors;
    }
    node._errors ??= [];
    (node._errors as Array<{ code: string; message: string }>).push({ code, message });
  }

  maxLength(path: Array<string | number>, value: unknown, max: number): void {
    if (typeof value === 'string' && value.length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  lengthBetween(path: Array<string | number>, value: unknown, min: number, max: number): void {
    const length = typeof value === 'string' ? value.length : String(value ?? '').length;
    if (length < min || length > max) {
      this.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
    }
  }

  maxItems(path: Array<string | number>, value: unknown, max: number): void {
    if (Array.isArray(value) && value.length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  /** The 50035 body, or null when nothing was wrong; `prefix` nests the errors (callbacks wrap them in `data`). */
  result(prefix?: string): DiscordErrorBody | null {
    if (Object.keys(this.errors).length === 0) return null;
    return {
      code: RESTJSONErrorCodes.InvalidFormBodyOrContentType,
      message: 'Invalid Form Body',
      errors: prefix ? { [prefix]: this.errors } : this.errors,
    };
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function embedLength(embed: Json): number {
  const fields = Array.isArray(embed.fields) ? (embed.fields as Json[]) : [];
  return (
    text(embed.title).length +
    text(embed.description).length +
    text((embed.footer as Json | undefined)?.text).length +
    text((embed.author as Json | undefined)?.name).length +
    fields.reduce((sum, field) => sum + text(field.name).length + text(field.value).length, 0)
  );
}

/** Checks content, embeds and components of a message body; `prefix` is `data` for interaction callbacks. */
export function validateMessage(body: Json, prefix?: string): DiscordErrorBody | null {
  const errors = new ErrorCollector();
  errors.maxLength(['content'], body.content, DISCORD_LIMITS.content);
  const embeds = Array.isArray(body.embeds) ? (body.embeds as Json[]) : [];
  errors.maxItems(['embeds'], embeds, DISCORD_LIMITS.embedsPerMessage);
  embeds.forEach((embed, i) => {
    errors.maxLength(['embeds', i, 'title'], embed.title, DISCORD_LIMITS.embedTitle);
    errors.maxLength(['embeds', i, 'description'], embed.description, DISCORD_LIMITS.embedDescription);
    errors.maxLength(
      ['embeds', i, 'footer', 'text'],
      (embed.footer as Json)?.text,
      DISCORD_LIMITS.embedFooter,
    );
    errors.maxLength(
      ['embeds', i, 'author', 'name'],
      (embed.author as Json)?.name,
      DISCORD_LIMITS.embedAuthorName,
    );
    errors.maxItems(['embeds', i, 'fields'], embed.fields, DISCORD_LIMITS.embedFields);
    ((embed.fields as Json[] | undefined) ?? []).forEach((field, j) => {
      errors.lengthBetween(['embeds', i, 'fields', j, 'name'], field.name, 1, DISCORD_LIMITS.embedFieldName);
      errors.lengthBetween(
        ['embeds', i, 'fields', j, 'value'],
        field.value,
        1,
        DISCORD_LIMITS.embedFieldValue,
      );
    });
  });
  if (embeds.reduce((sum, embed) => sum + embedLength(embed), 0) > DISCORD_LIMITS.embedTotal) {
    errors.add(
      ['embeds'],
      'MAX_EMBED_SIZE_EXCEEDED',
      `Embed size exceeds maximum size of ${DISCORD_LIMITS.embedTotal}`,
    );
  }
  const rows = Array.isArray(body.components) ? (body.components as Json[]) : [];
  errors.maxItems(['components'], rows, DISCORD_LIMITS.actionRows);
  rows.forEach((row, i) => {
    errors.maxItems(['components', i, 'components'], row.components, DISCORD_LIMITS.buttonsPerRow);
    ((row.components as Json[] | undefined) ?? []).forEach((component, j) => {
      errors.maxLength(
        ['components', i, 'components', j, 'custom_id'],
        component.custom_id,
        DISCORD_LIMITS.customId,
      );
    });
  });
  const attachments = Array.isArray(body.attachments) ? (body.attachments as Json[]) : [];
  errors.maxItems(['attachments'], attachments, DISCORD_LIMITS.attachmentsPerMessage);
  attachments.forEach((attachment, i) => {
    errors.maxLength(
      ['attachments', i, 'description'],
      attachment.description,
      DISCORD_LIMITS.attachmentDescription,
    );
  });
  return errors.result(prefix);
}

/** Discord answers a message with nothing to show with 50006, not 50035. */
export function isEmptyMessage(message: object): boolean {
  const { content, embeds, components, attachments } = message as Json;
  const filled = (value: unknown) => (Array.isArray(value) ? value.length > 0 : Boolean(value));
  return !filled(content) && !filled(embeds) && !filled(components) && !filled(attachments);
}

/** Checks an autocomplete result's choices. */
export function validateChoices(choices: unknown): DiscordErrorBody | null {
  const errors = new ErrorCollector();
  errors.maxItems(['choices'], choices, DISCORD_LIMITS.autocompleteChoices);
  ((choices as Json[] | undefined) ?? []).forEach((choice, i) => {
    errors.lengthBetween(['choices', i, 'name'], choice.name, 1, DISCORD_LIMITS.choiceName);
    errors.lengthBetween(['choices', i, 'value'], choice.value, 1, DISCORD_LIMITS.choiceValue);
  });
  return errors.result('data');
}

/** Checks a modal's title and custom id. */
export function validateModal(modal: Json): DiscordErrorBody | null {
  const errors = new ErrorCollector();
  errors.lengthBetween(['title'], modal.title, 1, DISCORD_LIMITS.modalTitle);
  errors.lengthBetween(['custom_id'], modal.custom_id, 1, DISCORD_LIMITS.customId);
  ((modal.components as Json[] | undefined) ?? []).forEach((row, i) => {
    if (row.label !== undefined)
      errors.lengthBetween(['components', i, 'label'], row.label, 1, DISCORD_LIMITS.textInputLabel);
    ((row.components as Json[] | undefined) ?? []).forEach((input, j) => {
      if (input.label !== undefined)
        errors.lengthBetween(
          ['components', i, 'components', j, 'label'],
          input.label,
          1,
          DISCORD_LIMITS.textInputLabel,
        );
    });
  });
  return errors.result('data');
}

/** A name and its localizations: a chat-input one lowercase as Discord's rule has it, a menu's only 1–32 long. */
function validateNames(
  errors: ErrorCollector,
  at: Array<string | number>,
  node: Json,
  chatInput: boolean,
): void {
  const localized = (node.name_localizations ?? {}) as Json;
  const names: Array<[Array<string | number>, unknown]> = [
    [[...at, 'name'], node.name],
    ...Object.entries(localized).map(([locale, name]): [Array<string | number>, unknown] => [
      [...at, 'name_localizations', locale],
      name,
    ]),
  ];
  for (const [path, name] of names) {
    errors.lengthBetween(path, name, 1, DISCORD_LIMITS.commandName);
    if (chatInput && (typeof name !== 'string' || !CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase()))
      errors.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
  const descriptions = (node.description_localizations ?? {}) as Json;
  for (const [locale, text] of Object.entries(descriptions))
    errors.lengthBetween(
      [...at, 'description_localizations', locale],
      text,
      1,
      DISCORD_LIMITS.commandDescription,
    );
  for (const field of ['name_localizations', 'description_localizations'])
    for (const locale of Object.keys((node[field] ?? {}) as Json))
      if (!LOCALES.has(locale))
        errors.add(
          [...at, field, locale],
          'ENUM_TYPE_COERCE',
          `Value "${locale}" is not a valid enum value.`,
        );
}

/** Localized option names must differ from the other options' default names and from their names in that locale. */
function validateDistinctNames(errors: ErrorCollector, path: Array<string | number>, options: Json[]): void {
  options.forEach((option, i) => {
    for (const [locale, name] of Object.entries((option.name_localizations ?? {}) as Json)) {
      const clash = options.some(
        (other, j) =>
          j !== i && (other.name === name || ((other.name_localizations ?? {}) as Json)[locale] === name),
      );
      if (clash)
        errors.add(
          [...path, 'options', i, 'name_localizations', locale],
          'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
          'Option names must be unique',
        );
    }
  });
}

function validateOptions(errors: ErrorCollector, path: Array<string | number>, options: unknown): void {
  errors.maxItems([...path, 'options'], options, DISCORD_LIMITS.commandOptions);
  validateDistinctNames(errors, path, (options as Json[] | undefined) ?? []);
  ((options as Json[] | undefined) ?? []).forEach((option, i) => {
    const at = [...path, 'options', i];
    validateNames(errors, at, option, true);
    errors.lengthBetween([...at, 'description'], option.description, 1, DISCORD_LIMITS.commandDescription);
    for (const key of ['max_length', 'min_length']) {
      const value = option[key];
      if (typeof value === 'number' && (value < 0 || value > DISCORD_LIMITS.stringOptionLength)) {
        errors.add(
          [...at, key],
          'NUMBER_TYPE_MAX',
          `int value should be less than or equal to ${DISCORD_LIMITS.stringOptionLength}.`,
        );
      }
    }
    errors.maxItems([...at, 'choices'], option.choices, DISCORD_LIMITS.autocompleteChoices);
    ((option.choices as Json[] | undefined) ?? []).forEach((choice, j) => {
      const names = { '': choice.name, ...((choice.name_localizations ?? {}) as Json) };
      for (const [locale, name] of Object.entries(names)) {
        const where = locale ? ['name_localizations', locale] : ['name'];
        errors.lengthBetween([...at, 'choices', j, ...where], name, 1, DISCORD_LIMITS.choiceName);
      }
    });
    validateOptions(errors, at, option.options);
  });
}

/** Checks a bulk command registration (PUT applications/{app}/commands); errors are keyed by command index. */
export function validateCommands(commands: unknown): DiscordErrorBody | null {
  const errors = new ErrorCollector();
  if (!Array.isArray(commands)) {
    errors.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return errors.result();
  }
  (commands as Json[]).forEach((command, i) => {
    const chatInput = (command.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
    validateNames(errors, [i], command, chatInput);
    // Only chat-input commands (the default type) carry a description; context menus send none.
    if (chatInput) {
      errors.lengthBetween([i, 'description'], command.description, 1, DISCORD_LIMITS.commandDescription);
    }
    validateOptions(errors, [i], command.options);
  });
  return errors.result();
}
