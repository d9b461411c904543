import { decodeXdr, encodeXdr, XdrError, XdrReader } from '@libvirt-ts/xdr';
import { XdrArbitraries, type XdrTypeDescription } from '@libvirt-ts/xdrgen/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeRemoteConnectListAllDomainsRet,
  RemoteConnectListAllDomainsRetCodec,
  RemoteDomainGetInfoRetCodec,
  RemoteTypedParamCodec,
} from '../../src/protocol/remote.gen.js';
import * as admin from '../../src/protocol/admin.gen.js';
import * as keepalive from '../../src/protocol/keepalive.gen.js';
import * as lxc from '../../src/protocol/lxc.gen.js';
import * as qemu from '../../src/protocol/qemu.gen.js';
import * as remote from '../../src/protocol/remote.gen.js';
import type { CallOptions, Invoke, ProcedureInfo } from '../../src/protocol/procedure.js';
import { adminTypeDescriptions } from '../generated/admin.schema.gen.js';
import { keepaliveTypeDescriptions } from '../generated/keepalive.schema.gen.js';
import { lxcTypeDescriptions } from '../generated/lxc.schema.gen.js';
import { qemuTypeDescriptions } from '../generated/qemu.schema.gen.js';
import { remoteTypeDescriptions } from '../generated/remote.schema.gen.js';
import { virnetTypeDescriptions } from '../generated/virnet.schema.gen.js';

const modules: readonly (readonly [string, readonly XdrTypeDescription[]])[] = [
  ['virnet', virnetTypeDescriptions],
  ['keepalive', keepaliveTypeDescriptions],
  ['remote', remoteTypeDescriptions],
  ['qemu', qemuTypeDescriptions],
  ['lxc', lxcTypeDescriptions],
  ['admin', adminTypeDescriptions],
];
const arbitraries = new XdrArbitraries(modules.flatMap(([, descriptions]) => descriptions));

describe.each(modules)('generated %s codecs', (_module, descriptions) => {
  const codecTypes = descriptions.filter((description) => description.kind !== 'enum');

  it.each(codecTypes.map((description) => [description.name, description] as const))(
    '%s round-trips and rejects truncated input',
    (_name, description) => {
      fc.assert(
        fc.property(arbitraries.forType(description.name), (value) => {
          const bytes = encodeXdr(description.codec, value);
          expect(bytes.byteLength % 4).toBe(0);
          expect(decodeXdr(description.codec, bytes)).toEqual(value);
          if (bytes.byteLength > 0) {
            expect(() => decodeXdr(description.codec, bytes.subarray(0, bytes.byteLength - 1))).toThrow(XdrError);
          }
        }),
        { numRuns: 25 },
      );
    },
  );

  it('describes every codec the module exports', () => {
    expect(codecTypes.length + descriptions.filter((d) => d.kind === 'enum').length).toBe(descriptions.length);
    for (const description of descriptions) expect(description.codec.name).toBe(description.name);
  });
});

describe('generated codec errors', () => {
  const domain = (name: string) => ({ name, uuid: new Uint8Array(16), id: 1 });

  it('names the field and element of a bad value when encoding', () => {
    const value = { domains: [domain('a'), { name: 'b', uuid: new Uint8Array(3), id: 2 }], ret: 2 };
    expect(() => encodeXdr(RemoteConnectListAllDomainsRetCodec, value)).toThrow(
      /^remote_connect_list_all_domains_ret\.domains\[1\]\.uuid: opaque\[16\] given 3 bytes/,
    );
  });

  it('names the field and element of truncated input when decoding', () => {
    // The long first name gets the count past the up-front size check (24 bytes per domain at least);
    // the cut then falls inside the second domain's uuid (bytes 48 to 64).
    const value = { domains: [domain('a'.repeat(12)), domain('b')], ret: 2 };
    const bytes = encodeXdr(RemoteConnectListAllDomainsRetCodec, value);
    const error = captureError(() => decodeXdr(RemoteConnectListAllDomainsRetCodec, bytes.subarray(0, 56)));
    expect(error).toBeInstanceOf(XdrError);
    expect((error as XdrError).path).toBe('remote_connect_list_all_domains_ret.domains[1].uuid');
  });

  it('rejects an array count above the declared maximum before reading elements', () => {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setUint32(0, 16385);
    expect(() => decodeRemoteConnectListAllDomainsRet(new XdrReader(bytes))).toThrow(
      /domains: array length 16385 exceeds its maximum 16384/,
    );
  });

  it('rejects a typed parameter with an unknown type', () => {
    const bytes = new Uint8Array(12);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, 1); // field name: one byte
    bytes[4] = 0x78;
    view.setUint32(8, 99);
    expect(() => decodeXdr(RemoteTypedParamCodec, bytes)).toThrow(
      /^remote_typed_param\.value\.type: no arm for type 99/,
    );
  });

  it('range-checks rpcgen char and short fields', () => {
    const info = { state: 256, maxMem: 1n, memory: 1n, nrVirtCpu: 1, cpuTime: 1n };
    expect(() => encodeXdr(RemoteDomainGetInfoRetCodec, info)).toThrow(/state: unsigned char out of range: 256/);
    const bytes = encodeXdr(RemoteDomainGetInfoRetCodec, { ...info, state: 1, nrVirtCpu: 65535 });
    new DataView(bytes.buffer).setUint32(20, 65536);
    expect(() => decodeXdr(RemoteDomainGetInfoRetCodec, bytes)).toThrow(/nrVirtCpu: unsigned short out of range/);
  });
});

function captureError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('generated procedure tables', () => {
  const programs = [
    ['remote', remote.remoteProcedures, remote.REMOTE_PROGRAM, remote.RemoteProcedure],
    ['qemu', qemu.qemuProcedures, qemu.QEMU_PROGRAM, qemu.QemuProcedure],
    ['lxc', lxc.lxcProcedures, lxc.LXC_PROGRAM, lxc.LxcProcedure],
    ['admin', admin.adminProcedures, admin.ADMIN_PROGRAM, admin.AdminProcedure],
    ['keepalive', keepalive.keepaliveProcedures, keepalive.KEEPALIVE_PROGRAM, keepalive.KeepaliveProcedure],
  ] as const;

  it('lists all 453 remote procedures, numbered 1 to 453', () => {
    const numbers = remote.remoteProcedures.map((procedure) => procedure.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 453 }, (_, index) => index + 1));
    expect(remote.remoteProcedureByNumber.size).toBe(453);
  });

  it.each(programs)(
    '%s: one entry per procedure enum member, unique numbers and methods',
    (_name, table, program, procedureEnum) => {
      const members = Object.values(procedureEnum);
      expect(table.map((procedure) => procedure.number)).toEqual(members);
      expect(new Set(table.map((procedure) => procedure.number)).size).toBe(table.length);
      expect(new Set(table.map((procedure) => procedure.method)).size).toBe(table.length);
      for (const procedure of table) {
        expect(procedure.program).toBe(program);
        expect(procedure.version).toBe(1);
        if (procedure.kind === 'event') {
          expect(procedure.args?.name).toMatch(/_msg$/);
          expect(procedure.ret).toBeNull();
        } else {
          expect(procedure.args?.name ?? '_args').toMatch(/_args$/);
          expect(procedure.ret?.name ?? '_ret').toMatch(/_ret$/);
        }
      }
    },
  );

  it('carries the annotations of the .x files', () => {
    expect(remote.remoteProcConnectOpen).toMatchObject({
      number: 1,
      name: 'REMOTE_PROC_CONNECT_OPEN',
      method: 'connectOpen',
      args: remote.RemoteConnectOpenArgsCodec,
      ret: null,
      kind: 'call',
      priority: 'high',
      acl: ['connect:getattr'],
    });
    expect(remote.remoteProcConnectListAllDomains.number).toBe(remote.RemoteProcedure.ConnectListAllDomains);
    expect(remote.RemoteProcedure.ConnectListAllDomains).toBe(273);
    expect(remote.remoteProcStorageVolDownload).toMatchObject({
      stream: 'read',
      sparseFlag: 'VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM',
    });
    expect(remote.remoteProcStorageVolUpload.stream).toBe('write');
    expect(remote.remoteProcDomainEventLifecycle.kind).toBe('event');
    expect(remote.remoteProcDomainReboot.acl).toEqual([
      'domain:init_control',
      'domain:write:VIR_DOMAIN_REBOOT_GUEST_AGENT',
    ]);
    expect(keepalive.keepaliveProcPing).toMatchObject({ args: null, ret: null });
  });

  it('binds one method per callable procedure, passing arguments and options through', async () => {
    const calls: [ProcedureInfo, unknown, CallOptions | undefined][] = [];
    const invoke: Invoke = (procedure, args, options) => {
      calls.push([procedure, args, options]);
      return Promise.resolve(undefined as never);
    };
    const methods = remote.bindRemoteMethods(invoke);
    const callable = remote.remoteProcedures.filter((procedure) => procedure.kind === 'call');
    expect(Object.keys(methods).sort()).toEqual(callable.map((procedure) => procedure.method).sort());
    const args = { needResults: 1, flags: 0 };
    const options = { timeoutMs: 5 };
    await methods.connectListAllDomains(args, options);
    await methods.connectGetLibVersion();
    expect(calls).toEqual([
      [remote.remoteProcConnectListAllDomains, args, options],
      [remote.remoteProcConnectGetLibVersion, undefined, undefined],
    ]);
  });
});
