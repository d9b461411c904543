import { McpServer, type McpServerFactory } from '@modelcontextprotocol/server';
import type { z } from 'zod';
import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import { toolPolicyDecision } from '../policy/operations.js';
import type { HostStatus } from '../hosts/host-manager.js';
import type { AnyToolDefinition, HostHandle } from '../tools/define-tool.js';
import { allTools } from '../tools/index.js';
import type { AuditLog } from './audit.js';
import { auditUnofferedToolCalls } from './audit-unoffered.js';
import { HostPolicies, serveToolCall } from './call-tool.js';
import { createServerRuntime, type ServerRuntime } from './runtime.js';
import { SERVER_NAME, serverVersion } from './server-info.js';
import { advertiseOnly, callSchema } from './tool-schema.js';

export type { HostStatus } from '../hosts/host-manager.js';

/** The hosts tools may act on. HostManager implements it; tests use direct connections. */
export interface HostProvider {
  /** Configured host names in config order; the first is the default. */
  readonly names: readonly string[];
  /** Throws UnknownHostError or HostUnavailableError. */
  get(name: string | undefined, signal?: AbortSignal): Promise<HostHandle>;
  status(): readonly HostStatus[];
}

export interface ServerDeps {
  readonly config: Config;
  readonly hosts: HostProvider;
  readonly logger: Logger;
  readonly audit: AuditLog;
  /** Default: every tool (allTools); the policy then picks the ones this server offers. */
  readonly tools?: readonly AnyToolDefinition[];
  /**
   * Process-wide state (rate limits, concurrency cap, confirmations, shutdown). Servers built for
   * the same process must share one; without it each server gets its own.
   */
  readonly runtime?: ServerRuntime;
  /** Audit label for calls whose transport has no session id (e.g. `stdio`). */
  readonly session?: string;
}

/**
 * Builds the MCP server: registers the tools the policy enables (read_only, disable_destructive,
 * toolsets, allowed/denied operations), each behind the call wrapper (policy re-check, host,
 * target filters, confirmation, limits, error mapping, audit).
 */
export function createMcpServer(deps: ServerDeps): McpServer {
  const runtime = deps.runtime ?? createServerRuntime(deps.config);
  const { config } = deps;
  const known = deps.tools ?? allTools;
  const tools = enabledTools(known, config);
  assertSomeToolEnabled(tools);
  const mcp = new McpServer(
    { name: SERVER_NAME, version: serverVersion() },
    {
      instructions: instructions(deps.hosts.names, config),
      requestState: { verify: (state, ctx) => runtime.confirmations.codec.verify(state, ctx) },
      maxToolInputElements: 10_000,
    },
  );
  const callDeps = {
    config,
    hosts: deps.hosts,
    logger: deps.logger,
    audit: deps.audit,
    runtime,
    hostPolicies: new HostPolicies(config),
    ...(deps.session === undefined ? {} : { session: deps.session }),
  };
  // Declared here rather than in the constructor, which would install the SDK's tools handlers
  // at once: the first registerTool installs them, after the audit hook is in place.
  mcp.server.registerCapabilities({ tools: { listChanged: false } });
  auditUnofferedToolCalls(mcp, {
    config,
    allTools: known,
    offered: new Set(tools.map((tool) => tool.name)),
    audit: deps.audit,
    session: deps.session,
  });
  for (const tool of tools) {
    const schema = callSchema(tool, deps.hosts.names);
    mcp.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: advertiseOnly(schema),
        outputSchema: advertiseOnly(tool.output as z.ZodObject),
        annotations: { title: tool.title, ...tool.annotations },
      },
      (args, ctx) => serveToolCall(tool, schema, args, ctx, mcp, callDeps),
    );
  }
  return mcp;
}

/** The policy removed every tool: a server without tools would only confuse its clients. */
export class NoToolsError extends Error {
  override readonly name = 'NoToolsError';
}

/**
 * A factory for the SDK's serving entries (serveStdio, createMcpHandler, per-session HTTP):
 * every server it builds shares one runtime.
 */
export function createServerFactory(deps: ServerDeps): { factory: McpServerFactory; runtime: ServerRuntime } {
  // Fail at startup, not on the first HTTP request, when the policy leaves nothing to offer.
  assertSomeToolEnabled(enabledTools(deps.tools ?? allTools, deps.config));
  const runtime = deps.runtime ?? createServerRuntime(deps.config);
  const shared = { ...deps, runtime };
  return { factory: () => createMcpServer(shared), runtime };
}

function assertSomeToolEnabled(tools: readonly AnyToolDefinition[]): void {
  if (tools.length > 0) return;
  throw new NoToolsError(
    'the configuration leaves no tool to offer: check toolsets, security.allowed_operations, ' +
      'security.denied_operations, security.read_only and security.disable_destructive',
  );
}

/** The tools this configuration offers, in their declared order. */
export function enabledTools(tools: readonly AnyToolDefinition[], config: Config): AnyToolDefinition[] {
  return tools.filter((tool) => toolPolicyDecision(tool, config.security, config.toolsets).allowed);
}

function instructions(hostNames: readonly string[], config: Config): string {
  const lines = [
    `Tools act on libvirt hosts named in the server's configuration: ${hostNames.join(', ')} ` +
      `(default '${hostNames[0] ?? ''}'; pass \`host\` to choose another).`,
  ];
  if (config.security.read_only) lines.push('The server is read-only: it offers no tool that changes state.');
  if (config.security.confirm_destructive && !config.security.read_only) {
    lines.push('Destructive tools ask the user for confirmation before they run.');
  }
  return lines.join('\n');
}
