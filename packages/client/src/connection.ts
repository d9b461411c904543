import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import { decodeXdr } from '@libvirt-ts/xdr';
import { authenticate, type AuthenticationOptions } from './auth/authenticate.js';
import { AuthenticationError } from './auth/errors.js';
import { ConnectError, ConnectionClosedError, LibvirtError, ProtocolError } from './errors.js';
import { EventHub } from './events/event-hub.js';
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
} from './objects/index.js';
import { bindLxcMethods, LXC_PROGRAM, lxcProcedureByNumber, type LxcMethods } from './protocol/lxc.gen.js';
import type { CallOptions, ProcedureInfo } from './protocol/procedure.js';
import { bindQemuMethods, QEMU_PROGRAM, qemuProcedureByNumber, type QemuMethods } from './protocol/qemu.gen.js';
import {
  bindRemoteMethods,
  REMOTE_PROGRAM,
  remoteProcedureByNumber,
  type RemoteMethods,
} from './protocol/remote.gen.js';
import { DEFAULT_KEEPALIVE, type KeepaliveOptions } from './rpc/keepalive.js';
import { RpcClient, type RpcCallOptions } from './rpc/rpc-client.js';
import type { MessageHeader } from './wire/message.js';
import type { Transport } from './transport/transport.js';

/**
 * Driver features a client asks the daemon about (VIR_DRV_FEATURE_* in libvirt's
 * src/libvirt_internal.h; internal to libvirt, so not in the public headers we generate from).
 */
export const DriverFeature = {
  TypedParamString: 9,
  ProgramKeepalive: 10,
  RemoteEventCallback: 14,
  RemoteCloseCallback: 15,
} as const;

/** VIR_CONNECT_RO: open the connection read-only. */
const CONNECT_RO = 1;

export interface OpenOptions {
  /**
   * The name to send in CONNECT_OPEN: the URI without the transport part (`test:///default`,
   * `qemu:///system`). The empty string lets the daemon choose.
   */
  readonly name: string;
  /** Ask the daemon which URI it opened (CONNECT_GET_URI); libvirt does when no URI was given. Default: when `name` is empty. */
  readonly queryUriAfterOpen?: boolean;
  /** The URI to report as `connection.uri` when the daemon is not asked; default `name`. */
  readonly uri?: string;
  /** Open read-only: the daemon refuses every call that changes state. */
  readonly readOnly?: boolean;
  /** CONNECT_OPEN flags beyond read-only (libvirt's client also sends its user/autostart bits). */
  readonly flags?: number;
  /** Keepalive timing, or false to never send PINGs (PINGs from the daemon are always answered). */
  readonly keepalive?: Partial<KeepaliveOptions> | false;
  /** Gives up connecting when aborted. */
  readonly signal?: AbortSignal;
  /** Per-call timeout for the handshake calls. Default 30 s. */
  readonly handshakeTimeoutMs?: number;
  /**
   * For daemons that ask for SASL: credentials, the server's name, whether the transport is
   * secure (SCRAM and PLAIN are refused otherwise), the URI's `auth` parameter and auth.conf.
   * `connect()` fills it from the URI.
   */
  readonly authentication?: AuthenticationOptions;
}

/** Which optional protocol features the daemon offered during the handshake. */
export interface ConnectionFeatures {
  readonly keepalive: boolean;
  readonly eventCallbacks: boolean;
  readonly closeCallbacks: boolean;
  readonly typedParamString: boolean;
}

/** An unsolicited message from the daemon (an event), decoded with its procedure's `_msg` codec. */
export interface ServerMessage {
  readonly procedure: ProcedureInfo;
  readonly body: unknown;
}

export interface ConnectionEvents {
  /** A server event. Later layers turn these into typed domain, network, … events. */
  message: [ServerMessage];
  /** The connection is gone, with why. Emitted once. */
  close: [ConnectionClosedError];
  /** Something went wrong that did not close the connection (an undecodable event). Only emitted when listened to. */
  error: [Error];
}

/** Procedure tables by program, for routing events. */
const EVENT_TABLES: ReadonlyMap<number, ReadonlyMap<number, ProcedureInfo>> = new Map([
  [REMOTE_PROGRAM, remoteProcedureByNumber],
  [QEMU_PROGRAM, qemuProcedureByNumber],
  [LXC_PROGRAM, lxcProcedureByNumber],
]);

/**
 * An open connection to a libvirt daemon. `remote`, `qemu` and `lxc` carry one typed method per
 * procedure of libvirt's protocol (`conn.remote.connectListAllDomains({ needResults: 1, flags: 0 })`).
 */
export class Connection extends EventEmitter<ConnectionEvents> {
  /** The URI the daemon opened (as it reports it when it chose one). */
  readonly uri: string;
  readonly readOnly: boolean;
  readonly features: ConnectionFeatures;
  /** Where the connection goes, e.g. `unix:/run/libvirt/libvirt-sock`. */
  readonly transport: string;
  readonly remote: RemoteMethods;
  readonly qemu: QemuMethods;
  readonly lxc: LxcMethods;
  /** The object layer: handles and verbs over the generated calls (`await conn.domains.lookup('web')`). */
  readonly host: Host;
  readonly domains: Domains;
  readonly networks: Networks;
  readonly storagePools: StoragePools;
  readonly nodeDevices: NodeDevices;
  readonly secrets: Secrets;
  readonly interfaces: HostInterfaces;
  readonly nwfilters: NwFilters;
  /** Typed events: `await conn.events.on('domain.lifecycle', handler)`, `conn.events.subscribe({ kinds })`. */
  readonly events: EventHub;
  private readonly rpc: RpcClient;
  private closing: Promise<void> | undefined;

  /** @internal Use `connect()` or `openConnection()`. */
  constructor(
    rpc: RpcClient,
    init: { uri: string; readOnly: boolean; features: ConnectionFeatures; transport: string },
  ) {
    super();
    this.rpc = rpc;
    this.uri = init.uri;
    this.readOnly = init.readOnly;
    this.features = init.features;
    this.transport = init.transport;
    const invoke = <A, R>(procedure: ProcedureInfo<A, R>, args: A, options?: CallOptions): Promise<R> =>
      this.rpc.call(procedure, args, options);
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
      this.reportError(error);
    });
    void this.events.attach(this);
  }

  /**
   * Statistics of every domain as plain objects: `[{ domain, stats: { 'state.state': 1, 'cpu.time': 123n } }]`.
   * `kinds` selects groups (`['state', 'cpu-total']`; empty: all the driver has); `flags` are
   * `ConnectGetAllDomainStatsFlags`.
   */
  allDomainStats(
    kinds: readonly DomainStatsKind[] | number = [],
    flags = 0,
    options?: CallOptions,
  ): Promise<DomainStatsRecord[]> {
    return this.domains.allStats(kinds, flags, options);
  }

  /** True once the connection has closed, for whatever reason. */
  get closed(): boolean {
    return this.rpc.closed;
  }

  /** Calls in flight. */
  get pendingCalls(): number {
    return this.rpc.pendingCalls;
  }

  /** Performs a call by its procedure table entry; the generated methods use this. */
  call<Args, Ret>(procedure: ProcedureInfo<Args, Ret>, args: Args, options?: RpcCallOptions): Promise<Ret> {
    return this.rpc.call(procedure, args, options);
  }

  /** @internal The RPC layer, for streams. */
  get rpcClient(): RpcClient {
    return this.rpc;
  }

  /**
   * Closes the connection the way libvirt's client does: CONNECT_CLOSE first, so the daemon
   * releases the driver connection at once, then the socket. Calls still in flight fail with
   * ConnectionClosedError. Safe to call more than once.
   */
  close(): Promise<void> {
    this.closing ??= this.closeOnce();
    return this.closing;
  }

  private async closeOnce(): Promise<void> {
    if (this.rpc.closed) return;
    try {
      await this.remote.connectClose({ timeoutMs: 5000 });
    } catch {
      // The daemon may be gone already; closing the socket is all that is left to do.
    }
    this.rpc.close();
  }

  /** @internal Routes one server message to listeners. */
  dispatchMessage(header: MessageHeader, payload: Uint8Array): void {
    const procedure = EVENT_TABLES.get(header.prog)?.get(header.proc);
    if (procedure?.kind !== 'event' || procedure.args === null) {
      this.reportError(
        new ProtocolError(`unexpected message: program 0x${header.prog.toString(16)} procedure ${header.proc}`),
      );
      return;
    }
    let body: unknown;
    try {
      body = decodeXdr(procedure.args, payload);
    } catch (cause) {
      this.reportError(new ProtocolError(`cannot decode ${procedure.name}`, { cause }));
      return;
    }
    this.events.dispatch({ procedure, body });
    this.emit('message', { procedure, body });
  }

  private reportError(error: Error): void {
    if (this.listenerCount('error') > 0) this.emit('error', error);
  }
}

/**
 * Opens a connection over an already chosen transport and performs libvirt's handshake, in the
 * order its C client does (remote_driver.c, doRemoteOpen): AUTH_LIST and authentication,
 * keepalive support, CONNECT_OPEN, CONNECT_GET_URI when the daemon chose the URI, then the
 * probes for event and close callbacks.
 */
export async function openConnection(transport: Transport, options: OpenOptions): Promise<Connection> {
  const socket = await transport.open(options.signal);
  return handshake(socket, transport.description, options);
}

async function handshake(socket: Duplex, transportDescription: string, options: OpenOptions): Promise<Connection> {
  let connection: Connection | undefined;
  const early: ConnectionClosedError[] = [];
  const rpc = new RpcClient(socket, {
    message: (header, payload) => {
      try {
        connection?.dispatchMessage(header, payload);
      } catch (error) {
        // A listener threw: that is the application's bug, not the connection's. Surface it as
        // an uncaught exception, as EventEmitter would, instead of tearing the connection down.
        process.nextTick(() => {
          throw error;
        });
      }
    },
    close: (error) => {
      if (connection === undefined) early.push(error);
      else {
        connection.events.end(error);
        connection.emit('close', error);
      }
    },
  });
  const callOptions: CallOptions = {
    timeoutMs: options.handshakeTimeoutMs ?? 30_000,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
  const remote = bindRemoteMethods(<A, R>(procedure: ProcedureInfo<A, R>, args: A, opts?: CallOptions) =>
    rpc.call(procedure, args, opts),
  );
  const readOnly = options.readOnly ?? false;
  try {
    await authenticate(remote, callOptions, options.authentication ?? {}, transportDescription);
    const supports = async (feature: number): Promise<boolean> =>
      (await remote.connectSupportsFeature({ feature }, callOptions)).supported !== 0;
    const keepalive = options.keepalive !== false && (await supports(DriverFeature.ProgramKeepalive));
    const flags = (options.flags ?? 0) | (readOnly ? CONNECT_RO : 0);
    await remote.connectOpen({ name: options.name, flags }, callOptions);
    const queryUri = options.queryUriAfterOpen ?? options.name === '';
    const uri = queryUri ? (await remote.connectGetUri(callOptions)).uri : (options.uri ?? options.name);
    const features: ConnectionFeatures = {
      keepalive,
      eventCallbacks: await supports(DriverFeature.RemoteEventCallback),
      closeCallbacks: await supports(DriverFeature.RemoteCloseCallback),
      typedParamString: await supports(DriverFeature.TypedParamString),
    };
    if (keepalive) {
      rpc.startKeepalive({ ...DEFAULT_KEEPALIVE, ...options.keepalive });
    }
    connection = new Connection(rpc, { uri, readOnly, features, transport: transportDescription });
    const closedEarly = early[0];
    if (closedEarly !== undefined) throw closedEarly;
    return connection;
  } catch (error) {
    rpc.close();
    // Already says where and why, and callers tell it apart from other connect failures.
    if (error instanceof AuthenticationError) throw error;
    if (error instanceof LibvirtError) {
      throw new ConnectError(
        `opening ${options.name === '' ? 'the default URI' : options.name} via ${transportDescription} failed: ${error.message}`,
        {
          cause: error,
        },
      );
    }
    throw new ConnectError(
      `handshake with ${transportDescription} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
