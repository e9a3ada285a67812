import Database from 'better-sqlite3';

export type StoreErrorCode =
  | 'duplicate'
  | 'not_found'
  | 'read_only'
  | 'disk_full'
  | 'corrupt'
  | 'busy'
  | 'incompatible'
  | 'unavailable'
  | 'io';

/** A failure a caller can branch on (`code`) and show to a moderator as is (`message`). */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  /** The existing document, for 'duplicate'. */
  readonly documentId: string | undefined;

  constructor(code: StoreErrorCode, message: string, options: { cause?: unknown; documentId?: string } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.documentId = options.documentId;
  }
}

/**
 * Translates SQLite and file-system failures into StoreErrors with advice; anything else
 * (a programming error) is returned unchanged so it is not disguised.
 */
export function toStoreError(err: unknown, file: string): unknown {
  if (err instanceof StoreError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return err;
  const make = (c: StoreErrorCode, message: string) => new StoreError(c, message, { cause: err });
  // Extended SQLite codes (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE…) share their base code's meaning.
  const base = err instanceof Database.SqliteError ? code.split('_').slice(0, 2).join('_') : code;
  switch (base) {
    case 'SQLITE_FULL':
    case 'ENOSPC':
    case 'EDQUOT':
      return make(
        'disk_full',
        `The document store (${file}) is out of space, so nothing was changed. Free some disk space (or raise the store's size limit) and try again.`,
      );
    case 'SQLITE_READONLY':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return make(
        'read_only',
        `The document store (${file}) is read-only, so documents can't be added or removed. Check that the bot may write to that folder and file, or that it wasn't started in read-only mode.`,
      );
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return make(
        'corrupt',
        `The document store (${file}) is damaged or isn't a Verbatim store. Stop the bot and restore the file from a backup; don't delete it.`,
      );
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return make(
        'busy',
        'The document store is busy with another process (a long import?). Try again in a moment.',
      );
    case 'SQLITE_CANTOPEN':
    case 'ENOENT':
    case 'ENOTDIR':
    case 'EEXIST':
      return make(
        'unavailable',
        `The document store (${file}) can't be opened: ${(err as Error).message}. Check the data directory path.`,
      );
    case 'SQLITE_IOERR':
    case 'EIO':
      return make(
        'io',
        `The disk holding the document store (${file}) reported an error: ${(err as Error).message}.`,
      );
    default:
      return err;
  }
}

/**
 * Translates PostgreSQL (SQLSTATE) and connection failures into StoreErrors with advice; a
 * programming error (bad SQL, a bug) is returned unchanged so it is not disguised.
 */
export function postgresStoreError(err: unknown, location: string): unknown {
  if (err instanceof StoreError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  const make = (c: StoreErrorCode, message: string) => new StoreError(c, message, { cause: err });
  const unreachable = () =>
    make(
      'unavailable',
      `The document store (${location}) can't be reached, so nothing was changed. Check that PostgreSQL is running and DATABASE_URL is right, then try again.`,
    );
  // A connection cut mid-query has no code, only this message from the pg client.
  if (typeof code !== 'string') return /connection|terminat/i.test(String(err)) ? unreachable() : err;
  if (code === '53100' || code === '53400')
    return make(
      'disk_full',
      `The document store (${location}) is out of space, so nothing was changed. Ask whoever runs the database to free some space, then try again.`,
    );
  if (code === '25006' || code === '42501')
    return make(
      'read_only',
      `The document store (${location}) doesn't let this process write, so documents can't be added or removed. Check the database user's rights.`,
    );
  if (code === '40001' || code === '40P01' || code === '55P03' || code === '53300')
    return make('busy', 'The document store is busy with other processes. Try again in a moment.');
  if (code === '28P01' || code === '28000' || code === '3D000')
    return make(
      'unavailable',
      `The document store (${location}) refused the connection (${(err as Error).message}). Check DATABASE_URL.`,
    );
  if (code.startsWith('08') || code.startsWith('57P') || /^E[A-Z]+$/.test(code)) return unreachable();
  if (code === 'XX001' || code === 'XX002')
    return make(
      'corrupt',
      `The document store (${location}) reported damaged data. Ask whoever runs the database to check it; don't delete anything.`,
    );
  return err;
}
