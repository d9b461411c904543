import { EventEmitter, once } from 'node:events';
import {
  AbortError,
  backoffDelay,
  connect as libvirtConnect,
  ReconnectingConnection,
  type BackoffOptions,
  type Connection,
  type ReconnectOptions,
} from '@libvirt-ts/client';
import type { Logger } from 'pino';
import { redactUri, redactUrisInText } from '../redact/uri.js';
import { connectionsSchema, type ConnectionsConfig, type HostConfig } from '../config/schema.js';
import type { HostHandle } from '../tools/define-tool.js';
import { HostConnectTimeoutError, HostUnavailableError, UnknownHostError } from './errors.js';

export type HostState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed';

/** One host as `host_list`, `check` and `/readyz` report it. Nothing secret: URIs are redacted. */
export interface HostStatus {
  readonly name: string;
  readonly uri: string;
  readonly state: HostState;
  /** Whether connections to it are opened read-only. */
  readonly readOnly: boolean;
  /** Why it is failed or reconnecting. */
  readonly lastError?: string;
  /** When it entered `state` (ISO 8601). */
  readonly since: string;
}

export interface HostManagerOptions {
  /** `security.read_only`: every connection read-only, whatever each host says. */
  readonly readOnly: boolean;
  readonly logger: Logger;
  /** For tests: how one connection is opened. */
  readonly connect?: typeof libvirtConnect;
  /** Timeouts, keepalive and backoff; default: the schema's defaults. */
  readonly connections?: ConnectionsConfig;
  /** Source of randomness for backoff jitter; for tests. */
  readonly random?: () => number;
}

interface Entry {
  readonly config: HostConfig;
  readonly readOnly: boolean;
  state: HostState;
  since: number;
  lastError: Error | undefined;
  /** Set from the first successful connect until it is closed for good. */
  connection: ReconnectingConnection | undefined;
  /** The connect in flight, shared by every caller that arrives meanwhile. */
  opening: Promise<ReconnectingConnection> | undefined;
  /** Failed first connects in a row, for the retry backoff. */
  failures: number;
  retryAt: number;
}

/**
 * The libvirt connections of every configured host. A host is connected on first use; the
 * connection then stays open (keepalive), and when its daemon goes away it is re-established with
 * backoff by the client's ReconnectingConnection. Each host has its own state and timeouts, so a
 * dead host never holds up calls to another:
 * - a connect attempt gives up after `connect_timeout_ms`;
 * - after a failed first connect, calls fail at once until the retry delay (which grows with each
 *   failure) has passed, instead of each waiting for its own attempt;
 * - while reconnecting, calls wait for the connection to come back only during the first
 *   `connect_timeout_ms` of the outage (a daemon restart), then fail at once.
 */
export class HostManager {
  /** Configured order; `names[0]` is the default host. */
  readonly names: readonly string[];
  readonly #entries: ReadonlyMap<string, Entry>;
  readonly #readOnly: boolean;
  readonly #logger: Logger;
  readonly #connect: typeof libvirtConnect;
  readonly #settings: ConnectionsConfig;
  readonly #random: () => number;
  readonly #backoff: Required<BackoffOptions>;
  /** Emits a host's name whenever its state changes; callers waiting for a reconnect listen. */
  readonly #changes = new EventEmitter();
  readonly #abort = new AbortController();
  #closing: Promise<void> | undefined;

  constructor(hosts: readonly HostConfig[], options: HostManagerOptions) {
    this.names = hosts.map((h) => h.name);
    const now = Date.now();
    this.#entries = new Map(
      hosts.map((config) => [
        config.name,
        {
          config,
          readOnly: options.readOnly || config.read_only,
          state: 'idle',
          since: now,
          lastError: undefined,
          connection: undefined,
          opening: undefined,
          failures: 0,
          retryAt: 0,
        },
      ]),
    );
    this.#readOnly = options.readOnly;
    this.#logger = options.logger;
    this.#connect = options.connect ?? libvirtConnect;
    this.#settings = options.connections ?? connectionsSchema.parse({});
    this.#random = options.random ?? Math.random;
    this.#backoff = {
      initialDelayMs: this.#settings.reconnect_initial_delay_ms,
      maxDelayMs: this.#settings.reconnect_max_delay_ms,
      factor: 2,
      jitter: 0.2,
    };
    this.#changes.setMaxListeners(0);
  }

  /** Whether every connection is opened read-only (`security.read_only`). */
  get readOnly(): boolean {
    return this.#readOnly;
  }

  /**
   * A live connection to the host (`undefined`: the default host), connecting first if needed.
   * The handle's connection is the one current now: take a new handle per call, since after a
   * daemon restart the old connection is closed. `signal` stops this caller's wait only; a
   * connect other callers share goes on.
   */
  async get(name: string | undefined, signal?: AbortSignal): Promise<HostHandle> {
    const entry = this.#entry(name);
    const host = entry.config.name;
    if (this.#closing !== undefined) throw shuttingDown(host);
    if (signal?.aborted === true) throw aborted(host, signal);

    const existing = entry.connection;
    if (existing !== undefined) return this.#current(entry, existing, signal);

    if (entry.opening === undefined) {
      const waitMs = entry.retryAt - Date.now();
      if (entry.state === 'failed' && waitMs > 0) {
        throw new HostUnavailableError(
          host,
          `${describe(entry.lastError)}; next attempt in ${Math.ceil(waitMs / 1000)} s`,
          { cause: entry.lastError },
        );
      }
      entry.opening = this.#open(entry);
    }
    const opened = await untilAborted(entry.opening, signal, host);
    return this.#current(entry, opened, signal);
  }

  status(): HostStatus[] {
    return [...this.#entries.values()].map((entry) => ({
      name: entry.config.name,
      uri: redactUri(entry.config.uri),
      state: entry.state,
      readOnly: entry.readOnly,
      ...(entry.lastError === undefined || (entry.state !== 'failed' && entry.state !== 'reconnecting')
        ? {}
        : { lastError: describe(entry.lastError) }),
      since: new Date(entry.since).toISOString(),
    }));
  }

  /** Closes every connection and stops reconnecting; later get() calls fail. Safe to call more than once. */
  close(): Promise<void> {
    this.#closing ??= this.#closeAll();
    return this.#closing;
  }

  async #closeAll(): Promise<void> {
    this.#abort.abort();
    await Promise.all(
      [...this.#entries.values()].map(async (entry) => {
        await entry.opening?.catch(() => undefined);
        const connection = entry.connection;
        entry.connection = undefined;
        await connection?.close();
        this.#setState(entry, 'idle', undefined);
      }),
    );
  }

  #entry(name: string | undefined): Entry {
    const wanted = name ?? this.names[0];
    const entry = wanted === undefined ? undefined : this.#entries.get(wanted);
    if (entry === undefined) throw new UnknownHostError(wanted ?? '', this.names);
    return entry;
  }

  async #current(entry: Entry, rc: ReconnectingConnection, signal: AbortSignal | undefined): Promise<HostHandle> {
    const host = entry.config.name;
    for (;;) {
      if (this.#closing !== undefined) throw shuttingDown(host);
      if (entry.connection !== rc) {
        // Closed for good while we looked (someone closed the underlying connection): start over.
        return this.get(host, signal);
      }
      const connection = rc.connection;
      if (connection !== undefined && !connection.closed) return this.#handle(entry, connection);
      const waitMs = entry.since + this.#settings.connect_timeout_ms - Date.now();
      if (waitMs <= 0) {
        throw new HostUnavailableError(host, `reconnecting after: ${describe(entry.lastError)}`, {
          cause: entry.lastError,
        });
      }
      const until = AbortSignal.any([
        AbortSignal.timeout(waitMs),
        this.#abort.signal,
        ...(signal === undefined ? [] : [signal]),
      ]);
      try {
        await once(this.#changes, host, { signal: until });
      } catch {
        if (signal?.aborted === true) throw aborted(host, signal);
        // Loop: the next pass reports the timeout or the shutdown.
      }
    }
  }

  #handle(entry: Entry, connection: Connection): HostHandle {
    return { name: entry.config.name, connection, readOnly: entry.readOnly };
  }

  async #open(entry: Entry): Promise<ReconnectingConnection> {
    const host = entry.config.name;
    const log = this.#logger.child({ host });
    this.#setState(entry, 'connecting', entry.lastError);
    try {
      const rc = await ReconnectingConnection.open(
        (signal) => this.#connectOnce(entry, signal),
        this.#reconnectOptions(),
        this.#abort.signal,
      );
      if (this.#closing !== undefined) {
        await rc.close();
        throw shuttingDown(host);
      }
      this.#watch(entry, rc, log);
      entry.connection = rc;
      entry.failures = 0;
      this.#setState(entry, 'connected', undefined);
      log.info({ uri: redactUri(rc.uri), readOnly: rc.readOnly }, 'connected');
      return rc;
    } catch (error) {
      if (this.#closing !== undefined) throw shuttingDown(host);
      const cause = asError(error);
      entry.failures += 1;
      entry.retryAt = Date.now() + backoffDelay(entry.failures, this.#backoff, this.#random);
      this.#setState(entry, 'failed', cause);
      log.warn({ err: describe(cause), failures: entry.failures }, 'cannot connect');
      throw new HostUnavailableError(host, describe(cause), { cause });
    } finally {
      entry.opening = undefined;
    }
  }

  /** One attempt, bounded by the connect timeout; used for the first connect and every reconnect. */
  async #connectOnce(entry: Entry, signal: AbortSignal): Promise<Connection> {
    const timeoutMs = this.#settings.connect_timeout_ms;
    const timeout = AbortSignal.timeout(timeoutMs);
    const { keepalive_interval_ms: intervalMs, keepalive_count: count } = this.#settings;
    try {
      return await this.#connect(entry.config.uri, {
        readOnly: entry.readOnly,
        keepalive: intervalMs === 0 ? false : { intervalMs, count },
        handshakeTimeoutMs: timeoutMs,
        signal: AbortSignal.any([signal, timeout]),
      });
    } catch (error) {
      if (timeout.aborted && !signal.aborted) throw new HostConnectTimeoutError(timeoutMs, { cause: error });
      throw error;
    }
  }

  #reconnectOptions(): ReconnectOptions {
    return {
      initialDelayMs: this.#backoff.initialDelayMs,
      maxDelayMs: this.#backoff.maxDelayMs,
      factor: this.#backoff.factor,
      jitter: this.#backoff.jitter,
      random: this.#random,
      // Handles carry the plain Connection, so the reconnecting one's own call queue is not used.
      whileDisconnected: 'fail',
    };
  }

  #watch(entry: Entry, rc: ReconnectingConnection, log: Logger): void {
    rc.on('disconnect', (error) => {
      this.#setState(entry, 'reconnecting', error);
      log.warn({ err: describe(error), reason: error.reason }, 'connection lost; reconnecting');
    });
    rc.on('reconnecting', ({ attempt, delayMs, error }) => {
      if (attempt > 1) entry.lastError = error;
      log.debug({ attempt, delayMs, err: describe(error) }, 'reconnect attempt');
    });
    rc.on('reconnect', ({ attempts, downtimeMs }) => {
      this.#setState(entry, 'connected', undefined);
      log.info({ attempts, downtimeMs }, 'reconnected');
    });
    rc.on('close', (error) => {
      if (entry.connection !== rc) return;
      entry.connection = undefined;
      if (this.#closing !== undefined) return;
      // Closed for good without close() here (the connection itself was closed): the next get() connects anew.
      entry.retryAt = 0;
      this.#setState(entry, 'failed', error);
      log.warn({ err: describe(error) }, 'connection closed');
    });
    rc.on('error', (error) => {
      log.debug({ err: describe(error) }, 'connection error');
    });
  }

  #setState(entry: Entry, state: HostState, lastError: Error | undefined): void {
    if (entry.state !== state) entry.since = Date.now();
    entry.state = state;
    entry.lastError = lastError;
    this.#changes.emit(entry.config.name);
  }
}

function describe(error: Error | undefined): string {
  return error === undefined ? 'unknown error' : redactUrisInText(error.message);
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function shuttingDown(host: string): HostUnavailableError {
  return new HostUnavailableError(host, 'the server is shutting down');
}

function aborted(host: string, signal: AbortSignal): AbortError {
  return new AbortError(`waiting for host '${host}' was aborted`, { cause: signal.reason });
}

/** The shared promise, as seen by one caller who may stop waiting. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, host: string): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(aborted(host, signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
