import type { XdrCodec } from '@libvirt-ts/xdr';

/**
 * What the generated procedure tables say about one RPC procedure. The annotations come from the
 * doc comments above each procedure in libvirt's `.x` files.
 */
export interface ProcedureInfo<Args = unknown, Ret = unknown> {
  /** Program number, e.g. REMOTE_PROGRAM (0x20008086). */
  readonly program: number;
  /** Program version, e.g. REMOTE_PROTOCOL_VERSION (1). */
  readonly version: number;
  /** Procedure number within the program. */
  readonly number: number;
  /** The enum member name, e.g. `REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS`. */
  readonly name: string;
  /** The method name on the generated layer, e.g. `connectListAllDomains`. */
  readonly method: string;
  /** Codec of the `_args` struct (or of the `_msg` struct for events); null when there is none (void). */
  readonly args: XdrCodec<Args> | null;
  /** Codec of the `_ret` struct; null when the reply carries no data (void). */
  readonly ret: XdrCodec<Ret> | null;
  /**
   * `call`: the client calls it and the server replies. `event`: the server sends it
   * unsolicited as a MESSAGE with a `_msg` payload; it cannot be called.
   */
  readonly kind: 'call' | 'event';
  /** `read`: data flows from the daemon to the client after the reply (`@readstream`); `write`: the other way. */
  readonly stream: 'read' | 'write' | null;
  /** `@sparseflag`: the flag that makes the stream carry holes, when the procedure supports sparse streams. */
  readonly sparseFlag: string | null;
  /** `@priority`: high-priority calls are served even while low-priority ones block on a hypervisor. */
  readonly priority: 'high' | 'low';
  /** `@acl` annotations, verbatim (`domain:write`, `domain:save:!VIR_DOMAIN_AFFECT_CONFIG|...`). */
  readonly acl: readonly string[];
}

/** Per-call options of the generated layer. */
export interface CallOptions {
  /** Aborts waiting for the reply; the daemon may still complete the call. */
  readonly signal?: AbortSignal;
  /** Rejects with a TimeoutError when no reply came in time. */
  readonly timeoutMs?: number;
}

/** How the generated method objects reach the connection: one function that performs a call. */
export type Invoke = <Args, Ret>(
  procedure: ProcedureInfo<Args, Ret>,
  args: Args,
  options?: CallOptions,
) => Promise<Ret>;
