/**
 * Every tool of the server, in the order `tools/list` shows them and docs/tools.md documents them.
 * The server registers those the policy enables.
 */
import type { AnyToolDefinition } from './define-tool.js';
import { domainDefineXml } from './domain/define-xml.js';
import { domainGetXml } from './domain/get-xml.js';
import { domainGet } from './domain/get.js';
import {
  domainDestroy,
  domainReboot,
  domainReset,
  domainResume,
  domainStart,
  domainSuspend,
} from './domain/lifecycle.js';
import { domainList } from './domain/list.js';
import { domainSetAutostart, domainSetMemory, domainSetVcpus } from './domain/resources.js';
import { domainShutdown } from './domain/shutdown.js';
import { domainStats } from './domain/stats.js';
import { domainUndefine } from './domain/undefine.js';
import { hostCapabilities } from './host/capabilities.js';
import { hostInfo } from './host/info.js';
import { hostList } from './host/list.js';

export const allTools: readonly AnyToolDefinition[] = [
  hostList,
  hostInfo,
  hostCapabilities,
  domainList,
  domainGet,
  domainGetXml,
  domainDefineXml,
  domainStart,
  domainShutdown,
  domainReboot,
  domainReset,
  domainDestroy,
  domainSuspend,
  domainResume,
  domainUndefine,
  domainSetAutostart,
  domainSetMemory,
  domainSetVcpus,
  domainStats,
];

export { defineTool, TOOLSETS } from './define-tool.js';
export type {
  AnyToolDefinition,
  HostHandle,
  HostStatusView,
  HostsView,
  TargetKind,
  ToolAnnotations,
  ToolContext,
  ToolDefinition,
  ToolPolicyView,
  ToolResult,
  ToolTarget,
  Toolset,
} from './define-tool.js';
export { ToolError } from './errors.js';
