/**
 * Tool tests against the real daemon: a HostProvider over direct `connect()` calls (no host
 * manager needed), a ToolContext for driving a handler directly, and a harness that serves the
 * real tools through the real server to an in-process SDK client (test/support/in-process.ts),
 * which is how the integration tests call every tool.
 */
import { connect, type Connection } from '@libvirt-ts/client';
import type { Client } from '@modelcontextprotocol/client';
import type { z } from 'zod';
import type { LibvirtdEnv } from '../../../client/test/integration/global-setup.js';
import { configSchema, type Config } from '../../src/config/schema.js';
import type { HostProvider, HostStatus } from '../../src/server/create-server.js';
import type { AnyToolDefinition, HostHandle, ToolContext, ToolPolicyView } from '../../src/tools/define-tool.js';
import type { domainDefineXml } from '../../src/tools/domain/define-xml.js';
import type { domainGetXml } from '../../src/tools/domain/get-xml.js';
import type { domainGet } from '../../src/tools/domain/get.js';
import type {
  domainDestroy,
  domainReboot,
  domainReset,
  domainResume,
  domainStart,
  domainSuspend,
} from '../../src/tools/domain/lifecycle.js';
import type { domainList } from '../../src/tools/domain/list.js';
import type { domainSetAutostart, domainSetMemory, domainSetVcpus } from '../../src/tools/domain/resources.js';
import type { domainShutdown } from '../../src/tools/domain/shutdown.js';
import type { domainStats } from '../../src/tools/domain/stats.js';
import type { domainUndefine } from '../../src/tools/domain/undefine.js';
import type { hostCapabilities } from '../../src/tools/host/capabilities.js';
import type { hostInfo } from '../../src/tools/host/info.js';
import type { hostList } from '../../src/tools/host/list.js';
import { matchesGlob } from '../../src/tools/name-glob.js';
import { startInProcess, type ElicitationHandler, type InProcess } from './in-process.js';

export type { LibvirtdEnv };

/** The test driver behind the private daemon's socket; its state is shared by every connection. */
export function testDriverUri(socket: string): string {
  return `test+unix:///default?socket=${socket}`;
}

export interface DirectHostConfig {
  readonly name: string;
  readonly uri: string;
  readonly readOnly?: boolean;
}

/** Hosts connected on first use with plain `connect()`, one connection each, closed by close(). */
export class DirectHosts implements HostProvider {
  readonly names: readonly string[];
  readonly #configs: readonly DirectHostConfig[];
  readonly #connections = new Map<string, Promise<Connection>>();
  readonly #since = new Date().toISOString();

  constructor(hosts: readonly DirectHostConfig[]) {
    this.#configs = hosts;
    this.names = hosts.map((h) => h.name);
  }

  async get(name: string | undefined, signal?: AbortSignal): Promise<HostHandle> {
    const config = this.#configs.find((h) => h.name === (name ?? this.names[0]));
    if (config === undefined) throw new Error(`unknown host ${String(name)}`);
    let connection = this.#connections.get(config.name);
    if (connection === undefined) {
      connection = connect(config.uri, { readOnly: config.readOnly === true, ...(signal ? { signal } : {}) });
      this.#connections.set(config.name, connection);
    }
    return { name: config.name, connection: await connection, readOnly: config.readOnly === true };
  }

  /** The connection of a host, for test setup and checks behind the tools' back. */
  async connection(name?: string): Promise<Connection> {
    return (await this.get(name)).connection;
  }

  status(): HostStatus[] {
    return this.#configs.map((h) => ({
      name: h.name,
      uri: h.uri,
      state: this.#connections.has(h.name) ? 'connected' : 'idle',
      readOnly: h.readOnly === true,
      since: this.#since,
    }));
  }

  async close(): Promise<void> {
    const open = [...this.#connections.values()];
    this.#connections.clear();
    await Promise.all(open.map(async (c) => (await c.catch(() => undefined))?.close()));
  }
}

/** A ToolPolicyView with glob target filters and no XML rules, for handlers driven directly. */
export function simplePolicy(options: { deny?: readonly string[]; allowSecureXml?: boolean } = {}): ToolPolicyView {
  const deny = options.deny ?? [];
  return {
    allowsTarget: (_kind, name) => !deny.some((pattern) => matchesGlob(pattern, name)),
    checkXml: () => undefined,
    allowSecureXml: options.allowSecureXml ?? false,
  };
}

/** A ToolContext for calling a handler without the server (no confirmation, no audit). */
export function directContext(host: HostHandle, overrides: Partial<ToolContext> = {}): ToolContext {
  return {
    host,
    policy: simplePolicy(),
    signal: new AbortController().signal,
    progress: () => Promise.resolve(),
    ...overrides,
  };
}

/** Runs a handler as the server would: arguments parsed by its input schema, output checked. */
export async function callDirect<T extends AnyToolDefinition>(
  tool: T,
  args: Record<string, unknown>,
  ctx: ToolContext,
): Promise<{ structured: z.infer<T['output']>; summary: string }> {
  const parsed: unknown = (tool.input as z.ZodObject).parse(args);
  const result = await tool.handler(parsed, ctx);
  return {
    structured: (tool.output as z.ZodObject).parse(result.structured) as z.infer<T['output']>,
    summary: result.summary,
  };
}

/** Every tool by name, for typed results. */
interface Tools {
  host_list: typeof hostList;
  host_info: typeof hostInfo;
  host_capabilities: typeof hostCapabilities;
  domain_list: typeof domainList;
  domain_get: typeof domainGet;
  domain_get_xml: typeof domainGetXml;
  domain_define_xml: typeof domainDefineXml;
  domain_start: typeof domainStart;
  domain_shutdown: typeof domainShutdown;
  domain_reboot: typeof domainReboot;
  domain_reset: typeof domainReset;
  domain_destroy: typeof domainDestroy;
  domain_suspend: typeof domainSuspend;
  domain_resume: typeof domainResume;
  domain_undefine: typeof domainUndefine;
  domain_set_autostart: typeof domainSetAutostart;
  domain_set_memory: typeof domainSetMemory;
  domain_set_vcpus: typeof domainSetVcpus;
  domain_stats: typeof domainStats;
}
export type ToolName = keyof Tools;
export type ToolOutput<N extends ToolName> = z.infer<Tools[N]['output']>;

/** What a tool call came back with, through the SDK client. */
export interface ToolCallResult<N extends ToolName> {
  readonly isError: boolean;
  /** The text content (the summary, or the error message). */
  readonly text: string;
  /** structuredContent; undefined when the call failed. */
  readonly structured: ToolOutput<N> | undefined;
}

export interface ToolHarness {
  readonly hosts: DirectHosts;
  readonly server: InProcess;
  readonly client: Client;
  /** Calls a tool as a client would; arguments are not type-checked, so tests can send bad ones. */
  call<N extends ToolName>(name: N, args?: Record<string, unknown>, options?: CallOptions): Promise<ToolCallResult<N>>;
  /** Calls a tool that must succeed; fails the test with the tool's message otherwise. */
  ok<N extends ToolName>(
    name: N,
    args?: Record<string, unknown>,
    options?: CallOptions,
  ): Promise<{ readonly structured: ToolOutput<N>; readonly text: string }>;
  /** The connection to the test host behind the server, for setup and checks. */
  connection(): Promise<Connection>;
  close(): Promise<void>;
}

export interface CallOptions {
  readonly onprogress?: (progress: { progress: number; total?: number; message?: string }) => void;
  readonly signal?: AbortSignal;
  readonly timeout?: number;
}

export interface HarnessOptions {
  /** Extra config: `security` settings and host target filters (`domains`). */
  readonly security?: Record<string, unknown>;
  readonly domains?: { allow?: string[]; deny?: string[] };
  readonly readOnlyHost?: boolean;
  readonly elicitation?: ElicitationHandler;
  readonly clientEra?: '2025' | '2026';
}

export const TEST_HOST = 'lab';

/**
 * The real tools behind the real server, over an in-process SDK client, on host `lab` (the
 * daemon's test driver). Destructive tools are confirmed by an elicitation handler that accepts,
 * unless the options say otherwise.
 */
export async function startToolHarness(libvirtd: LibvirtdEnv, options: HarnessOptions = {}): Promise<ToolHarness> {
  const uri = testDriverUri(options.readOnlyHost === true ? libvirtd.readOnlySocket : libvirtd.socket);
  const config: Config = configSchema.parse({
    hosts: [{ name: TEST_HOST, uri, read_only: options.readOnlyHost === true, domains: options.domains ?? {} }],
    security: { allowed_storage_paths: ['/guest', '/var/lib/libvirt/images'], ...options.security },
  });
  const hosts = new DirectHosts([{ name: TEST_HOST, uri, readOnly: options.readOnlyHost === true }]);
  const server = await startInProcess({
    config,
    hosts,
    elicitation: options.elicitation ?? (() => ({ action: 'accept', content: { confirm: true } })),
    ...(options.clientEra === undefined ? {} : { clientEra: options.clientEra }),
  });
  const call = async <N extends ToolName>(
    name: N,
    args: Record<string, unknown> = {},
    callOptions: CallOptions = {},
  ): Promise<ToolCallResult<N>> => {
    const result = await server.client.callTool({ name, arguments: args }, callOptions);
    const text = result.content
      .filter((c): c is { type: 'text'; text: string } => c.type === 'text')
      .map((c) => c.text)
      .join('\n');
    return {
      isError: result.isError === true,
      text,
      structured: result.structuredContent as ToolOutput<N> | undefined,
    };
  };
  return {
    hosts,
    server,
    client: server.client,
    call,
    async ok(name, args, callOptions) {
      const result = await call(name, args, callOptions);
      if (result.isError || result.structured === undefined) throw new Error(`${name} failed: ${result.text}`);
      return { structured: result.structured, text: result.text };
    },
    connection: () => hosts.connection(TEST_HOST),
    async close() {
      await server.close();
      await hosts.close();
    },
  };
}
