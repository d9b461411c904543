import { LibvirtUriError, parseLibvirtUri } from '@libvirt-ts/client';
import { z } from 'zod';
import { TOOLSETS } from '../tools/define-tool.js';

/*
 * The one typed configuration. Keys are snake_case everywhere (YAML, this type, --print-config,
 * docs) so operators and code share one vocabulary. Every source (YAML file, LIBVIRT_MCP_*
 * environment and .env, CLI flags) is merged into the input of this schema, then validated once.
 */

const glob = z.string().min(1).max(256);

/** `allow` empty means everything is allowed; `deny` wins over `allow`. */
export const targetFilterSchema = z
  .object({
    allow: z.array(glob).max(1000).default([]),
    deny: z.array(glob).max(1000).default([]),
  })
  .strict();
export type TargetFilter = z.infer<typeof targetFilterSchema>;

/** Catches a URI libvirt would refuse (`qemu://system`, an unknown transport) at startup, not at first use. */
function libvirtUri(uri: string, ctx: z.RefinementCtx): void {
  try {
    parseLibvirtUri(uri);
  } catch (error) {
    if (!(error instanceof LibvirtUriError)) throw error;
    // The message ends with the URI itself, which may hold a password: the path already says which one.
    const suffix = ` (URI: ${uri})`;
    const message = error.message.endsWith(suffix) ? error.message.slice(0, -suffix.length) : error.message;
    ctx.addIssue({ code: 'custom', message: `not a libvirt URI: ${message}` });
  }
}

export const hostSchema = z
  .object({
    /** How tools name the host (`host` argument); the first host is the default. */
    name: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'letters, digits, dot, underscore and dash; at most 63'),
    /** A libvirt URI as virsh takes it: `qemu:///system`, `qemu+ssh://root@kvm1/system`. */
    uri: z.string().min(1).max(4096).superRefine(libvirtUri),
    /** Open this host read-only even when the server is not. */
    read_only: z.boolean().default(false),
    domains: targetFilterSchema.default({ allow: [], deny: [] }),
    networks: targetFilterSchema.default({ allow: [], deny: [] }),
    pools: targetFilterSchema.default({ allow: [], deny: [] }),
  })
  .strict();
export type HostConfig = z.infer<typeof hostSchema>;

export const rateLimitSchema = z
  .object({
    /** Calls allowed per window for operations matching the key glob (`domain.*`). */
    calls: z.number().int().min(1).max(1_000_000),
    per_seconds: z.number().int().min(1).max(86_400),
  })
  .strict();

export const securitySchema = z
  .object({
    /** Removes every tool that is not read-only and opens every connection read-only. Wins over everything. */
    read_only: z.boolean().default(false),
    /** Removes tools annotated destructive. */
    disable_destructive: z.boolean().default(false),
    /** Operation globs (`domain.*`, `host.info`); empty means all. */
    allowed_operations: z.array(glob).max(1000).default([]),
    /** Operation globs that are never allowed; wins over `allowed_operations`. */
    denied_operations: z.array(glob).max(1000).default([]),
    /** Ask the human (MCP elicitation) before destructive tools run. */
    confirm_destructive: z.boolean().default(true),
    /** When the client cannot ask the human: refuse (`deny`) or run anyway (`allow`). */
    confirm_fallback: z.enum(['deny', 'allow']).default('deny'),
    /** Absolute host paths disk and filesystem sources in submitted XML may live under. */
    allowed_storage_paths: z.array(z.string().startsWith('/')).max(1000).default(['/var/lib/libvirt/images']),
    /** XML rules that are on by default; each can be lifted deliberately. */
    xml: z
      .object({
        allow_qemu_commandline: z.boolean().default(false),
        allow_hostdev: z.boolean().default(false),
        allow_direct_interface: z.boolean().default(false),
        allow_host_chardev: z.boolean().default(false),
        /** Network disks, network NVRAM and network pools (RBD, iSCSI, NBD, Gluster, ...). */
        allow_network_storage: z.boolean().default(false),
      })
      .strict()
      .default({
        allow_qemu_commandline: false,
        allow_hostdev: false,
        allow_direct_interface: false,
        allow_host_chardev: false,
        allow_network_storage: false,
      }),
    /** Whether XML returned to clients may include secure fields (passwords in graphics, etc.). */
    allow_secure_xml: z.boolean().default(false),
    /** Per-operation rate limits keyed by operation glob. */
    rate_limits: z.record(glob, rateLimitSchema).default({}),
    /** Tool calls running at once, over all clients and hosts. */
    max_concurrent_calls: z.number().int().min(1).max(1024).default(16),
  })
  .strict();
export type SecurityConfig = z.infer<typeof securitySchema>;

export const httpSchema = z
  .object({
    host: z.string().min(1).default('127.0.0.1'),
    port: z.number().int().min(0).max(65_535).default(8765),
    /** Bearer token; required whenever `host` is not a loopback address. Prefer `token_file`. */
    token: z.string().min(16).optional(),
    token_file: z.string().min(1).optional(),
    /** Extra Host header names and Origins to accept besides the bound address and localhost. */
    allowed_hosts: z.array(z.string().min(1)).max(100).default([]),
    allowed_origins: z.array(z.string().min(1)).max(100).default([]),
    tls: z
      .object({ cert: z.string().min(1), key: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();
export type HttpConfig = z.infer<typeof httpSchema>;

/** How the server keeps its libvirt connections (every host alike). */
export const connectionsSchema = z
  .object({
    /** One connection attempt (socket, ssh or TLS, libvirt handshake) gives up after this long. */
    connect_timeout_ms: z.number().int().min(100).max(600_000).default(10_000),
    /** A keepalive PING after this much silence from the daemon; 0 turns keepalive off. */
    keepalive_interval_ms: z.number().int().min(0).max(3_600_000).default(5_000),
    /** PINGs left unanswered before the connection counts as dead and reconnection starts. */
    keepalive_count: z.number().int().min(1).max(100).default(6),
    /** Backoff between reconnection attempts (and before retrying a host whose first connect failed). */
    reconnect_initial_delay_ms: z.number().int().min(0).max(600_000).default(250),
    reconnect_max_delay_ms: z.number().int().min(0).max(3_600_000).default(30_000),
  })
  .strict()
  .refine((c) => c.reconnect_max_delay_ms >= c.reconnect_initial_delay_ms, {
    message: 'must not be less than reconnect_initial_delay_ms',
    path: ['reconnect_max_delay_ms'],
  });
export type ConnectionsConfig = z.infer<typeof connectionsSchema>;

/**
 * Each duplicate is reported at its own index, so the message points at the entry to fix. It
 * runs even when other entries are invalid (`when`), so one pass lists every problem; hence the
 * defensive look at each entry.
 */
function uniqueHostNames(hosts: readonly unknown[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  hosts.forEach((host, index) => {
    const name = typeof host === 'object' && host !== null ? (host as { name?: unknown }).name : undefined;
    if (typeof name !== 'string') return;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, index);
    else ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `duplicate host name (also hosts[${first}])` });
  });
}

export const configSchema = z
  .object({
    hosts: z
      .array(hostSchema)
      .min(1)
      .max(256)
      .superRefine(uniqueHostNames, { when: (payload) => Array.isArray(payload.value) }),
    toolsets: z
      .array(z.enum(TOOLSETS))
      .min(1)
      .default([...TOOLSETS]),
    security: securitySchema.default(securitySchema.parse({})),
    transport: z.enum(['stdio', 'http']).default('stdio'),
    http: httpSchema.default(httpSchema.parse({})),
    logging: z
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
        /** Log to this file instead of stderr. Never stdout: stdio transport owns it. */
        file: z.string().min(1).optional(),
      })
      .strict()
      .default({ level: 'info' }),
    audit: z
      .object({
        /** One JSON line per tool call; without a file the audit goes to the log at info level. */
        file: z.string().min(1).optional(),
      })
      .strict()
      .default({}),
    connections: connectionsSchema.default(connectionsSchema.parse({})),
  })
  .strict();
export type Config = z.infer<typeof configSchema>;
