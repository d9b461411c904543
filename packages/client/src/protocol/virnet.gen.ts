// Generated from libvirt 11.3.0 virnetprotocol.x by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

import { type XdrCodec, type XdrReader, type XdrWriter, withXdrPath } from '@libvirt-ts/xdr';

export const VIR_UUID_BUFLEN = 16;

export const VIR_NET_MESSAGE_INITIAL = 65536;
export const VIR_NET_MESSAGE_LEGACY_PAYLOAD_MAX = 262120;
export const VIR_NET_MESSAGE_MAX = 33554432;
export const VIR_NET_MESSAGE_HEADER_MAX = 24;
export const VIR_NET_MESSAGE_PAYLOAD_MAX = 33554408;
export const VIR_NET_MESSAGE_LEN_MAX = 4;
export const VIR_NET_MESSAGE_STRING_MAX = 4194304;
export const VIR_NET_MESSAGE_NUM_FDS_MAX = 32;

/** XDR `enum virNetMessageType`. */
export const VirNetMessageType = {
  Call: 0,
  Reply: 1,
  Message: 2,
  Stream: 3,
  CallWithFds: 4,
  ReplyWithFds: 5,
  StreamHole: 6,
} as const;
export type VirNetMessageType = (typeof VirNetMessageType)[keyof typeof VirNetMessageType];

export const VirNetMessageTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_NET_CALL',
  1: 'VIR_NET_REPLY',
  2: 'VIR_NET_MESSAGE',
  3: 'VIR_NET_STREAM',
  4: 'VIR_NET_CALL_WITH_FDS',
  5: 'VIR_NET_REPLY_WITH_FDS',
  6: 'VIR_NET_STREAM_HOLE',
};

export function isVirNetMessageType(value: number): value is VirNetMessageType {
  return Number.isInteger(value) && value >= 0 && value <= 6;
}

export function encodeVirNetMessageType(w: XdrWriter, v: VirNetMessageType): void {
  w.writeEnum(v, isVirNetMessageType, 'virNetMessageType');
}

export function decodeVirNetMessageType(r: XdrReader): VirNetMessageType {
  return r.readEnum(isVirNetMessageType, 'virNetMessageType') as VirNetMessageType;
}

export const VirNetMessageTypeCodec: XdrCodec<VirNetMessageType> = {
  name: 'virNetMessageType',
  encode: encodeVirNetMessageType,
  decode: decodeVirNetMessageType,
};

/** XDR `enum virNetMessageStatus`. */
export const VirNetMessageStatus = {
  Ok: 0,
  Error: 1,
  Continue: 2,
} as const;
export type VirNetMessageStatus = (typeof VirNetMessageStatus)[keyof typeof VirNetMessageStatus];

export const VirNetMessageStatusNames: Readonly<Record<number, string>> = {
  0: 'VIR_NET_OK',
  1: 'VIR_NET_ERROR',
  2: 'VIR_NET_CONTINUE',
};

export function isVirNetMessageStatus(value: number): value is VirNetMessageStatus {
  return Number.isInteger(value) && value >= 0 && value <= 2;
}

export function encodeVirNetMessageStatus(w: XdrWriter, v: VirNetMessageStatus): void {
  w.writeEnum(v, isVirNetMessageStatus, 'virNetMessageStatus');
}

export function decodeVirNetMessageStatus(r: XdrReader): VirNetMessageStatus {
  return r.readEnum(isVirNetMessageStatus, 'virNetMessageStatus') as VirNetMessageStatus;
}

export const VirNetMessageStatusCodec: XdrCodec<VirNetMessageStatus> = {
  name: 'virNetMessageStatus',
  encode: encodeVirNetMessageStatus,
  decode: decodeVirNetMessageStatus,
};

export const VIR_NET_MESSAGE_HEADER_XDR_LEN = 4;

/** XDR `struct virNetMessageHeader`. */
export interface VirNetMessageHeader {
  prog: number;
  vers: number;
  proc: number;
  type: VirNetMessageType;
  serial: number;
  status: VirNetMessageStatus;
}

export function encodeVirNetMessageHeader(w: XdrWriter, v: VirNetMessageHeader): void {
  let field = 'prog';
  try {
    w.writeUint(v.prog);
    field = 'vers';
    w.writeUint(v.vers);
    field = 'proc';
    w.writeInt(v.proc);
    field = 'type';
    w.writeEnum(v.type, isVirNetMessageType, 'virNetMessageType');
    field = 'serial';
    w.writeUint(v.serial);
    field = 'status';
    w.writeEnum(v.status, isVirNetMessageStatus, 'virNetMessageStatus');
  } catch (e) {
    throw withXdrPath(e, 'virNetMessageHeader', field, w.length);
  }
}

export function decodeVirNetMessageHeader(r: XdrReader): VirNetMessageHeader {
  let field = 'prog';
  try {
    const prog = r.readUint();
    field = 'vers';
    const vers = r.readUint();
    field = 'proc';
    const proc = r.readInt();
    field = 'type';
    const type = r.readEnum(isVirNetMessageType, 'virNetMessageType') as VirNetMessageType;
    field = 'serial';
    const serial = r.readUint();
    field = 'status';
    const status = r.readEnum(isVirNetMessageStatus, 'virNetMessageStatus') as VirNetMessageStatus;
    return { prog, vers, proc, type, serial, status };
  } catch (e) {
    throw withXdrPath(e, 'virNetMessageHeader', field, r.offset);
  }
}

export const VirNetMessageHeaderCodec: XdrCodec<VirNetMessageHeader> = {
  name: 'virNetMessageHeader',
  encode: encodeVirNetMessageHeader,
  decode: decodeVirNetMessageHeader,
};

/** XDR `typedef virNetMessageUUID`. */
export type VirNetMessageUUID = Uint8Array;

export function encodeVirNetMessageUUID(w: XdrWriter, v: VirNetMessageUUID): void {
  w.writeFixedOpaque(v, 16);
}

export function decodeVirNetMessageUUID(r: XdrReader): VirNetMessageUUID {
  return r.readFixedOpaque(16);
}

export const VirNetMessageUUIDCodec: XdrCodec<VirNetMessageUUID> = {
  name: 'virNetMessageUUID',
  encode: encodeVirNetMessageUUID,
  decode: decodeVirNetMessageUUID,
};

/** XDR `typedef virNetMessageNonnullString`. */
export type VirNetMessageNonnullString = string;

export function encodeVirNetMessageNonnullString(w: XdrWriter, v: VirNetMessageNonnullString): void {
  w.writeString(v, 4194304);
}

export function decodeVirNetMessageNonnullString(r: XdrReader): VirNetMessageNonnullString {
  return r.readString(4194304);
}

export const VirNetMessageNonnullStringCodec: XdrCodec<VirNetMessageNonnullString> = {
  name: 'virNetMessageNonnullString',
  encode: encodeVirNetMessageNonnullString,
  decode: decodeVirNetMessageNonnullString,
};

/** XDR `typedef virNetMessageString`. */
export type VirNetMessageString = string | null;

export function encodeVirNetMessageString(w: XdrWriter, v: VirNetMessageString): void {
  if (v == null) {
    w.writeOptional(false);
  } else {
    w.writeOptional(true);
    w.writeString(v, 4194304);
  }
}

export function decodeVirNetMessageString(r: XdrReader): VirNetMessageString {
  return r.readOptional() ? r.readString(4194304) : null;
}

export const VirNetMessageStringCodec: XdrCodec<VirNetMessageString> = {
  name: 'virNetMessageString',
  encode: encodeVirNetMessageString,
  decode: decodeVirNetMessageString,
};

/** XDR `struct virNetMessageNonnullDomain`. */
export interface VirNetMessageNonnullDomain {
  name: string;
  uuid: Uint8Array;
  id: number;
}

export function encodeVirNetMessageNonnullDomain(w: XdrWriter, v: VirNetMessageNonnullDomain): void {
  let field = 'name';
  try {
    w.writeString(v.name, 4194304);
    field = 'uuid';
    w.writeFixedOpaque(v.uuid, 16);
    field = 'id';
    w.writeInt(v.id);
  } catch (e) {
    throw withXdrPath(e, 'virNetMessageNonnullDomain', field, w.length);
  }
}

export function decodeVirNetMessageNonnullDomain(r: XdrReader): VirNetMessageNonnullDomain {
  let field = 'name';
  try {
    const name = r.readString(4194304);
    field = 'uuid';
    const uuid = r.readFixedOpaque(16);
    field = 'id';
    const id = r.readInt();
    return { name, uuid, id };
  } catch (e) {
    throw withXdrPath(e, 'virNetMessageNonnullDomain', field, r.offset);
  }
}

export const VirNetMessageNonnullDomainCodec: XdrCodec<VirNetMessageNonnullDomain> = {
  name: 'virNetMessageNonnullDomain',
  encode: encodeVirNetMessageNonnullDomain,
  decode: decodeVirNetMessageNonnullDomain,
};

/** XDR `struct virNetMessageNonnullNetwork`. */
export interface VirNetMessageNonnullNetwork {
  name: string;
  uuid: Uint8Array;
}

export function encodeVirNetMessageNonnullNetwork(w: XdrWriter, v: VirNetMessageNonnullNetwork): void {
  let field = 'name';
  try {
    w.writeString(v.name, 4194304);
    field = 'uuid';
    w.writeFixedOpaque(v.uuid, 16);
  } catch (e) {
    throw withXdrPath(e, 'virNetMessageNonnullNetwork', field, w.length);
  }
}

export function decodeVirNetMessageNonnullNetwork(r: XdrReader): VirNetMessageNonnullNetwork {
  let field = 'name';
  try {
    const name = r.readString(4194304);
    field = 'uuid';
    const uuid = r.readFixedOpaque(16);
    return { name, uuid };
  } catch (e) {
    throw withXdrPath(e, 'virNetMessageNonnullNetwork', field, r.offset);
  }
}

export const VirNetMessageNonnullNetworkCodec: XdrCodec<VirNetMessageNonnullNetwork> = {
  name: 'virNetMessageNonnullNetwork',
  encode: encodeVirNetMessageNonnullNetwork,
  decode: decodeVirNetMessageNonnullNetwork,
};

/** XDR `typedef virNetMessageDomain`. */
export type VirNetMessageDomain = VirNetMessageNonnullDomain | null;

export function encodeVirNetMessageDomain(w: XdrWriter, v: VirNetMessageDomain): void {
  if (v == null) {
    w.writeOptional(false);
  } else {
    w.writeOptional(true);
    encodeVirNetMessageNonnullDomain(w, v);
  }
}

export function decodeVirNetMessageDomain(r: XdrReader): VirNetMessageDomain {
  return r.readOptional() ? decodeVirNetMessageNonnullDomain(r) : null;
}

export const VirNetMessageDomainCodec: XdrCodec<VirNetMessageDomain> = {
  name: 'virNetMessageDomain',
  encode: encodeVirNetMessageDomain,
  decode: decodeVirNetMessageDomain,
};

/** XDR `typedef virNetMessageNetwork`. */
export type VirNetMessageNetwork = VirNetMessageNonnullNetwork | null;

export function encodeVirNetMessageNetwork(w: XdrWriter, v: VirNetMessageNetwork): void {
  if (v == null) {
    w.writeOptional(false);
  } else {
    w.writeOptional(true);
    encodeVirNetMessageNonnullNetwork(w, v);
  }
}

export function decodeVirNetMessageNetwork(r: XdrReader): VirNetMessageNetwork {
  return r.readOptional() ? decodeVirNetMessageNonnullNetwork(r) : null;
}

export const VirNetMessageNetworkCodec: XdrCodec<VirNetMessageNetwork> = {
  name: 'virNetMessageNetwork',
  encode: encodeVirNetMessageNetwork,
  decode: decodeVirNetMessageNetwork,
};

/** XDR `struct virNetMessageError`. */
export interface VirNetMessageError {
  code: number;
  domain: number;
  message: string | null;
  level: number;
  dom: VirNetMessageNonnullDomain | null;
  str1: string | null;
  str2: string | null;
  str3: string | null;
  int1: number;
  int2: number;
  net: VirNetMessageNonnullNetwork | null;
}

export function encodeVirNetMessageError(w: XdrWriter, v: VirNetMessageError): void {
  let field = 'code';
  try {
    w.writeInt(v.code);
    field = 'domain';
    w.writeInt(v.domain);
    field = 'message';
    const message = v.message;
    if (message == null) {
      w.writeOptional(false);
    } else {
      w.writeOptional(true);
      w.writeString(message, 4194304);
    }
    field = 'level';
    w.writeInt(v.level);
    field = 'dom';
    const dom = v.dom;
    if (dom == null) {
      w.writeOptional(false);
    } else {
      w.writeOptional(true);
      encodeVirNetMessageNonnullDomain(w, dom);
    }
    field = 'str1';
    const str1 = v.str1;
    if (str1 == null) {
      w.writeOptional(false);
    } else {
      w.writeOptional(true);
      w.writeString(str1, 4194304);
    }
    field = 'str2';
    const str2 = v.str2;
    if (str2 == null) {
      w.writeOptional(false);
    } else {
      w.writeOptional(true);
      w.writeString(str2, 4194304);
    }
    field = 'str3';
    const str3 = v.str3;
    if (str3 == null) {
      w.writeOptional(false);
    } else {
      w.writeOptional(true);
      w.writeString(str3, 4194304);
    }
    field = 'int1';
    w.writeInt(v.int1);
    field = 'int2';
    w.writeInt(v.int2);
    field = 'net';
    const net = v.net;
    if (net == null) {
      w.writeOptional(false);
    } else {
      w.writeOptional(true);
      encodeVirNetMessageNonnullNetwork(w, net);
    }
  } catch (e) {
    throw withXdrPath(e, 'virNetMessageError', field, w.length);
  }
}

export function decodeVirNetMessageError(r: XdrReader): VirNetMessageError {
  let field = 'code';
  try {
    const code = r.readInt();
    field = 'domain';
    const domain = r.readInt();
    field = 'message';
    const message = r.readOptional() ? r.readString(4194304) : null;
    field = 'level';
    const level = r.readInt();
    field = 'dom';
    const dom = r.readOptional() ? decodeVirNetMessageNonnullDomain(r) : null;
    field = 'str1';
    const str1 = r.readOptional() ? r.readString(4194304) : null;
    field = 'str2';
    const str2 = r.readOptional() ? r.readString(4194304) : null;
    field = 'str3';
    const str3 = r.readOptional() ? r.readString(4194304) : null;
    field = 'int1';
    const int1 = r.readInt();
    field = 'int2';
    const int2 = r.readInt();
    field = 'net';
    const net = r.readOptional() ? decodeVirNetMessageNonnullNetwork(r) : null;
    return { code, domain, message, level, dom, str1, str2, str3, int1, int2, net };
  } catch (e) {
    throw withXdrPath(e, 'virNetMessageError', field, r.offset);
  }
}

export const VirNetMessageErrorCodec: XdrCodec<VirNetMessageError> = {
  name: 'virNetMessageError',
  encode: encodeVirNetMessageError,
  decode: decodeVirNetMessageError,
};

/** XDR `struct virNetStreamHole`. */
export interface VirNetStreamHole {
  length: bigint;
  flags: number;
}

export function encodeVirNetStreamHole(w: XdrWriter, v: VirNetStreamHole): void {
  let field = 'length';
  try {
    w.writeHyper(v.length);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'virNetStreamHole', field, w.length);
  }
}

export function decodeVirNetStreamHole(r: XdrReader): VirNetStreamHole {
  let field = 'length';
  try {
    const length = r.readHyper();
    field = 'flags';
    const flags = r.readUint();
    return { length, flags };
  } catch (e) {
    throw withXdrPath(e, 'virNetStreamHole', field, r.offset);
  }
}

export const VirNetStreamHoleCodec: XdrCodec<VirNetStreamHole> = {
  name: 'virNetStreamHole',
  encode: encodeVirNetStreamHole,
  decode: decodeVirNetStreamHole,
};
