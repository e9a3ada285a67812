import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.ts';

/** JSON lines on stderr, so stdout stays for results; secrets are never written. */
export function createLogger(level: LogLevel): Logger {
  return pino(
    {
      level,
      redact: {
        paths: ['token', '*.token', 'config.discordToken', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    pino.destination(2),
  );
}
