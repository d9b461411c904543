import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config/schema.js';
import { REDACTED } from '../redact/uri.js';

export type { Logger } from 'pino';

/** File descriptor 2. Never 1: with the stdio transport, stdout carries MCP messages and nothing else. */
const STDERR_FD = 2;

export interface LoggerOptions {
  /** Where lines go instead of stderr or `logging.file`; for tests. */
  readonly destination?: DestinationStream;
}

/**
 * The server's logger: JSON lines to stderr, or to `logging.file` when set. pino's own default
 * is stdout, so a destination is always given. Writes are synchronous: logging is sparse here,
 * and a line written just before the process dies (a fatal config or connect error) must not be
 * lost in a buffer.
 */
export function createLogger(logging: Config['logging'], options: LoggerOptions = {}): Logger {
  const destination =
    options.destination ??
    (logging.file === undefined
      ? pino.destination({ dest: STDERR_FD, sync: true })
      : pino.destination({ dest: logging.file, sync: true, mkdir: true, append: true }));
  return pino(
    {
      name: 'libvirt-mcp-server',
      level: logging.level,
      // Connection URIs and tokens pass through log calls now and then; keep them out of the file.
      redact: { paths: ['token', '*.token', 'authorization', '*.authorization'], censor: REDACTED },
    },
    destination,
  );
}
