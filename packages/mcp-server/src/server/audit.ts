import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { ToolTarget } from '../tools/define-tool.js';

/** How a tool call ended, as the audit log records it. */
export type AuditOutcome = 'ok' | 'error' | 'denied' | 'declined' | 'rate_limited';

/** How a destructive call's confirmation went (absent when none was needed). */
export type AuditConfirmation = 'accepted' | 'declined' | 'cancelled' | 'fallback_allow' | 'fallback_deny';

/** One tool call, allowed or not. Field names are snake_case like the rest of our config and logs. */
export interface AuditEntry {
  readonly client: { readonly name?: string; readonly version?: string; readonly protocol?: string };
  readonly session?: string;
  readonly tool: string;
  readonly operation: string;
  readonly host?: string;
  readonly target?: ToolTarget;
  /** The call's arguments with secrets redacted. */
  readonly arguments: unknown;
  readonly outcome: AuditOutcome;
  readonly confirmation?: AuditConfirmation;
  /** Why a call did not succeed: `libvirt`, `policy_violation`, `target_not_found`, `invalid_arguments`, … */
  readonly error_code?: string;
  readonly libvirt_error?: { readonly code: number; readonly name: string; readonly domain: string };
  readonly message?: string;
  readonly duration_ms: number;
}

export interface AuditLog {
  record(entry: AuditEntry): void;
  flush(): Promise<void>;
}

export interface AuditLogOptions {
  /** Write here instead of `audit.file` (tests). Lines are JSON, one per call. */
  readonly destination?: DestinationStream;
}

/**
 * The audit log: pino writing one JSON line per tool call to `audit.file`. Writes are
 * synchronous (`sync: true`): a call's line is on disk before its result is sent, so killing the
 * process right after a call returned loses nothing. Without a file, entries go to the server log.
 */
export function createAuditLog(config: Config, logger: Logger, options: AuditLogOptions = {}): AuditLog {
  const file = config.audit.file;
  if (options.destination === undefined && file === undefined) {
    const child = logger.child({ audit: true });
    return {
      record(entry) {
        child.info(entry, 'tool call');
      },
      flush: () => Promise.resolve(),
    };
  }
  const destination =
    options.destination ?? pino.destination({ dest: file, sync: true, mkdir: true, append: true, mode: 0o600 });
  const audit = pino(
    {
      level: 'info',
      base: null,
      // The line's `time` is ISO-8601 so the file reads without tooling.
      timestamp: pino.stdTimeFunctions.isoTime,
      // (pino cannot drop the level field: an empty level object leaves a stray comma)
      formatters: { level: (label) => ({ level: label }) },
      messageKey: 'event',
    },
    destination,
  );
  return {
    record(entry) {
      audit.info(entry, 'tool_call');
    },
    flush() {
      return new Promise((resolve) => {
        audit.flush(() => {
          resolve();
        });
      });
    },
  };
}
