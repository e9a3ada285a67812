import { afterEach, describe, expect, it } from 'vitest';
import type { Library } from '../../src/library/library.ts';
import { StoreError, type StoreErrorCode } from '../../src/store/index.ts';
import { type Harness, isEphemeral, moderator, startHarness, textOf } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const SERVER_PATH = '/srv/verbatim/data/verbatim.sqlite';
const OPERATOR_ADVICE: Record<string, string> = {
  io: `The disk holding the document store (${SERVER_PATH}) reported an error: EIO: i/o error, write.`,
  read_only: `The document store (${SERVER_PATH}) is read-only. Check that the bot may write to that folder.`,
  disk_full: `The document store (${SERVER_PATH}) is out of space. Free some disk space.`,
};

/** The library, except that adding fails in the store with `code` and the store's operator message. */
function failingAdds(code: StoreErrorCode) {
  return (library: Library): Library =>
    new Proxy(library, {
      get(target, prop) {
        if (prop === 'add')
          return async () => {
            throw new StoreError(code, OPERATOR_ADVICE[code] ?? `store trouble at ${SERVER_PATH}`);
          };
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
}

describe('store failures reach a Discord user as short text keyed by the error code', () => {
  for (const code of ['io', 'read_only', 'disk_full'] as const) {
    it(`${code}: no server path, no operator advice, says what to do`, async () => {
      h = await startHarness({ wrapLibrary: failingAdds(code) });
      const file = h.mock.addAttachment(
        'note.txt',
        'text/plain',
        'The harbour reopened on Monday, officials said.',
      );
      const reply = await (await h.mock.sendCommand('document add', { file }, moderator)).reply();
      const text = textOf(reply);
      expect(isEphemeral(reply)).toBe(true);
      expect(text).not.toMatch(/\/srv|verbatim\.sqlite|EIO|folder|disk space/);
      expect(text).toMatch(/try again|tell whoever runs the bot/i);
      expect(text.length).toBeLessThan(200);
    });
  }
});
