/**
 * Domain verbs the test driver cannot serve, on a real 64 MiB qemu guest (no disk: it idles in its
 * firmware): device hotplug in the definition and in the running guest, starting paused, shutdown
 * and reboot modes, and the flags variant of the scheduler getter.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, DomainCreateFlags, DomainXMLFlags, type Connection, type Domain } from '../../src/index.js';
import { libvirtError, qemuDomainXml, qemuDriverUri, uniqueName } from '../support/object-helpers.js';

const libvirtd = inject('libvirtd');

const RNG = `<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>`;

describe('Domain on the qemu driver', () => {
  let conn: Connection;
  let dom: Domain | undefined;

  beforeAll(async () => {
    conn = await connect(qemuDriverUri(libvirtd.socket));
  });

  afterAll(async () => {
    if (dom !== undefined) {
      await dom.destroy().catch(() => undefined);
      await dom.undefine().catch(() => undefined);
    }
    await conn.close();
  });

  it('attachDevice() and detachDevice() with { config } change the definition', async () => {
    dom = await conn.domains.define(qemuDomainXml(uniqueName('obj-qemu')));
    await dom.attachDevice(RNG, { config: true });
    expect(await dom.xml(DomainXMLFlags.Inactive)).toContain("<rng model='virtio'>");
    await dom.detachDevice(RNG, { config: true });
    expect(await dom.xml(DomainXMLFlags.Inactive)).not.toContain('<rng');
    // A live change needs a running domain; the daemon's error comes through unwrapped.
    const error = await libvirtError(dom.attachDevice(RNG, { live: true }));
    expect(error.isInvalidOperation()).toBe(true);
    expect(error.message).toContain('domain is not running');
  });

  it('schedulerParameters({ config }) (the flags variant, with STRING_OKAY) and setSchedulerParameters()', async () => {
    const guest = dom!;
    expect(await guest.schedulerType()).toBe('posix');
    const before = await guest.schedulerParameters({ config: true });
    expect(before).toMatchObject({ cpu_shares: 0n, vcpu_period: 0n, vcpu_quota: 0n, global_quota: 0n });
    expect(Object.keys(before)).toHaveLength(9);
    // cpu_shares is a ullong and vcpu_quota an llong: the table types the plain numbers.
    await guest.setSchedulerParameters({ cpu_shares: 512, vcpu_quota: -1 }, { config: true });
    expect(await guest.schedulerParameters({ config: true })).toMatchObject({ cpu_shares: 512n, vcpu_quota: -1n });
    expect(await guest.schedulerParameters()).toMatchObject({ cpu_shares: 512n });
    expect(await guest.memoryParameters({ config: true })).toMatchObject({ hard_limit: 9007199254740991n });
    expect((await guest.blkioParameters({ config: true })).device_weight).toBe('');
  });

  it('attachDevice() and detachDevice() with { live } hot-plug into the running guest', async () => {
    const guest = dom!;
    const started = await guest.start(DomainCreateFlags.StartPaused);
    expect(started.id).toBeGreaterThan(0);
    expect(await guest.state()).toMatchObject({ state: 'paused', reason: 'user' });
    await guest.resume();
    expect(await guest.state()).toMatchObject({ state: 'running', reason: 'unpaused' });
    await guest.attachDevice(RNG, { live: true });
    expect(await guest.xml()).toContain("<rng model='virtio'>");
    expect(await guest.xml(DomainXMLFlags.Inactive)).not.toContain('<rng');
    // Unplugging needs the guest's cooperation (ACPI eject), which firmware does not give: the
    // daemon sends the request, waits its few seconds and reports success, as virsh shows.
    await guest.detachDevice(RNG, { live: true });
  });

  it('shutdown(mode) and reboot(mode) send the mode to the hypervisor', async () => {
    const guest = dom!;
    await guest.shutdown('acpi-power-btn');
    await guest.reboot('acpi-power-btn');
    // Without an OS nothing acts on the power button: the guest keeps running.
    expect((await guest.state()).state).toBe('running');
    // The guest agent is not configured, and the daemon says so.
    const error = await libvirtError(guest.shutdown('guest-agent'));
    expect(error.message).toContain('agent');
  });

  it('memoryStats() and stats(["balloon"]) read the balloon', async () => {
    const guest = dom!;
    const stats = await guest.memoryStats();
    expect(stats.actual).toBe(65536n);
    const balloon = await guest.stats(['balloon']);
    expect(balloon['balloon.maximum']).toBe(65536n);
  });

  it('interfaceAddresses("agent"): no agent, and the error propagates', async () => {
    const error = await libvirtError(dom!.interfaceAddresses('agent'));
    expect(error.message).toContain('agent');
  });

  it('destroy() and undefine()', async () => {
    const guest = dom!;
    await guest.destroy();
    expect(await guest.state()).toMatchObject({ state: 'shutoff', reason: 'destroyed' });
    await guest.undefine();
    expect((await libvirtError(guest.refresh())).isNotFound()).toBe(true);
    dom = undefined;
  });
});
