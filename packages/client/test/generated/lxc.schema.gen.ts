// Generated from libvirt 11.3.0 lxc_protocol.x by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

import type { XdrTypeDescription } from '@libvirt-ts/xdrgen/testing';
import * as codecs from '../../src/protocol/lxc.gen.js';

export const lxcTypeDescriptions: readonly XdrTypeDescription[] = [
  { kind: 'struct', name: 'lxc_domain_open_namespace_args', codec: codecs.LxcDomainOpenNamespaceArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'enum', name: 'lxc_procedure', codec: codecs.LxcProcedureCodec, values: [1] },
];
