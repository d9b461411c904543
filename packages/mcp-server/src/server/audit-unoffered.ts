import type { McpServer, ServerContext } from '@modelcontextprotocol/server';
import type { Config } from '../config/schema.js';
import { toolPolicyDecision } from '../policy/operations.js';
import type { AnyToolDefinition } from '../tools/define-tool.js';
import type { AuditEntry, AuditLog } from './audit.js';
import { auditedClient, clientIdentity } from './client-identity.js';
import { redactArguments } from './redact.js';

/** Longest tool name an audit line repeats from a request; a hostile client chooses the name. */
const MAX_AUDITED_NAME = 128;

interface ToolCallRequest {
  readonly params: { readonly name: string; readonly arguments?: unknown };
}
type ToolCallHandler = (request: ToolCallRequest, ctx: ServerContext) => unknown;

export interface UnofferedCallAudit {
  readonly config: Config;
  /** Every tool the server knows, offered or not, to tell "removed by the policy" from "unknown". */
  readonly allTools: readonly AnyToolDefinition[];
  readonly offered: ReadonlySet<string>;
  readonly audit: AuditLog;
  readonly session: string | undefined;
}

/**
 * A call naming a tool this server does not offer (one the policy removed, or no tool at all) is
 * answered by the SDK before any tool handler runs, yet it is exactly the attempt an operator wants
 * in the audit log. So the SDK's own `tools/call` handler is wrapped as McpServer installs it
 * (with the first registerTool): such a call writes a `denied` line, then the SDK answers it as
 * usual. Must run before the first tool is registered.
 */
export function auditUnofferedToolCalls(mcp: McpServer, options: UnofferedCallAudit): void {
  const server = mcp.server;
  const install = server.setRequestHandler.bind(server) as (method: string, ...rest: unknown[]) => unknown;
  const intercept = (method: string, ...rest: unknown[]): unknown => {
    const handler = rest.at(-1);
    if (method === 'tools/call' && typeof handler === 'function') {
      const sdkHandler = handler as ToolCallHandler;
      rest[rest.length - 1] = (request: ToolCallRequest, ctx: ServerContext): unknown => {
        if (!options.offered.has(request.params.name)) record(mcp, request, ctx, options);
        return sdkHandler(request, ctx);
      };
    }
    return install(method, ...rest);
  };
  server.setRequestHandler = intercept;
}

function record(mcp: McpServer, request: ToolCallRequest, ctx: ServerContext, options: UnofferedCallAudit): void {
  const name = request.params.name.slice(0, MAX_AUDITED_NAME);
  const tool = options.allTools.find((candidate) => candidate.name === name);
  const decision = tool && toolPolicyDecision(tool, options.config.security, options.config.toolsets);
  const identity = clientIdentity(mcp, ctx);
  const session = ctx.sessionId ?? options.session;
  const entry: AuditEntry = {
    client: auditedClient(identity),
    ...(session === undefined ? {} : { session }),
    tool: name,
    operation: tool?.operation ?? 'unknown',
    arguments: redactArguments(request.params.arguments ?? {}),
    outcome: 'denied',
    ...(decision !== undefined && !decision.allowed
      ? { error_code: 'operation_denied', message: decision.reason }
      : { error_code: 'unknown_tool', message: `no tool named '${name}'` }),
    duration_ms: 0,
  };
  options.audit.record(entry);
}
