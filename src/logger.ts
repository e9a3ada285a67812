import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.ts';

/** Where `npm start` without a token logs, inside DATA_DIR. */
export const CONSOLE_LOG_FILE = 'console.log';

/**
 * JSON lines on stderr (or the file descriptor `fd`, e.g. the local console's log file), so stdout
 * stays for results; secrets are never written.
 */
export function createLogger(level: LogLevel, fd = 2): Logger {
  return pino(
    {
      level,
      redact: {
        paths: ['token', '*.token', 'config.discordToken', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    pino.destination({ fd, sync: true }),
  );
}
