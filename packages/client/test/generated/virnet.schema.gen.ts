// Generated from libvirt 11.3.0 virnetprotocol.x by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

import type { XdrTypeDescription } from '@libvirt-ts/xdrgen/testing';
import * as codecs from '../../src/protocol/virnet.gen.js';

export const virnetTypeDescriptions: readonly XdrTypeDescription[] = [
  { kind: 'enum', name: 'virNetMessageType', codec: codecs.VirNetMessageTypeCodec, values: [0, 1, 2, 3, 4, 5, 6] },
  { kind: 'enum', name: 'virNetMessageStatus', codec: codecs.VirNetMessageStatusCodec, values: [0, 1, 2] },
  { kind: 'struct', name: 'virNetMessageHeader', codec: codecs.VirNetMessageHeaderCodec, fields: [
    { property: 'prog', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'vers', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'proc', shape: { kind: 'primitive', name: 'int' } },
    { property: 'type', shape: { kind: 'reference', name: 'virNetMessageType' } },
    { property: 'serial', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'status', shape: { kind: 'reference', name: 'virNetMessageStatus' } },
  ] },
  { kind: 'typedef', name: 'virNetMessageUUID', codec: codecs.VirNetMessageUUIDCodec, shape: { kind: 'fixed-opaque', length: 16 } },
  { kind: 'typedef', name: 'virNetMessageNonnullString', codec: codecs.VirNetMessageNonnullStringCodec, shape: { kind: 'string', max: 4194304 } },
  { kind: 'typedef', name: 'virNetMessageString', codec: codecs.VirNetMessageStringCodec, shape: { kind: 'optional', element: { kind: 'reference', name: 'virNetMessageNonnullString' } } },
  { kind: 'struct', name: 'virNetMessageNonnullDomain', codec: codecs.VirNetMessageNonnullDomainCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'virNetMessageNonnullString' } },
    { property: 'uuid', shape: { kind: 'reference', name: 'virNetMessageUUID' } },
    { property: 'id', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'virNetMessageNonnullNetwork', codec: codecs.VirNetMessageNonnullNetworkCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'virNetMessageNonnullString' } },
    { property: 'uuid', shape: { kind: 'reference', name: 'virNetMessageUUID' } },
  ] },
  { kind: 'typedef', name: 'virNetMessageDomain', codec: codecs.VirNetMessageDomainCodec, shape: { kind: 'optional', element: { kind: 'reference', name: 'virNetMessageNonnullDomain' } } },
  { kind: 'typedef', name: 'virNetMessageNetwork', codec: codecs.VirNetMessageNetworkCodec, shape: { kind: 'optional', element: { kind: 'reference', name: 'virNetMessageNonnullNetwork' } } },
  { kind: 'struct', name: 'virNetMessageError', codec: codecs.VirNetMessageErrorCodec, fields: [
    { property: 'code', shape: { kind: 'primitive', name: 'int' } },
    { property: 'domain', shape: { kind: 'primitive', name: 'int' } },
    { property: 'message', shape: { kind: 'reference', name: 'virNetMessageString' } },
    { property: 'level', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'virNetMessageDomain' } },
    { property: 'str1', shape: { kind: 'reference', name: 'virNetMessageString' } },
    { property: 'str2', shape: { kind: 'reference', name: 'virNetMessageString' } },
    { property: 'str3', shape: { kind: 'reference', name: 'virNetMessageString' } },
    { property: 'int1', shape: { kind: 'primitive', name: 'int' } },
    { property: 'int2', shape: { kind: 'primitive', name: 'int' } },
    { property: 'net', shape: { kind: 'reference', name: 'virNetMessageNetwork' } },
  ] },
  { kind: 'struct', name: 'virNetStreamHole', codec: codecs.VirNetStreamHoleCodec, fields: [
    { property: 'length', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
];
