import { setMaxListeners } from 'node:events';
import { AbortError } from '@libvirt-ts/client';
import type { CallToolResult, InputRequiredResult, McpServer, ServerContext } from '@modelcontextprotocol/server';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Config, HostConfig } from '../config/schema.js';
import { OperationDeniedError, RateLimitedError, TargetNotFoundError } from '../policy/errors.js';
import { toolPolicyDecision } from '../policy/operations.js';
import { TargetFilters } from '../policy/targets.js';
import { policyView } from '../policy/view.js';
import type {
  AnyToolDefinition,
  HostHandle,
  HostsView,
  ToolContext,
  ToolPolicyView,
  ToolTarget,
} from '../tools/define-tool.js';
import type { AuditConfirmation, AuditEntry, AuditLog } from './audit.js';
import { auditedClient, clientIdentity, type ClientIdentity } from './client-identity.js';
import { failureResult, mapError, type MappedFailure } from './errors.js';
import { redactArguments } from './redact.js';
import type { ServerRuntime } from './runtime.js';
import { describeIssues } from './tool-schema.js';

/** What the wrapper needs from the host manager (a subset of HostProvider). */
export interface HostSource extends HostsView {
  get(name: string | undefined, signal?: AbortSignal): Promise<HostHandle>;
}

export interface CallDeps {
  readonly config: Config;
  readonly hosts: HostSource;
  readonly logger: Logger;
  readonly audit: AuditLog;
  readonly runtime: ServerRuntime;
  /** Per-host policy objects, built once per host. */
  readonly hostPolicies: HostPolicies;
  /** Labels the audit's `session` when the transport has no session id (stdio). */
  readonly session?: string;
}

/** Target filters and the tool-facing policy view of each configured host, built on first use. */
export class HostPolicies {
  private readonly cache = new Map<string, { filters: TargetFilters; view: ToolPolicyView }>();
  constructor(private readonly config: Config) {}

  get(name: string): { filters: TargetFilters; view: ToolPolicyView; host: HostConfig } | undefined {
    const host = this.config.hosts.find((candidate) => candidate.name === name);
    if (host === undefined) return undefined;
    let entry = this.cache.get(name);
    if (entry === undefined) {
      entry = { filters: new TargetFilters(host), view: policyView(host, this.config.security) };
      this.cache.set(name, entry);
    }
    return { ...entry, host };
  }
}

type CallResult = CallToolResult | InputRequiredResult;

/**
 * Serves one `tools/call` of one tool: everything between the SDK and the tool's handler. The
 * order matters: validation, the policy (again: it is re-checked on every call, not only when
 * tools are listed), the host, the target filter, the human's confirmation, then the rate limit
 * and the concurrency cap (so a confirmation round does not spend a token), then the call.
 * Every path that ends the call writes one audit line.
 */
export async function serveToolCall(
  tool: AnyToolDefinition,
  schema: z.ZodObject,
  raw: Record<string, unknown>,
  ctx: ServerContext,
  mcp: McpServer,
  deps: CallDeps,
): Promise<CallResult> {
  const started = performance.now();
  const identity = clientIdentity(mcp, ctx);
  const { config, runtime } = deps;
  // What the audit line says about the call, filled in as the call is understood.
  const seen: { host?: string; target?: ToolTarget; confirmation?: AuditConfirmation; args: unknown } = { args: raw };

  const audit = (outcome: AuditEntry['outcome'], failure?: MappedFailure): void => {
    try {
      deps.audit.record(
        auditEntry({
          identity,
          session: ctx.sessionId ?? deps.session,
          tool,
          host: seen.host,
          target: seen.target,
          args: seen.args,
          outcome,
          confirmation: seen.confirmation,
          failure,
          durationMs: performance.now() - started,
        }),
      );
    } catch (error) {
      deps.logger.error({ err: error, tool: tool.name }, 'audit log write failed');
    }
  };
  const fail = (failure: MappedFailure): CallToolResult => {
    audit(failure.outcome, failure);
    return failureResult(failure);
  };

  if (runtime.draining.signal.aborted) {
    return fail({ outcome: 'error', code: 'shutting_down', message: 'The server is shutting down; call refused.' });
  }

  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return fail({ outcome: 'error', code: 'invalid_arguments', message: describeIssues(tool.name, parsed.error) });
  }
  const { host: requestedHost, ...args } = parsed.data as Record<string, unknown> & { host?: string };
  seen.args = args;
  const hostName = requestedHost ?? deps.hosts.names[0];
  seen.host = hostName;

  const decision = toolPolicyDecision(tool, config.security, config.toolsets);
  if (!decision.allowed) {
    return fail(mapError(new OperationDeniedError(tool.operation, decision.reason)));
  }

  const policies = hostName === undefined ? undefined : deps.hostPolicies.get(hostName);
  if (hostName === undefined || policies === undefined) {
    return fail({
      outcome: 'error',
      code: 'unknown_host',
      message: `Unknown host '${String(hostName)}'; configured hosts: ${deps.hosts.names.join(', ')}.`,
    });
  }

  let target: ToolTarget | undefined;
  try {
    target = tool.target?.(args);
  } catch (error) {
    return fail(mapError(error, hostName));
  }
  seen.target = target;
  if (target !== undefined && !policies.filters.allows(target.kind, target.name)) {
    // Worded like libvirt's own "not found": a hidden object must look like an absent one.
    return fail(mapError(new TargetNotFoundError(target.kind, target.name, hostName)));
  }

  if (tool.annotations.destructiveHint && config.security.confirm_destructive) {
    const question = tool.confirmation?.(args, hostName) ?? `Run ${tool.title} (${tool.name}) on host '${hostName}'?`;
    const outcome = await runtime.confirmations.decide(
      { tool: tool.name, host: hostName, args, question },
      config.security,
      ctx,
      identity.capabilities,
    );
    if (outcome.kind === 'ask') return outcome.result;
    seen.confirmation = outcome.confirmation;
    if (outcome.kind === 'refuse') {
      return fail({ outcome: outcome.outcome, code: outcome.confirmation, message: outcome.message });
    }
  }

  const rate = runtime.rateLimiter.take(tool.operation);
  if (!rate.ok) {
    return fail(mapError(new RateLimitedError(tool.operation, rate.retryAfterMs)));
  }
  const release = runtime.concurrency.tryAcquire();
  if (release === undefined) {
    return fail({
      outcome: 'rate_limited',
      code: 'concurrency_limit',
      message: `Too many tool calls in progress (at most ${config.security.max_concurrent_calls}); try again shortly.`,
      retryAfterMs: 1000,
    });
  }
  const done = runtime.inFlight.begin();
  const cancel = followSignals(ctx.mcpReq.signal, runtime.shutdown.signal);
  const signal = cancel.signal;
  try {
    const host =
      tool.connects === false ? unconnectedHost(hostName, deps.hosts) : await deps.hosts.get(hostName, signal);
    const toolContext: ToolContext = {
      host,
      hosts: deps.hosts,
      policy: policies.view,
      signal,
      progress: progressReporter(ctx, deps.logger),
    };
    const result = await tool.handler(args, toolContext);
    const output = (tool.output as z.ZodObject).safeParse(result.structured);
    if (!output.success) {
      deps.logger.error({ tool: tool.name, issues: output.error.issues }, 'tool output does not match its schema');
      return fail({
        outcome: 'error',
        code: 'invalid_output',
        message: `Internal error: ${tool.name} produced a result that does not match its output schema.`,
      });
    }
    audit('ok');
    return {
      content: [{ type: 'text', text: result.summary }],
      structuredContent: output.data,
    };
  } catch (error) {
    // Whatever a handler throws once its signal fired, the call ended because it was cancelled.
    const failure = signal.aborted
      ? mapError(new AbortError(runtime.shutdown.signal.aborted ? 'shutdown' : 'cancelled', { cause: error }))
      : mapError(error, hostName);
    if (failure.code === 'internal' || failure.code === 'error') {
      deps.logger.error({ err: error, tool: tool.name, host: hostName }, 'tool call failed');
    } else {
      deps.logger.debug({ err: error, tool: tool.name, host: hostName }, 'tool call failed');
    }
    return fail(failure);
  } finally {
    cancel.dispose();
    release();
    done();
  }
}

/**
 * A signal aborted when either source is. Not AbortSignal.any: the shutdown signal lives as long
 * as the process, and every call would leave it one more dependent signal to track.
 */
function followSignals(a: AbortSignal, b: AbortSignal): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  // A tool paging through hundreds of domains has one call in flight per domain, each with its
  // own listener on this signal, removed when its reply comes. That is no leak.
  setMaxListeners(0, controller.signal);
  const abort = (): void => {
    controller.abort(a.aborted ? a.reason : b.reason);
  };
  if (a.aborted || b.aborted) abort();
  a.addEventListener('abort', abort, { once: true });
  b.addEventListener('abort', abort, { once: true });
  return {
    signal: controller.signal,
    dispose() {
      a.removeEventListener('abort', abort);
      b.removeEventListener('abort', abort);
    },
  };
}

/** ToolContext.progress: a notification tied to the request when the client sent a progress token. */
function progressReporter(ctx: ServerContext, logger: Logger): ToolContext['progress'] {
  const token = ctx.mcpReq._meta?.progressToken;
  if (token === undefined) return () => Promise.resolve();
  return async (progress, total, message) => {
    try {
      await ctx.mcpReq.notify({
        method: 'notifications/progress',
        params: {
          progressToken: token,
          progress,
          ...(total === undefined ? {} : { total }),
          ...(message === undefined ? {} : { message }),
        },
      });
    } catch (error) {
      // A client that went away must not fail the operation it started.
      logger.debug({ err: error }, 'progress notification not delivered');
    }
  };
}

interface EntryParts {
  readonly identity: ClientIdentity;
  readonly session: string | undefined;
  readonly tool: AnyToolDefinition;
  readonly host: string | undefined;
  readonly target: ToolTarget | undefined;
  readonly args: unknown;
  readonly outcome: AuditEntry['outcome'];
  readonly confirmation: AuditConfirmation | undefined;
  readonly failure: MappedFailure | undefined;
  readonly durationMs: number;
}

function auditEntry(parts: EntryParts): AuditEntry {
  const { identity, failure } = parts;
  return {
    client: auditedClient(identity),
    ...(parts.session === undefined ? {} : { session: parts.session }),
    tool: parts.tool.name,
    operation: parts.tool.operation,
    ...(parts.host === undefined ? {} : { host: parts.host }),
    ...(parts.target === undefined ? {} : { target: { kind: parts.target.kind, name: parts.target.name } }),
    arguments: redactArguments(parts.args),
    outcome: parts.outcome,
    ...(parts.confirmation === undefined ? {} : { confirmation: parts.confirmation }),
    ...(failure === undefined ? {} : { error_code: failure.code, message: failure.message }),
    ...(failure?.libvirt === undefined
      ? {}
      : {
          libvirt_error: {
            code: failure.libvirt.code,
            name: failure.libvirt.codeName,
            domain: failure.libvirt.domainName,
          },
        }),
    duration_ms: Math.round(parts.durationMs * 1000) / 1000,
  };
}

/** The host handle of a tool that declared `connects: false`: a name without a connection. */
function unconnectedHost(name: string, hosts: HostSource): HostHandle {
  const readOnly = hosts.status().find((status) => status.name === name)?.readOnly ?? false;
  return {
    name,
    readOnly,
    get connection(): never {
      throw new Error(`a tool that declared connects: false used the connection to host '${name}'`);
    },
  };
}
