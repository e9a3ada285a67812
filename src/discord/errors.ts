import { StoreError } from '../library/library.ts';
import type { Translate } from './i18n.ts';

/**
 * What a Discord user reads when the document store refuses or fails, by error code (texts under
 * `store.` in locales/). The store's own message names files and gives an operator advice: that goes
 * to the log, never to the channel.
 */
export function storeErrorText(err: StoreError, t: Translate): string {
  if (err.code === 'duplicate' && err.documentId) return t('store.duplicateOf', { id: err.documentId });
  return t(`store.${err.code}`);
}

export { StoreError };
