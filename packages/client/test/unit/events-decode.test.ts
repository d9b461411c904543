/**
 * The event catalogue and decoders, without a daemon: every kind of every family has a message,
 * a register path and a decoder, and random messages of each kind decode into its typed event.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XdrArbitraries } from '@libvirt-ts/xdrgen/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DomainEventID,
  DomainEventType,
  DomainEventStartedDetailType,
  DomainEventStoppedDetailType,
  DomainMemoryFailureFlags,
  NetworkEventID,
  NodeDeviceEventID,
  SecretEventID,
  StoragePoolEventID,
} from '../../src/constants/index.js';
import { EVENT_KINDS, kindOfMessage, kindSpec } from '../../src/events/catalog.js';
import type { DomainLifecycleEvent, LibvirtEvent } from '../../src/events/event-types.js';
import { EVENT_ID_SINCE } from '../../src/events/event-versions.gen.js';
import { Domain } from '../../src/objects/domain.js';
import type { ObjectContext } from '../../src/objects/context.js';
import { kebabCase } from '../../src/objects/names.js';
import type { RemoteMethods } from '../../src/protocol/remote.gen.js';
import { eventVersionsPath, renderEventVersions } from '../../scripts/gen-event-versions.js';
import { clientRoot, findProtocolSources } from '../../scripts/gen-common.js';
import { qemuTypeDescriptions } from '../generated/qemu.schema.gen.js';
import { remoteTypeDescriptions } from '../generated/remote.schema.gen.js';

const descriptions = [...remoteTypeDescriptions, ...qemuTypeDescriptions];
const arbitraries = new XdrArbitraries(descriptions);
// Handles only keep the context; decoding never calls the daemon.
const ctx: ObjectContext = { remote: {} as RemoteMethods, features: { typedParamString: true } };
const DOM = { name: 'web', uuid: Uint8Array.from({ length: 16 }, (_, i) => i), id: 7 };

function descriptionName(codec: unknown): string {
  const found = descriptions.find((d) => d.codec === codec);
  if (found === undefined) throw new Error('no schema description for codec');
  return found.name;
}

describe('event catalogue', () => {
  it('has one kind per event ID of every family, plus QEMU monitor events', () => {
    const expected = [
      ...Object.keys(DomainEventID).map((key) => `domain.${kebabCase(key)}`),
      ...Object.keys(NetworkEventID).map((key) => `network.${kebabCase(key)}`),
      ...Object.keys(StoragePoolEventID).map((key) => `storage-pool.${kebabCase(key)}`),
      ...Object.keys(NodeDeviceEventID).map((key) => `node-device.${kebabCase(key)}`),
      ...Object.keys(SecretEventID).map((key) => `secret.${kebabCase(key)}`),
      'qemu.monitor',
    ];
    expect(EVENT_KINDS).toEqual(expected);
    expect(EVENT_KINDS).toHaveLength(28 + 2 + 2 + 2 + 2 + 1);
    expect(new Set(EVENT_KINDS.map((kind) => kindSpec(kind).message.number)).size).toBe(EVENT_KINDS.length);
  });

  it('routes each message procedure back to its kind, and knows when libvirt added it', () => {
    for (const kind of EVENT_KINDS) {
      const spec = kindSpec(kind);
      expect(spec.message.kind).toBe('event');
      expect(kindOfMessage(spec.message)).toBe(spec);
      expect(spec.since).toMatch(/^\d+\.\d+\.\d+$/);
    }
    expect(kindSpec('domain.nic-mac-change')).toMatchObject({
      eventId: 27,
      idName: 'VIR_DOMAIN_EVENT_ID_NIC_MAC_CHANGE',
      since: '11.2.0',
    });
    expect(kindSpec('network.metadata-change').since).toBe('9.8.0');
    expect(EVENT_ID_SINCE.virDomainEventID[DomainEventID.Lifecycle]).toBe('0.8.0');
    expect(() => kindSpec('domain.nope')).toThrow(/unknown event kind "domain.nope"/);
  });

  it('has the event versions table the generator makes from the API XML', () => {
    const sources = findProtocolSources();
    expect(readFileSync(join(clientRoot, eventVersionsPath), 'utf8')).toBe(
      renderEventVersions(sources.libvirtVersion, sources.apiXml.libvirt, sources.apiXml.qemu),
    );
  });

  it('takes domain events from the callback-ID messages, not the legacy ones', () => {
    expect(kindSpec('domain.lifecycle').message.name).toBe('REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE');
    expect(kindSpec('domain.block-job2').message.name).toBe('REMOTE_PROC_DOMAIN_EVENT_BLOCK_JOB_2');
    expect(kindSpec('qemu.monitor').message.name).toBe('QEMU_PROC_DOMAIN_MONITOR_EVENT');
  });
});

describe('event decoding', () => {
  it.each(EVENT_KINDS.map((kind) => [kind]))('%s: random messages decode into typed events', (kind) => {
    const spec = kindSpec(kind);
    fc.assert(
      fc.property(arbitraries.forType(descriptionName(spec.message.args)), (body) => {
        const event: LibvirtEvent = spec.decode(body, ctx);
        expect(event.kind).toBe(kind);
        expect(spec.callbackId(body)).toBe((body as { callbackID: number }).callbackID);
        // Every named value also carries its number, and unknown numbers are named 'unknown'.
        for (const [field, value] of Object.entries(event)) {
          if (!field.endsWith('Code')) continue;
          const name = (event as unknown as Record<string, unknown>)[field.slice(0, -'Code'.length)];
          expect(typeof value).toBe('number');
          expect(typeof name).toBe('string');
        }
      }),
      { numRuns: 20 },
    );
  });

  it('names lifecycle events and their details, with unknown values kept as numbers', () => {
    const spec = kindSpec('domain.lifecycle');
    const decode = (body: unknown, context: ObjectContext) => spec.decode(body, context);
    const message = (event: number, detail: number) => ({ callbackID: 1, msg: { dom: DOM, event, detail } });
    const started = decode(message(DomainEventType.Started, DomainEventStartedDetailType.Booted), ctx);
    expect(started).toMatchObject({
      kind: 'domain.lifecycle',
      event: 'started',
      detail: 'booted',
      eventCode: 2,
      detailCode: 0,
    });
    expect((started as DomainLifecycleEvent).domain).toBeInstanceOf(Domain);
    expect((started as DomainLifecycleEvent).domain).toMatchObject({
      name: 'web',
      uuid: '00010203-0405-0607-0809-0a0b0c0d0e0f',
      id: 7,
    });
    expect(decode(message(DomainEventType.Stopped, DomainEventStoppedDetailType.Destroyed), ctx)).toMatchObject({
      event: 'stopped',
      detail: 'destroyed',
    });
    expect(decode(message(DomainEventType.Suspended, 0), ctx)).toMatchObject({ event: 'suspended', detail: 'paused' });
    expect(decode(message(DomainEventType.Resumed, 0), ctx)).toMatchObject({ event: 'resumed', detail: 'unpaused' });
    expect(decode(message(DomainEventType.Undefined, 0), ctx)).toMatchObject({ event: 'undefined', detail: 'removed' });
    expect(decode(message(DomainEventType.Pmsuspended, 1), ctx)).toMatchObject({
      event: 'pmsuspended',
      detail: 'disk',
    });
    expect(decode(message(DomainEventType.Started, 99), ctx)).toMatchObject({ event: 'started', detail: 'unknown' });
    expect(decode(message(42, 0), ctx)).toMatchObject({ event: 'unknown', detail: 'unknown', eventCode: 42 });
  });

  it('decodes the fields of newer domain events', () => {
    expect(
      kindSpec('domain.nic-mac-change').decode(
        { callbackID: 3, dom: DOM, alias: 'net0', oldMAC: '52:54:00:00:00:01', newMAC: '52:54:00:00:00:02' },
        ctx,
      ),
    ).toMatchObject({
      kind: 'domain.nic-mac-change',
      alias: 'net0',
      oldMac: '52:54:00:00:00:01',
      newMac: '52:54:00:00:00:02',
    });
    expect(
      kindSpec('domain.memory-failure').decode(
        { callbackID: 3, dom: DOM, recipient: 1, action: 2, flags: DomainMemoryFailureFlags.Recursive },
        ctx,
      ),
    ).toMatchObject({ recipient: 'guest', action: 'fatal', actionRequired: false, recursive: true });
    expect(
      kindSpec('domain.tunable').decode(
        {
          callbackID: 3,
          dom: DOM,
          params: [{ field: 'cputune.vcpu0', value: { type: 7, s: '0-3' } }],
        },
        ctx,
      ),
    ).toMatchObject({ params: { 'cputune.vcpu0': '0-3' } });
    expect(
      kindSpec('domain.block-job2').decode({ callbackID: 3, dom: DOM, dst: 'vda', type: 4, status: 3 }, ctx),
    ).toMatchObject({ disk: 'vda', type: 'active-commit', status: 'ready' });
  });

  it('decodes network, pool, device, secret and QEMU monitor events with handles', () => {
    const net = { name: 'default', uuid: DOM.uuid };
    expect(kindSpec('network.lifecycle').decode({ callbackID: 1, net, event: 2, detail: 0 }, ctx)).toMatchObject({
      kind: 'network.lifecycle',
      network: { name: 'default', uuid: '00010203-0405-0607-0809-0a0b0c0d0e0f' },
      event: 'started',
    });
    expect(
      kindSpec('storage-pool.lifecycle').decode({ callbackID: 1, pool: net, event: 4, detail: 0 }, ctx),
    ).toMatchObject({ pool: { name: 'default' }, event: 'created' });
    expect(
      kindSpec('node-device.lifecycle').decode({ callbackID: 1, dev: { name: 'mdev_x' }, event: 3, detail: 0 }, ctx),
    ).toMatchObject({ device: { name: 'mdev_x' }, event: 'undefined' });
    expect(
      kindSpec('secret.lifecycle').decode(
        { callbackID: 1, secret: { uuid: DOM.uuid, usageType: 2, usageID: 'client.admin' }, event: 0, detail: 0 },
        ctx,
      ),
    ).toMatchObject({ secret: { usage: 'ceph', usageId: 'client.admin' }, event: 'defined' });
    expect(
      kindSpec('qemu.monitor').decode(
        { callbackID: 1, dom: DOM, event: 'RESUME', seconds: 1700000000n, micros: 5, details: null },
        ctx,
      ),
    ).toMatchObject({ kind: 'qemu.monitor', domain: { name: 'web' }, event: 'RESUME', seconds: 1700000000n });
  });
});
