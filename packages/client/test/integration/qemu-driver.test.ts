/**
 * A real guest under the qemu driver of the test daemon: 64 MiB, no disk (it sits in the
 * firmware), type kvm when /dev/kvm works and plain emulation otherwise.
 */
import { accessSync, constants } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, type Connection } from '../../src/index.js';
import { DomainState, DomainStatsTypes } from '../../src/constants/index.js';
import type { RemoteNonnullDomain, RemoteTypedParam } from '../../src/protocol/remote.gen.js';

const libvirtd = inject('libvirtd');

function kvmUsable(): boolean {
  try {
    accessSync('/dev/kvm', constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

describe('qemu driver', () => {
  let conn: Connection;
  let dom: RemoteNonnullDomain | undefined;
  const name = `it-qemu-${randomUUID().slice(0, 8)}`;
  const type = kvmUsable() ? 'kvm' : 'qemu';

  beforeAll(async () => {
    conn = await connect(`qemu+unix:///system?socket=${libvirtd.socket}`);
  });

  afterAll(async () => {
    if (dom !== undefined) {
      await conn.remote.domainDestroy({ dom }).catch(() => undefined);
      await conn.remote.domainUndefine({ dom }).catch(() => undefined);
    }
    await conn.close();
  });

  it('defines and starts a 64 MiB guest, reads its state and stats, and destroys it', async () => {
    const xml = `<domain type='${type}'>
      <name>${name}</name>
      <memory unit='MiB'>64</memory>
      <vcpu>1</vcpu>
      <os><type arch='x86_64'>hvm</type></os>
      <devices><emulator>/usr/bin/qemu-system-x86_64</emulator><serial type='pty'/><memballoon model='virtio'/></devices>
    </domain>`;
    dom = (await conn.remote.domainDefineXml({ xml })).dom;
    await conn.remote.domainCreate({ dom });
    const state = await conn.remote.domainGetState({ dom, flags: 0 });
    expect(state.state).toBe(DomainState.Running);
    const info = await conn.remote.domainGetInfo({ dom });
    expect(info).toMatchObject({ state: DomainState.Running, maxMem: 65536n, nrVirtCpu: 1 });
    const running = (await conn.remote.domainLookupByName({ name })).dom;
    expect(running.id).toBeGreaterThan(0);

    const { retStats } = await conn.remote.connectGetAllDomainStats({
      doms: [running],
      stats: DomainStatsTypes.State | DomainStatsTypes.CpuTotal | DomainStatsTypes.Balloon | DomainStatsTypes.Vcpu,
      flags: 0,
    });
    expect(retStats).toHaveLength(1);
    const params = new Map(retStats[0]!.params.map((p: RemoteTypedParam) => [p.field, p.value]));
    expect(params.get('state.state')).toEqual({ type: 1, i: DomainState.Running });
    expect(params.get('vcpu.current')).toEqual({ type: 2, ui: 1 });
    expect(params.get('balloon.maximum')).toEqual({ type: 4, ul: 65536n });
    expect(params.has('cpu.time')).toBe(true);

    await conn.remote.domainDestroy({ dom });
    expect((await conn.remote.domainGetState({ dom, flags: 0 })).state).toBe(DomainState.Shutoff);
    await conn.remote.domainUndefine({ dom });
    dom = undefined;
  });
});
