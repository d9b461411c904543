/**
 * Teaches a FakeDaemon libvirt's event registration: register-any calls get callback IDs (one
 * counter per family, as each driver has its own), deregister calls are recorded, and a test can
 * hold register replies back or refuse an event ID the way an older daemon does.
 */
import { decodeXdr, type XdrCodec } from '@libvirt-ts/xdr';
import {
  QEMU_PROGRAM,
  QemuConnectDomainMonitorEventDeregisterArgsCodec,
  QemuConnectDomainMonitorEventRegisterArgsCodec,
  QemuConnectDomainMonitorEventRegisterRetCodec,
  QemuProcedure,
} from '../../src/protocol/qemu.gen.js';
import {
  REMOTE_PROGRAM,
  RemoteConnectDomainEventCallbackDeregisterAnyArgsCodec,
  RemoteConnectDomainEventCallbackRegisterAnyArgsCodec,
  RemoteConnectDomainEventCallbackRegisterAnyRetCodec,
  RemoteConnectNetworkEventDeregisterAnyArgsCodec,
  RemoteConnectNetworkEventRegisterAnyArgsCodec,
  RemoteConnectNodeDeviceEventDeregisterAnyArgsCodec,
  RemoteConnectNodeDeviceEventRegisterAnyArgsCodec,
  RemoteConnectSecretEventDeregisterAnyArgsCodec,
  RemoteConnectSecretEventRegisterAnyArgsCodec,
  RemoteConnectStoragePoolEventDeregisterAnyArgsCodec,
  RemoteConnectStoragePoolEventRegisterAnyArgsCodec,
  RemoteProcedure,
  type RemoteError,
} from '../../src/protocol/remote.gen.js';
import { encodeValue, type FakeDaemon, type ReceivedCall } from './fake-daemon.js';

export type Family = 'domain' | 'network' | 'storage-pool' | 'node-device' | 'secret' | 'qemu';

interface FamilyProcs {
  readonly prog: number;
  readonly register: number;
  readonly deregister: number;
  readonly registerArgs: XdrCodec<unknown>;
  readonly deregisterArgs: XdrCodec<{ callbackID: number }>;
}

const FAMILY_PROCS: Readonly<Record<Family, FamilyProcs>> = {
  domain: {
    prog: REMOTE_PROGRAM,
    register: RemoteProcedure.ConnectDomainEventCallbackRegisterAny,
    deregister: RemoteProcedure.ConnectDomainEventCallbackDeregisterAny,
    registerArgs: RemoteConnectDomainEventCallbackRegisterAnyArgsCodec,
    deregisterArgs: RemoteConnectDomainEventCallbackDeregisterAnyArgsCodec,
  },
  network: {
    prog: REMOTE_PROGRAM,
    register: RemoteProcedure.ConnectNetworkEventRegisterAny,
    deregister: RemoteProcedure.ConnectNetworkEventDeregisterAny,
    registerArgs: RemoteConnectNetworkEventRegisterAnyArgsCodec,
    deregisterArgs: RemoteConnectNetworkEventDeregisterAnyArgsCodec,
  },
  'storage-pool': {
    prog: REMOTE_PROGRAM,
    register: RemoteProcedure.ConnectStoragePoolEventRegisterAny,
    deregister: RemoteProcedure.ConnectStoragePoolEventDeregisterAny,
    registerArgs: RemoteConnectStoragePoolEventRegisterAnyArgsCodec,
    deregisterArgs: RemoteConnectStoragePoolEventDeregisterAnyArgsCodec,
  },
  'node-device': {
    prog: REMOTE_PROGRAM,
    register: RemoteProcedure.ConnectNodeDeviceEventRegisterAny,
    deregister: RemoteProcedure.ConnectNodeDeviceEventDeregisterAny,
    registerArgs: RemoteConnectNodeDeviceEventRegisterAnyArgsCodec,
    deregisterArgs: RemoteConnectNodeDeviceEventDeregisterAnyArgsCodec,
  },
  secret: {
    prog: REMOTE_PROGRAM,
    register: RemoteProcedure.ConnectSecretEventRegisterAny,
    deregister: RemoteProcedure.ConnectSecretEventDeregisterAny,
    registerArgs: RemoteConnectSecretEventRegisterAnyArgsCodec,
    deregisterArgs: RemoteConnectSecretEventDeregisterAnyArgsCodec,
  },
  qemu: {
    prog: QEMU_PROGRAM,
    register: QemuProcedure.ConnectDomainMonitorEventRegister,
    deregister: QemuProcedure.ConnectDomainMonitorEventDeregister,
    registerArgs: QemuConnectDomainMonitorEventRegisterArgsCodec,
    deregisterArgs: QemuConnectDomainMonitorEventDeregisterArgsCodec,
  },
};

export interface Registered {
  readonly family: Family;
  readonly args: Record<string, unknown>;
  readonly callbackID: number;
  readonly call: ReceivedCall;
}

export interface Deregistered {
  readonly family: Family;
  readonly callbackID: number;
}

export class EventScript {
  readonly registered: Registered[] = [];
  readonly deregistered: Deregistered[] = [];
  /** Register calls whose reply is held back (while `holdReplies` is set). */
  readonly held: Registered[] = [];
  holdReplies = false;
  /** Refuses a registration with this error when it returns one. */
  refuse: (
    family: Family,
    args: Record<string, unknown>,
  ) => (Partial<RemoteError> & { code: number; message: string }) | undefined = () => undefined;
  readonly #next = new Map<Family, number>();
  readonly #daemon: FakeDaemon;

  constructor(daemon: FakeDaemon, firstCallbackId = 1) {
    this.#daemon = daemon;
    for (const family of Object.keys(FAMILY_PROCS) as Family[]) this.#next.set(family, firstCallbackId);
    const previous = daemon.handler;
    daemon.handler = (call, d) => this.#handle(call) || previous(call, d);
  }

  /** Sends the held register replies, in order. */
  releaseHeld(): void {
    for (const registration of this.held.splice(0)) this.#reply(registration);
  }

  registrationsOf(family: Family): Registered[] {
    return this.registered.filter((r) => r.family === family);
  }

  #handle(call: ReceivedCall): boolean {
    for (const [family, procs] of Object.entries(FAMILY_PROCS) as [Family, FamilyProcs][]) {
      if (call.header.prog !== procs.prog) continue;
      if (call.header.proc === procs.register) {
        const args = decodeXdr(procs.registerArgs, call.payload) as Record<string, unknown>;
        const refusal = this.refuse(family, args);
        if (refusal !== undefined) {
          this.#daemon.replyError(call, refusal);
          return true;
        }
        const callbackID = this.#next.get(family) ?? 1;
        this.#next.set(family, callbackID + 1);
        const registration: Registered = { family, args, callbackID, call };
        this.registered.push(registration);
        if (this.holdReplies) this.held.push(registration);
        else this.#reply(registration);
        return true;
      }
      if (call.header.proc === procs.deregister) {
        const { callbackID } = decodeXdr(procs.deregisterArgs, call.payload);
        this.deregistered.push({ family, callbackID });
        this.#daemon.reply(call);
        return true;
      }
    }
    return false;
  }

  #reply(registration: Registered): void {
    // Every family's register reply is the same struct: { int callbackID }.
    this.#daemon.reply(
      registration.call,
      registration.family === 'qemu'
        ? encodeValue(QemuConnectDomainMonitorEventRegisterRetCodec, { callbackID: registration.callbackID })
        : encodeValue(RemoteConnectDomainEventCallbackRegisterAnyRetCodec, { callbackID: registration.callbackID }),
    );
  }
}
