import {
  AbortError,
  ConnectError,
  ConnectionClosedError,
  InvalidArgumentsError,
  LibvirtError,
  TimeoutError,
} from '@libvirt-ts/client';
import type { CallToolResult } from '@modelcontextprotocol/server';
import { redactCredentials, redactLocalPaths } from './redact.js';

/*
 * Every failure a tool call can end in, turned into what the client may see. The rules: keep
 * libvirt's meaning (its message, and its error code by name), never a stack trace, never a path
 * of this machine or a credential. Errors are recognised by their `name` (and checked fields)
 * rather than by class identity, so the mapping holds for every module that defines them.
 */

export type FailureOutcome = 'error' | 'denied' | 'declined' | 'rate_limited';

export interface MappedFailure {
  readonly outcome: FailureOutcome;
  /** Machine-readable reason for the audit log (`libvirt`, `target_not_found`, `rate_limited`, …). */
  readonly code: string;
  /** Safe for the client. */
  readonly message: string;
  readonly libvirt?: { readonly code: number; readonly codeName: string; readonly domainName: string };
  readonly retryAfterMs?: number;
}

const MAX_MESSAGE = 2000;

/** Maps anything thrown while serving a tool call. `host` is the resolved host name, when known. */
export function mapError(error: unknown, host?: string): MappedFailure {
  if (error instanceof LibvirtError) {
    const onHost = host === undefined ? '' : ` on host '${host}'`;
    return {
      outcome: error.isDenied() ? 'denied' : 'error',
      code: 'libvirt',
      message: clip(`libvirt error ${error.codeName}${onHost}: ${redactCredentials(error.message)}`),
      libvirt: { code: error.code, codeName: error.codeName, domainName: error.domainName },
    };
  }
  if (!(error instanceof Error)) return internal();
  const fields = error as unknown as Record<string, unknown>;
  switch (error.name) {
    case 'PolicyViolationError':
      return denied('policy_violation', error.message);
    case 'OperationDeniedError': {
      const operation = fields['operation'];
      const prefix =
        typeof operation === 'string' && !error.message.includes(operation)
          ? `operation '${operation}' is not allowed: `
          : '';
      return denied('operation_denied', `${prefix}${error.message}`);
    }
    case 'TargetNotFoundError':
      // Deliberately indistinguishable from libvirt's own "not found": a filtered object must
      // not be discoverable by probing.
      return { outcome: 'denied', code: 'target_not_found', message: safe(error.message) };
    case 'RateLimitedError': {
      const retryAfterMs = typeof fields['retryAfterMs'] === 'number' ? fields['retryAfterMs'] : undefined;
      return {
        outcome: 'rate_limited',
        code: 'rate_limited',
        message: safe(error.message),
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      };
    }
    case 'UnknownHostError':
      return { outcome: 'error', code: 'unknown_host', message: safe(error.message) };
    case 'HostUnavailableError':
      return { outcome: 'error', code: 'host_unavailable', message: safe(describeWithCause(error)) };
    case 'ToolError':
      // Written for the client by the tool (see tools/errors.ts); may name paths on the hypervisor host.
      return { outcome: 'error', code: 'tool_error', message: clip(redactCredentials(error.message)) };
    case 'ZodError':
      return { outcome: 'error', code: 'invalid_arguments', message: safe(error.message) };
  }
  if (error instanceof AbortError || error.name === 'AbortError') {
    const shutdown = error.message === 'shutdown';
    return {
      outcome: 'error',
      code: 'cancelled',
      message: shutdown ? 'The call was cancelled: the server is shutting down.' : 'The call was cancelled.',
    };
  }
  if (error instanceof TimeoutError) {
    return {
      outcome: 'error',
      code: 'timeout',
      message: safe(`${error.message} (the daemon may still complete the operation)`),
    };
  }
  if (error instanceof ConnectionClosedError) {
    return {
      outcome: 'error',
      code: 'connection_closed',
      message: safe(`connection to the host closed: ${error.message}`),
    };
  }
  if (error instanceof ConnectError) {
    return { outcome: 'error', code: 'host_unavailable', message: safe(error.message) };
  }
  if (error instanceof InvalidArgumentsError) {
    return { outcome: 'error', code: 'invalid_arguments', message: safe(error.message) };
  }
  // Programming errors say nothing useful to a client and may describe our internals.
  if (error instanceof TypeError || error instanceof ReferenceError || error instanceof SyntaxError) return internal();
  return { outcome: 'error', code: 'error', message: safe(error.message) };
}

function denied(code: string, message: string): MappedFailure {
  return { outcome: 'denied', code, message: safe(message) };
}

function internal(): MappedFailure {
  return { outcome: 'error', code: 'internal', message: 'Internal error while serving the call; see the server log.' };
}

/** A host error's own message plus its cause's, since "unavailable" alone does not help. */
function describeWithCause(error: Error): string {
  const cause = error.cause;
  if (cause instanceof LibvirtError) return `${error.message}: ${cause.codeName}: ${cause.message}`;
  if (cause instanceof Error && !error.message.includes(cause.message)) return `${error.message}: ${cause.message}`;
  return error.message;
}

function safe(message: string): string {
  return clip(redactLocalPaths(redactCredentials(message)));
}

function clip(message: string): string {
  return message.length <= MAX_MESSAGE ? message : `${message.slice(0, MAX_MESSAGE)}…`;
}

/** The MCP tool result for a failure: `isError`, the message as text, a retry hint in `_meta`. */
export function failureResult(failure: MappedFailure): CallToolResult {
  return {
    isError: true,
    content: [{ type: 'text', text: failure.message }],
    ...(failure.retryAfterMs === undefined ? {} : { _meta: { retryAfterMs: failure.retryAfterMs } }),
  };
}
