import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect, type ConnectOptions } from '../connect.js';
import type { Connection, ConnectionFeatures, ServerMessage } from '../connection.js';
import { AbortError, ConnectionClosedError } from '../errors.js';
import { EventHub, type ReconnectInfo } from '../events/event-hub.js';
import {
  Domains,
  Host,
  HostInterfaces,
  Networks,
  NodeDevices,
  NwFilters,
  Secrets,
  StoragePools,
  type DomainStatsKind,
  type DomainStatsRecord,
  type ObjectContext,
} from '../objects/index.js';
import { bindLxcMethods, type LxcMethods } from '../protocol/lxc.gen.js';
import type { CallOptions, ProcedureInfo } from '../protocol/procedure.js';
import { bindQemuMethods, type QemuMethods } from '../protocol/qemu.gen.js';
import { bindRemoteMethods, type RemoteMethods } from '../protocol/remote.gen.js';
import { backoffDelay, backoffOptions, type BackoffOptions } from './backoff.js';

export interface ReconnectOptions extends BackoffOptions {
  /** Attempts per outage before giving up (the connection then closes with the last error). Default: no limit. */
  readonly maxAttempts?: number;
  /**
   * Calls made while the daemon is away: `'wait'` (default) holds them until the connection is
   * back, for up to `maxWaitMs` (and within the call's own `timeoutMs` and `signal`); `'fail'`
   * rejects them at once with `DisconnectedError`.
   */
  readonly whileDisconnected?: 'wait' | 'fail';
  /** How long a call waits for the connection to come back. Default 30 s. */
  readonly maxWaitMs?: number;
  /** Source of randomness for the jitter; for tests. */
  readonly random?: () => number;
}

export interface ReconnectingConnectOptions extends ConnectOptions {
  readonly reconnect?: ReconnectOptions;
}

/** A reconnection attempt is about to be made, after `delayMs`. */
export interface ReconnectAttempt {
  readonly attempt: number;
  readonly delayMs: number;
  /** Why the previous connection or attempt failed. */
  readonly error: Error;
}

export interface ReconnectedInfo extends ReconnectInfo {
  readonly connection: Connection;
}

export interface ReconnectingConnectionEvents {
  /** The daemon went away; reconnection starts. Calls in flight failed with ConnectionClosedError. */
  disconnect: [ConnectionClosedError];
  /** Before each attempt. */
  reconnecting: [ReconnectAttempt];
  /** Connected again, and every event subscription is registered again. Events in the gap are lost. */
  reconnect: [ReconnectedInfo];
  /** Closed for good: `close()` was called, or `maxAttempts` ran out. Emitted once. */
  close: [ConnectionClosedError];
  /** A failure that closed nothing: a subscription the new daemon refused, an undecodable event. Only emitted when listened to. */
  error: [Error];
}

/** Opens one connection; called again after each outage. */
export type ConnectionFactory = (signal: AbortSignal) => Promise<Connection>;

/**
 * A call was made while the daemon was away and the connection's `whileDisconnected` policy is
 * `'fail'`, or it waited longer than `maxWaitMs`. It is a ConnectionClosedError: nothing was sent.
 */
export class DisconnectedError extends ConnectionClosedError {}

interface Waiter {
  resolve(connection: Connection): void;
  reject(error: Error): void;
}

/**
 * A connection that survives daemon restarts: when the daemon goes away it connects again with
 * exponential backoff, registers every event subscription again, and tells subscribers that
 * events may have been missed (`{ kind: 'disconnected' }` and `{ kind: 'reconnected' }` notices,
 * and the `disconnect` / `reconnect` events). Calls are not retried: one in flight when the
 * daemon went away fails with ConnectionClosedError, since the daemon may have performed it.
 * Handles it gives out (`await rc.domains.lookup('web')`) use whichever connection is current.
 */
export class ReconnectingConnection extends EventEmitter<ReconnectingConnectionEvents> implements ObjectContext {
  readonly remote: RemoteMethods;
  readonly qemu: QemuMethods;
  readonly lxc: LxcMethods;
  readonly host: Host;
  readonly domains: Domains;
  readonly networks: Networks;
  readonly storagePools: StoragePools;
  readonly nodeDevices: NodeDevices;
  readonly secrets: Secrets;
  readonly interfaces: HostInterfaces;
  readonly nwfilters: NwFilters;
  /** Typed events; subscriptions are registered again on every new connection. */
  readonly events: EventHub;
  readonly #open: ConnectionFactory;
  readonly #backoff: ReturnType<typeof backoffOptions>;
  readonly #maxAttempts: number;
  readonly #whileDisconnected: 'wait' | 'fail';
  readonly #maxWaitMs: number;
  readonly #random: () => number;
  readonly #abort = new AbortController();
  readonly #waiters = new Set<Waiter>();
  #current: Connection | undefined;
  #last: Connection;
  #lastError: ConnectionClosedError | undefined;
  #closed: ConnectionClosedError | undefined;
  #closing: Promise<void> | undefined;

  /** Connects (the first attempt is not retried: it fails as `connect()` does) and returns the reconnecting connection. */
  static async open(
    open: ConnectionFactory,
    options: ReconnectOptions = {},
    signal?: AbortSignal,
  ): Promise<ReconnectingConnection> {
    const settings = checkOptions(options);
    const first = await open(signal ?? new AbortController().signal);
    const connection = new ReconnectingConnection(open, settings, first);
    await connection.#adopt(first);
    return connection;
  }

  private constructor(open: ConnectionFactory, options: CheckedOptions, first: Connection) {
    super();
    this.#open = open;
    this.#backoff = options.backoff;
    this.#maxAttempts = options.maxAttempts;
    this.#whileDisconnected = options.whileDisconnected;
    this.#maxWaitMs = options.maxWaitMs;
    this.#random = options.random;
    this.#last = first;
    const invoke = <A, R>(procedure: ProcedureInfo<A, R>, args: A, callOptions?: CallOptions): Promise<R> =>
      this.call(procedure, args, callOptions);
    this.remote = bindRemoteMethods(invoke);
    this.qemu = bindQemuMethods(invoke);
    this.lxc = bindLxcMethods(invoke);
    this.host = new Host(this);
    this.domains = new Domains(this);
    this.networks = new Networks(this);
    this.storagePools = new StoragePools(this);
    this.nodeDevices = new NodeDevices(this);
    this.secrets = new Secrets(this);
    this.interfaces = new HostInterfaces(this);
    this.nwfilters = new NwFilters(this);
    this.events = new EventHub(this, (error) => {
      this.#reportError(error);
    });
  }

  /** The connection in use; undefined while reconnecting or after close. */
  get connection(): Connection | undefined {
    return this.#current;
  }

  get connected(): boolean {
    return this.#current !== undefined;
  }

  /** True once closed for good. */
  get closed(): boolean {
    return this.#closed !== undefined;
  }

  /** The features of the current daemon (of the last one while reconnecting). */
  get features(): ConnectionFeatures {
    return this.#last.features;
  }

  get uri(): string {
    return this.#last.uri;
  }

  get readOnly(): boolean {
    return this.#last.readOnly;
  }

  get transport(): string {
    return this.#last.transport;
  }

  /** As `Connection.call`, over the current connection; while reconnecting, per `whileDisconnected`. */
  call<Args, Ret>(procedure: ProcedureInfo<Args, Ret>, args: Args, options?: CallOptions): Promise<Ret> {
    const current = this.#current;
    if (current !== undefined && !current.closed) return current.call(procedure, args, options);
    const startedAt = performance.now();
    return this.#whenConnected(procedure.name, options).then((connection) => {
      const timeoutMs = options?.timeoutMs;
      if (timeoutMs === undefined) return connection.call(procedure, args, options);
      // The wait spent part of the call's time.
      const left = Math.max(1, timeoutMs - (performance.now() - startedAt));
      return connection.call(procedure, args, { ...options, timeoutMs: left });
    });
  }

  allDomainStats(
    kinds: readonly DomainStatsKind[] | number = [],
    flags = 0,
    options?: CallOptions,
  ): Promise<DomainStatsRecord[]> {
    return this.domains.allStats(kinds, flags, options);
  }

  /** Stops reconnecting and closes the current connection. Safe to call more than once. */
  close(): Promise<void> {
    this.#closing ??= this.#finish(new ConnectionClosedError('the connection was closed', 'client'));
    return this.#closing;
  }

  async #finish(error: ConnectionClosedError): Promise<void> {
    if (this.#closed !== undefined) return;
    this.#closed = error;
    this.#abort.abort();
    for (const waiter of [...this.#waiters]) waiter.reject(closedCallError('a waiting call', error));
    this.events.end(error);
    const current = this.#current;
    this.#current = undefined;
    await current?.close();
    this.emit('close', error);
  }

  /** Makes `connection` current: calls that waited go out, subscriptions are registered on it. */
  #adopt(connection: Connection, reconnected?: ReconnectInfo): Promise<void> {
    this.#current = connection;
    this.#last = connection;
    connection.on('message', (message: ServerMessage) => {
      if (this.#current === connection) this.events.dispatch(message);
    });
    connection.on('error', (error) => {
      this.#reportError(error);
    });
    connection.once('close', (error) => {
      this.#lost(connection, error);
    });
    for (const waiter of [...this.#waiters]) waiter.resolve(connection);
    return this.events.attach(connection, reconnected);
  }

  #lost(connection: Connection, error: ConnectionClosedError): void {
    if (this.#current !== connection || this.#closed !== undefined) return;
    this.#current = undefined;
    if (error.reason === 'client') {
      // Someone closed the underlying connection itself: take that as closing this one.
      void this.close();
      return;
    }
    this.#lastError = error;
    this.events.suspend(error);
    this.emit('disconnect', error);
    void this.#reconnect(error, performance.now());
  }

  async #reconnect(lost: ConnectionClosedError, downSince: number): Promise<void> {
    let lastError: Error = lost;
    for (let attempt = 1; !this.#stopped(); attempt++) {
      if (attempt > this.#maxAttempts) {
        await this.#finish(
          new ConnectionClosedError(
            `gave up reconnecting after ${this.#maxAttempts} attempts: ${lastError.message}`,
            lost.reason,
            { cause: lastError },
          ),
        );
        return;
      }
      const delayMs = backoffDelay(attempt, this.#backoff, this.#random);
      this.emit('reconnecting', { attempt, delayMs, error: lastError });
      try {
        await sleep(delayMs, undefined, { signal: this.#abort.signal });
      } catch {
        return; // close() aborted the wait
      }
      let connection: Connection;
      try {
        connection = await this.#open(this.#abort.signal);
      } catch (error) {
        lastError = error as Error;
        continue;
      }
      if (this.#stopped()) {
        await connection.close();
        return;
      }
      const info: ReconnectInfo = { attempts: attempt, downtimeMs: Math.round(performance.now() - downSince) };
      await this.#adopt(connection, info);
      // Lost again while registering: #lost started another round.
      if (this.#current === connection) this.emit('reconnect', { ...info, connection });
      return;
    }
  }

  #whenConnected(what: string, options: CallOptions | undefined): Promise<Connection> {
    if (this.#closed !== undefined) return Promise.reject(closedCallError(`the call ${what}`, this.#closed));
    const down = this.#lastError;
    if (this.#whileDisconnected === 'fail') {
      return Promise.reject(
        new DisconnectedError(
          `cannot call ${what}: the daemon is away and the connection is reconnecting`,
          down?.reason ?? 'eof',
          {
            cause: down,
          },
        ),
      );
    }
    const signal = options?.signal;
    if (signal?.aborted === true) {
      return Promise.reject(new AbortError(`${what} was aborted before it was sent`, { cause: signal.reason }));
    }
    const limitMs = Math.min(this.#maxWaitMs, options?.timeoutMs ?? Infinity);
    return new Promise<Connection>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = (): void => {
        waiter.reject(
          new AbortError(`${what} was aborted while waiting for the connection`, { cause: signal?.reason }),
        );
      };
      const settle = (): void => {
        this.#waiters.delete(waiter);
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const waiter: Waiter = {
        resolve: (connection) => {
          settle();
          resolve(connection);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      this.#waiters.add(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (Number.isFinite(limitMs)) {
        timer = setTimeout(() => {
          waiter.reject(
            new DisconnectedError(
              `cannot call ${what}: the connection did not come back within ${limitMs} ms`,
              down?.reason ?? 'eof',
              { cause: down },
            ),
          );
        }, limitMs);
      }
    });
  }

  /** A call, not a field read, so no narrowing survives the awaits between checks. */
  #stopped(): boolean {
    return this.#closed !== undefined;
  }

  #reportError(error: Error): void {
    if (this.listenerCount('error') > 0) this.emit('error', error);
  }
}

/**
 * Connects as `connect()` does and keeps reconnecting after the daemon goes away (see
 * `ReconnectingConnection`): `await connectReconnecting('qemu:///system', { reconnect: { maxDelayMs: 10_000 } })`.
 */
export function connectReconnecting(
  uri?: string,
  options: ReconnectingConnectOptions = {},
): Promise<ReconnectingConnection> {
  const { reconnect, signal, ...connectOptions } = options;
  return ReconnectingConnection.open(
    (attemptSignal) => connect(uri, { ...connectOptions, signal: attemptSignal }),
    reconnect,
    signal,
  );
}

interface CheckedOptions {
  readonly backoff: ReturnType<typeof backoffOptions>;
  readonly maxAttempts: number;
  readonly whileDisconnected: 'wait' | 'fail';
  readonly maxWaitMs: number;
  readonly random: () => number;
}

function checkOptions(options: ReconnectOptions): CheckedOptions {
  const maxAttempts = options.maxAttempts ?? Infinity;
  if (!(maxAttempts >= 1)) throw new RangeError(`reconnect maxAttempts must be at least 1, got ${maxAttempts}`);
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  if (!(maxWaitMs >= 0)) throw new RangeError(`reconnect maxWaitMs must not be negative, got ${maxWaitMs}`);
  return {
    backoff: backoffOptions({
      initialDelayMs: options.initialDelayMs,
      maxDelayMs: options.maxDelayMs,
      factor: options.factor,
      jitter: options.jitter,
    }),
    maxAttempts,
    whileDisconnected: options.whileDisconnected ?? 'wait',
    maxWaitMs,
    random: options.random ?? Math.random,
  };
}

function closedCallError(what: string, closed: ConnectionClosedError): ConnectionClosedError {
  return new ConnectionClosedError(`cannot make ${what}: ${closed.message}`, closed.reason, { cause: closed });
}
