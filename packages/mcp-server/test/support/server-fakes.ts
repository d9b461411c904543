import { LibvirtError, type Connection } from '@libvirt-ts/client';
import { z } from 'zod';
import { configSchema, type Config } from '../../src/config/schema.js';
import type { HostProvider, HostStatus } from '../../src/server/create-server.js';
import { defineTool, type AnyToolDefinition, type HostHandle } from '../../src/tools/define-tool.js';

/*
 * Small stand-ins for the server's unit tests: tools that record what they were given, and hosts
 * without a daemon. The real tools and host manager are exercised by the integration and e2e
 * tests.
 */

export type RecordedCall = { readonly tool: string; readonly args: unknown; readonly host: string };

export interface FakeTools {
  readonly tools: readonly AnyToolDefinition[];
  readonly calls: RecordedCall[];
  /** Resolves the next `thing_wait` call (it otherwise waits for its signal). */
  release(): void;
  /** Rejections `thing_fail` throws, in order. */
  failures: Error[];
}

const nameInput = z.object({ name: z.string().min(1).max(64) }).strict();
const thingOutput = z.object({ name: z.string(), host: z.string(), state: z.string() });

export function fakeTools(): FakeTools {
  const calls: RecordedCall[] = [];
  let releaseWait: (() => void) | undefined;
  const state: FakeTools = {
    calls,
    failures: [],
    release() {
      releaseWait?.();
    },
    tools: [],
  };
  const record = (tool: string, args: unknown, host: HostHandle): void => {
    calls.push({ tool, args, host: host.name });
  };
  const tools: AnyToolDefinition[] = [
    defineTool({
      name: 'thing_get',
      operation: 'domain.get',
      toolset: 'domain',
      title: 'Get a thing',
      description: 'Reads a thing.',
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
      input: nameInput,
      output: thingOutput,
      target: (args) => ({ kind: 'domain', name: args.name }),
      handler: (args, ctx) => {
        record('thing_get', args, ctx.host);
        return Promise.resolve({
          structured: { name: args.name, host: ctx.host.name, state: 'running' },
          summary: `thing ${args.name} is running`,
        });
      },
    }),
    defineTool({
      name: 'thing_start',
      operation: 'domain.start',
      toolset: 'domain',
      title: 'Start a thing',
      description: 'Starts a thing (a write, not destructive).',
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
      input: nameInput,
      output: thingOutput,
      target: (args) => ({ kind: 'domain', name: args.name }),
      handler: (args, ctx) => {
        record('thing_start', args, ctx.host);
        return Promise.resolve({
          structured: { name: args.name, host: ctx.host.name, state: 'running' },
          summary: `thing ${args.name} started`,
        });
      },
    }),
    defineTool({
      name: 'thing_destroy',
      operation: 'domain.destroy',
      toolset: 'domain',
      title: 'Destroy a thing',
      description: 'Powers a thing off.',
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false },
      input: nameInput,
      output: thingOutput,
      target: (args) => ({ kind: 'domain', name: args.name }),
      confirmation: (args, host) => `Destroy (power off) thing '${args.name}' on host '${host}'?`,
      handler: (args, ctx) => {
        record('thing_destroy', args, ctx.host);
        return Promise.resolve({
          structured: { name: args.name, host: ctx.host.name, state: 'shut off' },
          summary: `thing ${args.name} destroyed`,
        });
      },
    }),
    defineTool({
      name: 'thing_wait',
      operation: 'domain.wait',
      toolset: 'domain',
      title: 'Wait for a thing',
      description: 'Reports progress, then waits until released or cancelled.',
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
      input: nameInput,
      output: thingOutput,
      handler: async (args, ctx) => {
        record('thing_wait', args, ctx.host);
        await ctx.progress(1, 2, 'waiting');
        await new Promise<void>((resolve, reject) => {
          releaseWait = resolve;
          ctx.signal.addEventListener(
            'abort',
            () => {
              reject(new Error('aborted by signal'));
            },
            { once: true },
          );
        });
        await ctx.progress(2, 2, 'done');
        return { structured: { name: args.name, host: ctx.host.name, state: 'done' }, summary: 'done' };
      },
    }),
    defineTool({
      name: 'thing_fail',
      operation: 'domain.fail',
      toolset: 'domain',
      title: 'Fail',
      description: 'Throws the next queued failure.',
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
      input: z.object({ password: z.string().optional(), xml: z.string().optional() }).strict(),
      output: thingOutput,
      handler: () => Promise.reject(state.failures.shift() ?? new Error('no failure queued')),
    }),
    defineTool({
      name: 'thing_bad_output',
      operation: 'domain.bad',
      toolset: 'domain',
      title: 'Bad output',
      description: 'Returns output that does not match its schema.',
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
      input: z.object({}).strict(),
      output: thingOutput,
      handler: () =>
        Promise.resolve({ structured: { name: 1 } as unknown as z.infer<typeof thingOutput>, summary: '' }),
    }),
    defineTool({
      name: 'net_get',
      operation: 'network.get',
      toolset: 'network',
      title: 'Get a network',
      description: 'Reads a network.',
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
      input: nameInput,
      output: thingOutput,
      target: (args) => ({ kind: 'network', name: args.name }),
      handler: (args, ctx) => {
        record('net_get', args, ctx.host);
        return Promise.resolve({
          structured: { name: args.name, host: ctx.host.name, state: 'active' },
          summary: `network ${args.name} is active`,
        });
      },
    }),
  ];
  return { ...state, tools, calls, release: () => releaseWait?.(), failures: state.failures };
}

/** Hosts that hand out a dummy connection; `unavailable` names fail like an unreachable daemon. */
export class FakeHosts implements HostProvider {
  readonly names: readonly string[];
  readonly gets: (string | undefined)[] = [];
  closed = false;
  constructor(
    names: readonly string[],
    private readonly unavailable: ReadonlySet<string> = new Set(),
  ) {
    this.names = names;
  }

  get(name: string | undefined): Promise<HostHandle> {
    this.gets.push(name);
    const host = name ?? this.names[0] ?? '';
    if (this.unavailable.has(host)) {
      const cause = new Error('connect ECONNREFUSED /var/run/libvirt/libvirt-sock');
      const error = new Error(`host '${host}' is unavailable: ${cause.message}`, { cause });
      error.name = 'HostUnavailableError';
      return Promise.reject(error);
    }
    // No daemon behind it: the fake tools never touch the connection.
    return Promise.resolve({ name: host, connection: undefined as unknown as Connection, readOnly: false });
  }

  status(): HostStatus[] {
    return this.names.map((name) => ({
      name,
      uri: 'test:///default',
      state: this.unavailable.has(name) ? 'failed' : 'connected',
      readOnly: false,
      since: new Date(0).toISOString(),
    }));
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}

/** A config over hosts `lab1` and `lab2` (no daemon behind them), with `security` overrides. */
export function testConfig(
  overrides: { security?: Record<string, unknown>; hosts?: unknown[]; [key: string]: unknown } = {},
): Config {
  return configSchema.parse({
    hosts: overrides.hosts ?? [
      { name: 'lab1', uri: 'test:///default' },
      { name: 'lab2', uri: 'test:///default' },
    ],
    ...Object.fromEntries(Object.entries(overrides).filter(([key]) => key !== 'security' && key !== 'hosts')),
    security: overrides.security ?? {},
  });
}

/** A LibvirtError as the daemon sends it. */
export function libvirtError(code: number, message: string): LibvirtError {
  return new LibvirtError(
    { code, domain: 10, message, level: 2, str1: null, str2: null, str3: null, int1: -1, int2: -1 },
    'REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME',
  );
}
