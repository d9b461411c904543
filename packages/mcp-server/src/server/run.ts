import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import { HostManager } from '../hosts/host-manager.js';
import type { AnyToolDefinition } from '../tools/define-tool.js';
import { createAuditLog, type AuditLog } from './audit.js';
import { createServerFactory, type HostProvider } from './create-server.js';
import type { HttpServing } from './http.js';
import type { StdioServing } from './stdio.js';

export interface RunDeps {
  readonly logger: Logger;
  /** Default: a HostManager over `config.hosts`. runServer closes it on shutdown either way. */
  readonly hosts?: HostProvider & { close(): Promise<void> };
  /** Default: createAuditLog(config, logger). */
  readonly audit?: AuditLog;
  /** Default: allTools. */
  readonly tools?: readonly AnyToolDefinition[];
  /**
   * Handle SIGTERM and SIGINT (graceful shutdown, then exit), and exit when the stdio client
   * hangs up. Default true, as the bin wants; embedders and tests pass false and call close().
   */
  readonly manageProcess?: boolean;
  /** How long shutdown waits for tool calls in progress before cancelling them. Default 10 s. */
  readonly shutdownGraceMs?: number;
  /** Environment for LIBVIRT_MCP_TOKEN; default process.env. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface RunningServer {
  readonly transport: 'stdio' | 'http';
  /** The HTTP endpoint, e.g. `http://127.0.0.1:8765/mcp` (http only). */
  readonly url?: string;
  /** Resolves once the server has shut down (signal, stdin closed, or close()). */
  readonly closed: Promise<void>;
  /** Graceful shutdown: refuse new calls, let running ones finish (bounded), close everything. */
  close(reason?: string): Promise<void>;
}

const DEFAULT_GRACE_MS = 10_000;

/** Starts the MCP server on the configured transport; resolves once it is serving. */
export async function runServer(config: Config, deps: RunDeps): Promise<RunningServer> {
  const { logger } = deps;
  const hosts =
    deps.hosts ??
    new HostManager(config.hosts, { readOnly: config.security.read_only, logger, connections: config.connections });
  const audit = deps.audit ?? createAuditLog(config, logger);
  const manageProcess = deps.manageProcess ?? true;
  const graceMs = deps.shutdownGraceMs ?? DEFAULT_GRACE_MS;
  const { factory, runtime } = createServerFactory({
    config,
    hosts,
    logger,
    audit,
    ...(deps.tools === undefined ? {} : { tools: deps.tools }),
    ...(config.transport === 'stdio' ? { session: 'stdio' } : {}),
  });

  let stdio: StdioServing | undefined;
  let http: HttpServing | undefined;
  try {
    // Each transport loads only its own modules: the HTTP stack is no part of a stdio cold start.
    if (config.transport === 'stdio') {
      const { serveOverStdio } = await import('./stdio.js');
      stdio = serveOverStdio(factory, logger);
      logger.info({ hosts: hosts.names, readOnly: config.security.read_only }, 'MCP server ready on stdio');
    } else {
      const { serveOverHttp } = await import('./http.js');
      http = await serveOverHttp({
        http: config.http,
        factory,
        hosts,
        logger,
        ...(deps.env === undefined ? {} : { env: deps.env }),
      });
      // Connect the default host now so /readyz reflects it; a failure is only logged (lazy retry).
      hosts.get(undefined).catch((error: unknown) => {
        logger.warn({ err: error }, 'default host not reachable yet');
      });
    }
  } catch (error) {
    await hosts.close();
    throw error;
  }

  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  let closing: Promise<void> | undefined;
  const close = (reason = 'close() called'): Promise<void> => {
    closing ??= (async () => {
      logger.info({ reason, inFlight: runtime.inFlight.size }, 'shutting down');
      runtime.draining.abort();
      http?.stopAccepting();
      const drained = await runtime.inFlight.drain(graceMs);
      if (!drained) logger.warn({ inFlight: runtime.inFlight.size, graceMs }, 'cancelling tool calls still running');
      // The last results are sent a few ticks after their handlers return; let them go out.
      await new Promise((resolve) => setTimeout(resolve, 20));
      runtime.shutdown.abort();
      await Promise.allSettled([http?.close(), stdio?.close()]);
      await hosts.close();
      await audit.flush();
      logger.info('shut down');
      resolveClosed();
    })();
    return closing;
  };

  if (manageProcess) {
    const onSignal = (signal: NodeJS.Signals): void => {
      void close(signal).then(() => process.exit(0));
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    void stdio?.ended.then(() => close('stdin closed').then(() => process.exit(0)));
  }

  return {
    transport: config.transport,
    ...(http === undefined ? {} : { url: http.url }),
    closed,
    close,
  };
}
