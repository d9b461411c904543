/**
 * Decodes messages captured from a real libvirtd 9.0.0 (test/fixtures/libvirtd-9.0.0.ts, bytes
 * commented field by field) with the generated codecs, and re-encodes them to the same bytes.
 */
import { decodeXdr, encodeXdr, XdrReader, type XdrCodec } from '@libvirt-ts/xdr';
import { describe, expect, it } from 'vitest';
import { LibvirtError } from '../../src/errors.js';
import { KEEPALIVE_PROGRAM, KeepaliveProcedure } from '../../src/protocol/keepalive.gen.js';
import type { ProcedureInfo } from '../../src/protocol/procedure.js';
import {
  REMOTE_PROGRAM,
  RemoteErrorCodec,
  RemoteProcedure,
  remoteProcedureByNumber,
} from '../../src/protocol/remote.gen.js';
import { VirNetMessageHeaderCodec, VirNetMessageStatus, VirNetMessageType } from '../../src/protocol/virnet.gen.js';
import { FrameDecoder } from '../../src/wire/frame-decoder.js';
import * as fixtures from '../fixtures/libvirtd-9.0.0.js';

function split(frame: Uint8Array) {
  const length = new DataView(frame.buffer, frame.byteOffset).getUint32(0);
  expect(length).toBe(frame.byteLength);
  const reader = new XdrReader(frame.subarray(4));
  const header = VirNetMessageHeaderCodec.decode(reader);
  return { header, payload: frame.subarray(4 + reader.offset) };
}

function procedure(number: number): ProcedureInfo {
  const info = remoteProcedureByNumber.get(number);
  if (info === undefined) throw new Error(`no procedure ${number}`);
  return info;
}

/** Decodes with `codec` and checks the value encodes back to the very same bytes. */
function roundTrip<T>(codec: XdrCodec<T> | null, payload: Uint8Array): T | undefined {
  if (codec === null) {
    expect(payload.byteLength).toBe(0);
    return undefined;
  }
  const value = decodeXdr(codec, payload);
  expect(encodeXdr(codec, value)).toEqual(payload.slice());
  return value;
}

describe('frames captured from libvirtd 9.0.0', () => {
  it('CONNECT_GET_LIB_VERSION reply carries 9.0.0', () => {
    const { header, payload } = split(fixtures.connectGetLibVersionReply);
    expect(header).toEqual({
      prog: REMOTE_PROGRAM,
      vers: 1,
      proc: RemoteProcedure.ConnectGetLibVersion,
      type: VirNetMessageType.Reply,
      serial: header.serial,
      status: VirNetMessageStatus.Ok,
    });
    expect(roundTrip(procedure(header.proc).ret, payload)).toEqual({ libVer: 9_000_000n });
  });

  it('CONNECT_LIST_ALL_DOMAINS reply lists the test driver domain', () => {
    const { header, payload } = split(fixtures.connectListAllDomainsReply);
    expect(header.proc).toBe(RemoteProcedure.ConnectListAllDomains);
    const ret = roundTrip(procedure(header.proc).ret, payload);
    expect(ret).toEqual({
      domains: [
        {
          name: 'test',
          uuid: Uint8Array.from([
            0x66, 0x95, 0xeb, 0x01, 0xf6, 0xa4, 0x83, 0x04, 0x79, 0xaa, 0x97, 0xf2, 0x50, 0x2e, 0x19, 0x3f,
          ]),
          id: 1,
        },
      ],
      ret: 1,
    });
  });

  it('an error reply decodes every remote_error field', () => {
    const { header, payload } = split(fixtures.domainLookupByNameErrorReply);
    expect(header.status).toBe(VirNetMessageStatus.Error);
    const fields = roundTrip(RemoteErrorCodec, payload);
    expect(fields).toEqual({
      code: 42,
      domain: 12,
      message: 'Domain not found',
      level: 2,
      dom: null,
      str1: 'Domain not found',
      str2: null,
      str3: null,
      int1: -1,
      int2: -1,
      net: null,
    });
    const error = new LibvirtError(fields!, 'REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME');
    expect([error.codeName, error.domainName, error.isNotFound()]).toEqual([
      'VIR_ERR_NO_DOMAIN',
      'VIR_FROM_TEST',
      true,
    ]);
  });

  it('a keepalive PING from the daemon is a bodiless MESSAGE of the keepalive program', () => {
    const { header, payload } = split(fixtures.keepalivePingFromServer);
    expect(header).toEqual({
      prog: KEEPALIVE_PROGRAM,
      vers: 1,
      proc: KeepaliveProcedure.Ping,
      type: VirNetMessageType.Message,
      serial: 0,
      status: VirNetMessageStatus.Ok,
    });
    expect(payload.byteLength).toBe(0);
  });

  it('every call and reply of the conversation round-trips through the generated codecs', () => {
    for (const { name, bytes } of fixtures.conversation) {
      const { header, payload } = split(bytes);
      if (header.prog === KEEPALIVE_PROGRAM) {
        expect(payload.byteLength, name).toBe(0);
        continue;
      }
      const info = procedure(header.proc);
      if (header.status === VirNetMessageStatus.Error) roundTrip(RemoteErrorCodec, payload);
      else roundTrip(header.type === VirNetMessageType.Call ? info.args : info.ret, payload);
    }
  });

  it('the conversation frames back out of one stream split at every byte', () => {
    const all = fixtures.conversation.map((m) => m.bytes);
    const stream = new Uint8Array(all.reduce((n, b) => n + b.byteLength, 0));
    let offset = 0;
    for (const bytes of all) {
      stream.set(bytes, offset);
      offset += bytes.byteLength;
    }
    for (let cut = 1; cut < stream.byteLength; cut += 3) {
      const decoder = new FrameDecoder();
      const frames: Uint8Array[] = [];
      decoder.push(stream.subarray(0, cut), (f) => frames.push(f.slice()));
      decoder.push(stream.subarray(cut), (f) => frames.push(f.slice()));
      expect(frames).toEqual(all);
    }
  });
});
