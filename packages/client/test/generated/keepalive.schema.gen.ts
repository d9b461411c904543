// Generated from libvirt 11.3.0 virkeepaliveprotocol.x by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

import type { XdrTypeDescription } from '@libvirt-ts/xdrgen/testing';
import * as codecs from '../../src/protocol/keepalive.gen.js';

export const keepaliveTypeDescriptions: readonly XdrTypeDescription[] = [
  { kind: 'enum', name: 'keepalive_procedure', codec: codecs.KeepaliveProcedureCodec, values: [1, 2] },
];
