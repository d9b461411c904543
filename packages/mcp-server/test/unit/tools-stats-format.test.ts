import { describe, expect, it } from 'vitest';
import { domainStatsSchema, formatDomainStats, STATS_GROUPS } from '../../src/tools/domain/stats-format.js';

const ALL = new Set(STATS_GROUPS);

// A record as connectGetAllDomainStats decodes it for a running QEMU domain.
const PARAMS = {
  'state.state': 1,
  'state.reason': 1,
  'cpu.time': 12_500_000_000n,
  'cpu.user': 9_000_000_000n,
  'cpu.system': 3_000_000_000n,
  'balloon.current': 1048576n,
  'balloon.maximum': 2097152n,
  'balloon.rss': 600000n,
  'balloon.last-update': 1700000000n,
  'vcpu.current': 2,
  'vcpu.maximum': 4,
  'vcpu.0.state': 1,
  'vcpu.0.time': 5_000_000_000n,
  'vcpu.0.wait': 10n,
  'vcpu.1.state': 2,
  'vcpu.1.time': 2n ** 60n,
  'net.count': 1,
  'net.0.name': 'vnet0',
  'net.0.rx.bytes': 1000n,
  'net.0.rx.pkts': 10n,
  'net.0.tx.bytes': 18446744073709551615n,
  'block.count': 2,
  'block.0.name': 'vda',
  'block.0.path': '/var/lib/libvirt/images/a.qcow2',
  'block.0.rd.reqs': 5n,
  'block.0.rd.bytes': 4096n,
  'block.0.capacity': 10737418240n,
  'block.1.name': 'sda',
};

describe('formatDomainStats', () => {
  it('groups counters, puts units in names, and keeps 64-bit values exact', () => {
    const s = formatDomainStats('web-1', PARAMS, ALL, false);
    expect(s).toEqual({
      name: 'web-1',
      state: 'running',
      reason: 'booted',
      cpu: { timeNs: 12_500_000_000, userNs: 9_000_000_000, systemNs: 3_000_000_000 },
      balloon: { currentKiB: 1048576, maximumKiB: 2097152, rssKiB: 600000, lastUpdate: 1700000000 },
      vcpu: { current: 2, maximum: 4, totalTimeNs: (2n ** 60n + 5_000_000_000n).toString() },
      blocks: [
        {
          name: 'vda',
          path: '/var/lib/libvirt/images/a.qcow2',
          readRequests: 5,
          readBytes: 4096,
          capacityBytes: 10737418240,
        },
        { name: 'sda' },
      ],
      nets: [{ name: 'vnet0', rxBytes: 1000, rxPackets: 10, txBytes: '18446744073709551615' }],
    });
    expect(domainStatsSchema.safeParse(s).success).toBe(true);
  });

  it('lists vCPUs one by one only when asked', () => {
    const s = formatDomainStats('web-1', PARAMS, ALL, true);
    expect(s.vcpu?.perVcpu).toEqual([
      { id: 0, state: 'running', timeNs: 5_000_000_000, waitNs: 10 },
      { id: 1, state: 'blocked', timeNs: (2n ** 60n).toString() },
    ]);
  });

  it('reads only the groups asked for, and leaves out groups the driver did not report', () => {
    expect(formatDomainStats('a', PARAMS, new Set(['net'] as const), false)).toEqual({
      name: 'a',
      state: 'running',
      reason: 'booted',
      nets: [{ name: 'vnet0', rxBytes: 1000, rxPackets: 10, txBytes: '18446744073709551615' }],
    });
    // A shut-off domain: the state only.
    expect(formatDomainStats('b', { 'state.state': 5, 'state.reason': 2 }, ALL, true)).toEqual({
      name: 'b',
      state: 'shutoff',
      reason: 'destroyed',
    });
  });
});
