import { McpServer, type McpServerFactory } from '@modelcontextprotocol/server';
import type { z } from 'zod';
import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import { toolPolicyDecision } from '../policy/operations.js';
import type { HostStatus } from '../hosts/host-manager.js';
import type { AnyToolDefinition, HostHandle } from '../tools/define-tool.js';
import { allTools } from '../tools/index.js';
import type { AuditLog } from './audit.js';
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
  const tools = enabledTools(deps.tools ?? allTools, config);
  const mcp = new McpServer(
    { name: SERVER_NAME, version: serverVersion() },
    {
      capabilities: { tools: { listChanged: false } },
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

/**
 * A factory for the SDK's serving entries (serveStdio, createMcpHandler, per-session HTTP):
 * every server it builds shares one runtime.
 */
export function createServerFactory(deps: ServerDeps): { factory: McpServerFactory; runtime: ServerRuntime } {
  const runtime = deps.runtime ?? createServerRuntime(deps.config);
  const shared = { ...deps, runtime };
  return { factory: () => createMcpServer(shared), runtime };
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
