import type { TargetKind } from '../tools/define-tool.js';

/*
 * The policy's refusals. The server's error mapping recognises them by `name` and shows their
 * messages to the client, so messages say what was refused and which setting decides it, in the
 * client's own terms (operation names, element names), never a path of the server machine.
 */

/**
 * Submitted libvirt XML broke a rule of the XML policy. `element` names the offending element
 * as written (`<qemu:commandline>`, `<interface type='direct'>`); `rule` is the rule's id
 * (`qemu_commandline`, `storage_path`, ...; see docs/security.md).
 */
export class PolicyViolationError extends Error {
  override readonly name = 'PolicyViolationError';
  readonly element: string;
  readonly rule: string;

  constructor(element: string, rule: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.element = element;
    this.rule = rule;
  }
}

/** The operation (`noun.verb`) is not allowed by the security policy; `reason` says which setting. */
export class OperationDeniedError extends Error {
  override readonly name = 'OperationDeniedError';
  readonly operation: string;
  readonly reason: string;

  constructor(operation: string, reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.operation = operation;
    this.reason = reason;
  }
}

/**
 * A host's target filter hides the object. Worded like libvirt's own "not found" on purpose: a
 * hidden object must be indistinguishable from an absent one.
 */
export class TargetNotFoundError extends Error {
  override readonly name = 'TargetNotFoundError';
  readonly kind: TargetKind;
  readonly targetName: string;
  readonly host: string;

  constructor(kind: TargetKind, name: string, host: string, options?: { cause?: unknown }) {
    super(`${kind} '${name}' not found on host '${host}'`, options);
    this.kind = kind;
    this.targetName = name;
    this.host = host;
  }
}

/** A rate limit of `security.rate_limits` is exhausted for this operation. */
export class RateLimitedError extends Error {
  override readonly name = 'RateLimitedError';
  readonly operation: string;
  readonly retryAfterMs: number;

  constructor(operation: string, retryAfterMs: number, options?: { cause?: unknown }) {
    super(`rate limit reached for ${operation}; retry in ${formatDelay(retryAfterMs)}`, options);
    this.operation = operation;
    this.retryAfterMs = retryAfterMs;
  }
}

function formatDelay(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.ceil(ms))} ms` : `${(Math.ceil(ms / 100) / 10).toString()} s`;
}
