// Generated from libvirt 11.3.0 virkeepaliveprotocol.x by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

import type { XdrCodec, XdrReader, XdrWriter } from '@libvirt-ts/xdr';
import type { CallOptions, Invoke, ProcedureInfo } from './procedure.js';

export const KEEPALIVE_PROGRAM = 0x6b656570;
export const KEEPALIVE_PROTOCOL_VERSION = 1;

/** XDR `enum keepalive_procedure`. */
export const KeepaliveProcedure = {
  Ping: 1,
  Pong: 2,
} as const;
export type KeepaliveProcedure = (typeof KeepaliveProcedure)[keyof typeof KeepaliveProcedure];

export const KeepaliveProcedureNames: Readonly<Record<number, string>> = {
  1: 'KEEPALIVE_PROC_PING',
  2: 'KEEPALIVE_PROC_PONG',
};

export function isKeepaliveProcedure(value: number): value is KeepaliveProcedure {
  switch (value) {
    case 1:
    case 2:
      return true;
    default:
      return false;
  }
}

export function encodeKeepaliveProcedure(w: XdrWriter, v: KeepaliveProcedure): void {
  w.writeEnum(v, isKeepaliveProcedure, 'keepalive_procedure');
}

export function decodeKeepaliveProcedure(r: XdrReader): KeepaliveProcedure {
  return r.readEnum(isKeepaliveProcedure, 'keepalive_procedure') as KeepaliveProcedure;
}

export const KeepaliveProcedureCodec: XdrCodec<KeepaliveProcedure> = {
  name: 'keepalive_procedure',
  encode: encodeKeepaliveProcedure,
  decode: decodeKeepaliveProcedure,
};

export const keepaliveProcPing: ProcedureInfo<undefined, undefined> = {
  program: KEEPALIVE_PROGRAM,
  version: KEEPALIVE_PROTOCOL_VERSION,
  number: 1,
  name: 'KEEPALIVE_PROC_PING',
  method: 'ping',
  args: null,
  ret: null,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const keepaliveProcPong: ProcedureInfo<undefined, undefined> = {
  program: KEEPALIVE_PROGRAM,
  version: KEEPALIVE_PROTOCOL_VERSION,
  number: 2,
  name: 'KEEPALIVE_PROC_PONG',
  method: 'pong',
  args: null,
  ret: null,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

/** Every procedure of KEEPALIVE_PROGRAM, in procedure-number order as the .x file lists them. */
export const keepaliveProcedures: readonly ProcedureInfo[] = [
  keepaliveProcPing,
  keepaliveProcPong,
];

export const keepaliveProcedureByNumber: ReadonlyMap<number, ProcedureInfo> = new Map(
  keepaliveProcedures.map((procedure) => [procedure.number, procedure]),
);

/** One method per callable procedure of KEEPALIVE_PROGRAM; events are not callable. */
export interface KeepaliveMethods {
  ping(options?: CallOptions): Promise<undefined>;
  pong(options?: CallOptions): Promise<undefined>;
}

/** The methods of KeepaliveMethods, each performing its call through `invoke`. */
export function bindKeepaliveMethods(invoke: Invoke): KeepaliveMethods {
  return {
    ping: (options) => invoke(keepaliveProcPing, undefined, options),
    pong: (options) => invoke(keepaliveProcPong, undefined, options),
  };
}
