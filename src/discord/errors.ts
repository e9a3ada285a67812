import { StoreError } from '../library/library.ts';

type StoreErrorCode = StoreError['code'];

/**
 * What a Discord user reads when the document store refuses or fails, by error code. The store's own
 * message names files and gives an operator advice: that goes to the log, never to the channel.
 */
const STORE_TEXT: Record<StoreErrorCode, string> = {
  duplicate: 'That document is already here, so it wasn’t added again.',
  not_found: 'There’s no document with that id here. Pick one from the list as you type.',
  read_only:
    'Documents can’t be added or removed right now: the bot’s storage is read-only. Please tell whoever runs the bot.',
  disk_full: 'The bot’s storage is full, so nothing was changed. Please tell whoever runs the bot.',
  corrupt: 'The bot’s storage needs repair, so nothing was changed. Please tell whoever runs the bot.',
  busy: 'The bot is busy saving other documents. Try again in a moment.',
  incompatible:
    'The bot’s storage needs an upgrade, so nothing was changed. Please tell whoever runs the bot.',
  unavailable: 'The bot’s storage can’t be reached right now. Try again later, or tell whoever runs the bot.',
  io: 'The bot’s storage reported an error, so nothing was changed. Try again in a moment.',
};

/** The user's text for a store error; a duplicate also says which document it duplicates. */
export function storeErrorText(err: StoreError): string {
  const text = STORE_TEXT[err.code];
  return err.code === 'duplicate' && err.documentId ? `${text} It is \`${err.documentId}\`.` : text;
}

export { StoreError };
