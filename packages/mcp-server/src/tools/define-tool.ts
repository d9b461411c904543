import type { Connection } from '@libvirt-ts/client';
import type { z } from 'zod';

/**
 * Groups of tools an operator enables or disables as a whole (`toolsets` in the config).
 * Every tool belongs to exactly one.
 */
export const TOOLSETS = ['host', 'domain', 'snapshot', 'network', 'storage', 'nodedev', 'secret'] as const;
export type Toolset = (typeof TOOLSETS)[number];

/** The kinds of libvirt object a per-host target filter can hide (`domains`, `networks`, `pools`). */
export type TargetKind = 'domain' | 'network' | 'pool';

/** The object a call acts on, for target filters and the audit log. */
export interface ToolTarget {
  readonly kind: TargetKind;
  readonly name: string;
}

/**
 * MCP's four behaviour hints. Every tool sets all of them explicitly: clients show them to
 * users, and our policy keys `disable_destructive` and `read_only` off the same values (the
 * server enforces them; for clients they are only hints).
 */
export interface ToolAnnotations {
  readonly readOnlyHint: boolean;
  readonly destructiveHint: boolean;
  readonly idempotentHint: boolean;
  readonly openWorldHint: boolean;
}

/** What a libvirt host looks like to a tool: its configured name and a live connection. */
export interface HostHandle {
  readonly name: string;
  /** Opened read-only when the policy is read-only, so the daemon refuses writes too. */
  readonly connection: Connection;
  readonly readOnly: boolean;
}

/** Per-host target filters and the XML policy, as tools consult them while they run. */
export interface ToolPolicyView {
  /** False when the host's `domains`/`networks`/`pools` filter hides this object. */
  allowsTarget(kind: TargetKind, name: string): boolean;
  /**
   * Checks libvirt XML the caller wants to hand to the daemon (domain, device, network, pool).
   * Throws a PolicyViolationError naming the element and the rule on the first rejection.
   */
  checkXml(kind: 'domain' | 'device' | 'network' | 'pool', xml: string): void;
  /** Whether XML returned to the client may include secure fields (VIR_DOMAIN_XML_SECURE). */
  readonly allowSecureXml: boolean;
}

/**
 * One configured host as the server's host manager reports it (M1's `HostStatus` satisfies this):
 * `uri` has its credentials redacted.
 */
export interface HostStatusView {
  readonly name: string;
  readonly uri: string;
  readonly state: 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed';
  /** Whether connections to it are opened read-only. */
  readonly readOnly?: boolean;
  readonly lastError?: string;
  /** ISO 8601 time the host entered `state`. */
  readonly since: string;
}

/** Every configured host, for `host_list`; the server passes its HostProvider here. */
export interface HostsView {
  /** Config order; `names[0]` is the default host. */
  readonly names: readonly string[];
  status(): readonly HostStatusView[];
}

export interface ToolContext {
  readonly host: HostHandle;
  /**
   * Every configured host and its connection state. Optional so that tests can drive handlers
   * without a host manager; the server always sets it (host_list needs it).
   */
  readonly hosts?: HostsView;
  readonly policy: ToolPolicyView;
  /** Aborted when the client cancels the request or the server shuts down. */
  readonly signal: AbortSignal;
  /** Sends a progress notification when the client asked for them; otherwise does nothing. */
  progress(progress: number, total?: number, message?: string): Promise<void>;
}

/** A tool's answer: `structured` becomes `structuredContent`, `summary` the text content. */
export interface ToolResult<Output> {
  readonly structured: Output;
  readonly summary: string;
}

/**
 * One MCP tool. Handlers are plain async functions over the client's object API; the server
 * wraps each one with the policy checks, confirmation, rate limits, audit and error mapping, so
 * a handler only does libvirt work. `host` is not part of `input`: the server adds an optional
 * `host` argument to every tool and resolves it to `ctx.host`.
 */
export interface ToolDefinition<Input extends z.ZodObject = z.ZodObject, Output extends z.ZodObject = z.ZodObject> {
  /** snake_case `noun_verb`, e.g. `domain_start`. */
  readonly name: string;
  /** The policy's name for it, `noun.verb`, e.g. `domain.start`; one-to-one with `name`. */
  readonly operation: string;
  readonly toolset: Toolset;
  readonly title: string;
  readonly description: string;
  readonly annotations: ToolAnnotations;
  /**
   * False for tools that only describe the server's own configuration (`host_list`): the server
   * then does not connect to the host first, so they answer while hosts are down, and their
   * `ctx.host.connection` must not be used.
   */
  readonly connects?: false;
  readonly input: Input;
  readonly output: Output;
  /** The object the arguments name, when there is one (checked against target filters). */
  target?(args: z.infer<Input>): ToolTarget | undefined;
  /**
   * For destructive tools: the question put to the human when `confirm_destructive` is on,
   * e.g. `Destroy (power off) domain 'web-1' on host 'lab1'?`.
   */
  confirmation?(args: z.infer<Input>, host: string): string;
  handler(args: z.infer<Input>, ctx: ToolContext): Promise<ToolResult<z.infer<Output>>>;
}

/** Type-checks a tool definition while keeping its precise input and output types. */
export function defineTool<Input extends z.ZodObject, Output extends z.ZodObject>(
  definition: ToolDefinition<Input, Output>,
): ToolDefinition<Input, Output> {
  return definition;
}

/** A tool of any input and output, for registries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyToolDefinition = ToolDefinition<any, any>;
