import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  InteractionReplyOptions,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
} from 'discord.js';
import { notice, type Reply, type Visibility } from './render.ts';

export type RepliableInteraction =
  | ChatInputCommandInteraction
  | MessageContextMenuCommandInteraction
  | ButtonInteraction
  | ModalSubmitInteraction;

type State = 'open' | 'deferred' | 'replied';

/**
 * The one way handlers answer an interaction. It knows whether Discord has been answered yet,
 * so a reply after a defer becomes an edit and a second message becomes a follow-up: the bot
 * never acknowledges twice (40060), even when the watchdog defers while a handler is working.
 */
export class Responder {
  private state: State = 'open';
  private pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly interaction: RepliableInteraction) {}

  get acknowledged(): boolean {
    return this.state !== 'open';
  }

  /** Acknowledges now and answers later; for a button, keeps the message it is on. */
  defer({ ephemeral = false }: Visibility = {}): Promise<void> {
    return this.queue(async () => {
      if (this.state !== 'open') return;
      this.state = 'deferred';
      if (this.interaction.isButton()) await this.interaction.deferUpdate();
      else await this.interaction.deferReply(ephemeral ? { flags: 'Ephemeral' } : {});
    });
  }

  /** Sends the answer: a reply, an edit of the deferred reply, or a follow-up after a reply. */
  send(message: Reply): Promise<void> {
    return this.queue(async () => {
      const options = message as InteractionReplyOptions;
      if (this.state === 'open') {
        this.state = 'replied';
        await this.interaction.reply(options);
      } else if (this.state === 'deferred' && !this.interaction.isButton()) {
        this.state = 'replied';
        const { flags: _ephemeralIsFixedAtDefer, ...edit } = message;
        await this.interaction.editReply(edit as Parameters<RepliableInteraction['editReply']>[0]);
      } else {
        await this.interaction.followUp(options);
      }
    });
  }

  /** Replaces the message a button is on (paging). */
  update(message: Reply): Promise<void> {
    return this.queue(async () => {
      const interaction = this.interaction;
      const { flags: _flagsCannotChange, ...edit } = message;
      if (!interaction.isButton()) throw new Error('update() is for buttons');
      if (this.state === 'open') {
        this.state = 'replied';
        await interaction.update(edit as Parameters<ButtonInteraction['update']>[0]);
      } else {
        this.state = 'replied';
        await interaction.editReply(edit as Parameters<ButtonInteraction['editReply']>[0]);
      }
    });
  }

  /** Opens a modal; only possible as the first response. */
  showModal(modal: Parameters<ChatInputCommandInteraction['showModal']>[0]): Promise<void> {
    return this.queue(async () => {
      const interaction = this.interaction;
      if (this.state !== 'open' || interaction.isModalSubmit())
        throw new Error('a modal must be the first response');
      this.state = 'replied';
      await interaction.showModal(modal);
    });
  }

  /** A short private message saying what went wrong; after a public defer it can only edit that reply. */
  fail(text: string): Promise<void> {
    const message = notice(text);
    if (this.state === 'replied' || (this.state === 'deferred' && this.interaction.isButton())) {
      return this.queue(async () => {
        await this.interaction.followUp(message as InteractionReplyOptions);
      });
    }
    return this.send(message);
  }

  /** Runs responses one after another, so the state each one sees is settled. */
  private queue<T>(step: () => Promise<T>): Promise<T> {
    const next = this.pending.then(step);
    this.pending = next.catch(() => undefined);
    return next;
  }
}
