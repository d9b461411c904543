// Generated from libvirt 11.3.0 lxc_protocol.x by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

import { type XdrCodec, type XdrReader, type XdrWriter, withXdrPath } from '@libvirt-ts/xdr';
import { type RemoteNonnullDomain, decodeRemoteNonnullDomain, encodeRemoteNonnullDomain } from './remote.gen.js';
import type { CallOptions, Invoke, ProcedureInfo } from './procedure.js';

/** XDR `struct lxc_domain_open_namespace_args`. */
export interface LxcDomainOpenNamespaceArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}

export function encodeLxcDomainOpenNamespaceArgs(w: XdrWriter, v: LxcDomainOpenNamespaceArgs): void {
  let field = 'dom';
  try {
    encodeRemoteNonnullDomain(w, v.dom);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'lxc_domain_open_namespace_args', field, w.length);
  }
}

export function decodeLxcDomainOpenNamespaceArgs(r: XdrReader): LxcDomainOpenNamespaceArgs {
  let field = 'dom';
  try {
    const dom = decodeRemoteNonnullDomain(r);
    field = 'flags';
    const flags = r.readUint();
    return { dom, flags };
  } catch (e) {
    throw withXdrPath(e, 'lxc_domain_open_namespace_args', field, r.offset);
  }
}

export const LxcDomainOpenNamespaceArgsCodec: XdrCodec<LxcDomainOpenNamespaceArgs> = {
  name: 'lxc_domain_open_namespace_args',
  encode: encodeLxcDomainOpenNamespaceArgs,
  decode: decodeLxcDomainOpenNamespaceArgs,
};

export const LXC_PROGRAM = 0x00068000;
export const LXC_PROTOCOL_VERSION = 1;

/** XDR `enum lxc_procedure`. */
export const LxcProcedure = {
  DomainOpenNamespace: 1,
} as const;
export type LxcProcedure = (typeof LxcProcedure)[keyof typeof LxcProcedure];

export const LxcProcedureNames: Readonly<Record<number, string>> = {
  1: 'LXC_PROC_DOMAIN_OPEN_NAMESPACE',
};

export function isLxcProcedure(value: number): value is LxcProcedure {
  switch (value) {
    case 1:
      return true;
    default:
      return false;
  }
}

export function encodeLxcProcedure(w: XdrWriter, v: LxcProcedure): void {
  w.writeEnum(v, isLxcProcedure, 'lxc_procedure');
}

export function decodeLxcProcedure(r: XdrReader): LxcProcedure {
  return r.readEnum(isLxcProcedure, 'lxc_procedure') as LxcProcedure;
}

export const LxcProcedureCodec: XdrCodec<LxcProcedure> = {
  name: 'lxc_procedure',
  encode: encodeLxcProcedure,
  decode: decodeLxcProcedure,
};

export const lxcProcDomainOpenNamespace: ProcedureInfo<LxcDomainOpenNamespaceArgs, undefined> = {
  program: LXC_PROGRAM,
  version: LXC_PROTOCOL_VERSION,
  number: 1,
  name: 'LXC_PROC_DOMAIN_OPEN_NAMESPACE',
  method: 'domainOpenNamespace',
  args: LxcDomainOpenNamespaceArgsCodec,
  ret: null,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: ['domain:open_namespace'],
};

/** Every procedure of LXC_PROGRAM, in procedure-number order as the .x file lists them. */
export const lxcProcedures: readonly ProcedureInfo[] = [
  lxcProcDomainOpenNamespace,
];

export const lxcProcedureByNumber: ReadonlyMap<number, ProcedureInfo> = new Map(
  lxcProcedures.map((procedure) => [procedure.number, procedure]),
);

/** One method per callable procedure of LXC_PROGRAM; events are not callable. */
export interface LxcMethods {
  domainOpenNamespace(args: LxcDomainOpenNamespaceArgs, options?: CallOptions): Promise<undefined>;
}

/** The methods of LxcMethods, each performing its call through `invoke`. */
export function bindLxcMethods(invoke: Invoke): LxcMethods {
  return {
    domainOpenNamespace: (args, options) => invoke(lxcProcDomainOpenNamespace, args, options),
  };
}
