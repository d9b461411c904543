/*
 * The package's public API, for embedding the server instead of running the bin: build an
 * McpServer over your own hosts (createMcpServer), or run the whole thing (runServer).
 */
export { runServer, type RunDeps, type RunningServer } from './server/run.js';
export {
  createMcpServer,
  createMcpServer as createServer,
  createServerFactory,
  enabledTools,
  type HostProvider,
  type HostStatus,
  type ServerDeps,
} from './server/create-server.js';
export { createServerRuntime, type ServerRuntime } from './server/runtime.js';
export { createAuditLog, type AuditEntry, type AuditLog, type AuditOutcome } from './server/audit.js';
export { HttpConfigError } from './server/http-guard.js';
export { allTools } from './tools/index.js';
export {
  defineTool,
  TOOLSETS,
  type AnyToolDefinition,
  type HostHandle,
  type ToolContext,
  type ToolDefinition,
  type ToolPolicyView,
  type ToolResult,
  type Toolset,
} from './tools/define-tool.js';
export { configSchema, type Config, type HostConfig, type SecurityConfig } from './config/schema.js';
