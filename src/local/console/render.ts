import {
  type APIEmbed,
  type APIMessage,
  ComponentType,
  InteractionResponseType,
  MessageFlags,
} from 'discord-api-types/v10';
import type { RecordedRequest } from '../rest.ts';

/** The console's rendering: bot messages and Discord's answers as terminal text. Pure functions. */

type Json = Record<string, unknown>;

export const ANSI = {
  bold: '\x1b[1m',
  unbold: '\x1b[22m',
  dim: '\x1b[2m',
  undim: '\x1b[22m',
  reset: '\x1b[0m',
};

/** Discord's escape: a backslash before any character that is not a letter, digit or space. */
const ESCAPABLE = /[^\p{L}\p{N}\s]/u;
/** A masked link as a message writes it: [label](<https://…>) or [label](https://…). */
const MASKED_LINK = /\[((?:\\.|[^\]\\])*)\]\(<?(https?:\/\/[^)>\s]+)>?\)/y;

/**
 * Discord Markdown as terminal text: `**bold**` in ANSI bold (or plain), escapes and masked links
 * undone, so what Discord would show is what the console shows. One pass, in Discord's order: an
 * escaped bracket stays text, and the ANSI codes written for bold are never read as Markdown.
 */
export function markdownToText(text: string, { ansi }: { ansi: boolean }): string {
  const state = { bold: false };
  const out = inline(text, ansi, state);
  return ansi && state.bold ? `${out}${ANSI.unbold}` : out;
}

function inline(text: string, ansi: boolean, state: { bold: boolean }): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    MASKED_LINK.lastIndex = i;
    const link = c === '[' ? MASKED_LINK.exec(text) : null;
    if (c === '\\' && ESCAPABLE.test(text[i + 1] ?? '')) {
      out += text[++i];
    } else if (c === '*' && text[i + 1] === '*') {
      state.bold = !state.bold;
      if (ansi) out += state.bold ? ANSI.bold : ANSI.unbold;
      i++;
    } else if (link) {
      // [title](<https://…>) → title <https://…>
      out += `${inline(link[1] ?? '', ansi, state)} <${link[2]}>`;
      i += link[0].length - 1;
    } else {
      out += c;
    }
  }
  return out;
}

/** One button on a message, numbered in reading order. */
export interface ButtonInfo {
  index: number;
  customId: string;
  label: string;
  disabled: boolean;
}

/** The clickable buttons of a message, numbered from 1. */
export function buttonsOf(message: Pick<APIMessage, 'components'>): ButtonInfo[] {
  const buttons: ButtonInfo[] = [];
  for (const row of (message.components ?? []) as unknown as Json[]) {
    for (const component of (row.components as Json[] | undefined) ?? []) {
      if (component.type !== ComponentType.Button || typeof component.custom_id !== 'string') continue;
      buttons.push({
        index: buttons.length + 1,
        customId: component.custom_id,
        label: String(component.label ?? component.custom_id),
        disabled: component.disabled === true,
      });
    }
  }
  return buttons;
}

/** Which button `word` (next, prev, or a number) means on a message with `buttons`. */
export function pickButton(word: string, buttons: readonly ButtonInfo[]): ButtonInfo | undefined {
  const w = word.trim().toLowerCase();
  if (/^\d+$/.test(w)) return buttons.find((b) => b.index === Number(w));
  if (w === 'next' || w === 'n') return buttons.find((b) => /next/i.test(b.label));
  if (w === 'prev' || w === 'previous' || w === 'p' || w === 'back')
    return buttons.find((b) => /prev/i.test(b.label));
  return undefined;
}

export interface RenderOptions {
  ansi: boolean;
  ephemeral?: boolean;
  /** "edited", "update", "follow-up": how the message reached the user. */
  label?: string;
}

/** A bot message as readable text: content, embeds (author, title, description, fields, footer) and buttons. */
export function renderMessage(
  message: Pick<APIMessage, 'content' | 'embeds' | 'components' | 'flags'>,
  options: RenderOptions,
): string {
  const { ansi } = options;
  const md = (s: string) => markdownToText(s, { ansi });
  const bold = (s: string) => (ansi ? `${ANSI.bold}${s}${ANSI.unbold}` : s);
  const dim = (s: string) => (ansi ? `${ANSI.dim}${s}${ANSI.undim}` : s);
  const ephemeral = options.ephemeral ?? Boolean((message.flags ?? 0) & MessageFlags.Ephemeral);
  const lines: string[] = [];
  const tags = [ephemeral ? '(only you)' : '', options.label ? `(${options.label})` : ''].filter(Boolean);
  if (tags.length) lines.push(dim(tags.join(' ')));
  if (message.content) lines.push(md(message.content));
  for (const embed of (message.embeds ?? []) as APIEmbed[]) {
    const block: string[] = [];
    if (embed.author?.name) block.push(dim(md(embed.author.name)));
    if (embed.title) block.push(bold(md(embed.title)));
    if (embed.description) block.push(md(embed.description));
    for (const field of embed.fields ?? []) {
      block.push(bold(md(field.name)));
      block.push(
        ...md(field.value)
          .split('\n')
          .map((l) => `  ${l}`),
      );
    }
    if (embed.footer?.text) block.push(dim(`— ${md(embed.footer.text)}`));
    lines.push(...block.flatMap((l) => l.split('\n')).map((l) => `│ ${l}`));
  }
  const buttons = buttonsOf(message);
  if (buttons.length) {
    lines.push(
      buttons
        .map((b) => {
          const text = `[${b.index}] ${b.label}`;
          return b.disabled ? dim(ansi ? text : `${text} (off)`) : text;
        })
        .join('  '),
    );
  }
  return lines.join('\n');
}

/** Autocomplete choices as a numbered list. */
export function renderChoices(choices: ReadonlyArray<{ name: string; value: string | number }>): string {
  if (choices.length === 0) return 'No choices.';
  return choices
    .map((c, i) => `  ${i + 1}. ${c.name}${String(c.value) !== c.name ? `  → ${c.value}` : ''}`)
    .join('\n');
}

const MESSAGE_CALLBACKS: readonly number[] = [
  InteractionResponseType.ChannelMessageWithSource,
  InteractionResponseType.UpdateMessage,
];

/** Whether a request carries a message the user sees: a reply or update callback, an edit, a follow-up. */
export function carriesMessage(r: Pick<RecordedRequest, 'route' | 'method' | 'body'>): boolean {
  if (r.route === 'interaction.callback')
    return MESSAGE_CALLBACKS.includes(Number((r.body as Json | undefined)?.type));
  return (r.route === 'webhook.editMessage' && r.method === 'PATCH') || r.route === 'webhook.followUp';
}

/** The --json line for a message-carrying request, exactly as the mock received it. */
export function jsonLine(command: string, r: Pick<RecordedRequest, 'method' | 'path' | 'body'>): string {
  return JSON.stringify({ command, method: r.method, path: r.path, body: r.body });
}

/** A Discord error response in a line: "50035 Invalid Form Body". */
export function describeFailure(r: RecordedRequest): string {
  const body = r.response as { code?: number; message?: string } | undefined;
  return `${r.method} ${r.path} → HTTP ${r.status}${body?.code !== undefined ? ` (${body.code} ${body.message ?? ''})` : ''}`;
}
