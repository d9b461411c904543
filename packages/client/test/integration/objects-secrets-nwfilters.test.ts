/**
 * `conn.secrets` and `conn.nwfilters` against the system secret and nwfilter drivers (the test
 * driver has neither). Secrets here are ephemeral, so nothing is written to the host's config.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, NwFilter, Secret, type Connection } from '../../src/index.js';
import { libvirtError, qemuDriverUri, testDriverUri, uniqueName } from '../support/object-helpers.js';

const libvirtd = inject('libvirtd');

describe('conn.secrets on the system secret driver', () => {
  let conn: Connection;

  beforeAll(async () => {
    conn = await connect(qemuDriverUri(libvirtd.socket));
  });

  afterAll(async () => {
    await conn.close();
  });

  it('define, lookup by UUID and usage, value get/set, list filters, undefine', async () => {
    const uuid = randomUUID();
    const usageId = `/var/lib/libvirt/images/${uniqueName('obj')}.img`;
    const secret = await conn.secrets.define(
      `<secret ephemeral='yes' private='no'><uuid>${uuid}</uuid><usage type='volume'><volume>${usageId}</volume></usage></secret>`,
    );
    try {
      expect(secret).toBeInstanceOf(Secret);
      expect(secret).toEqual({ uuid, usage: 'volume', usageCode: 1, usageId });
      expect(await conn.secrets.lookup(uuid)).toEqual(secret);
      expect(await conn.secrets.lookup(uuid.toUpperCase())).toEqual(secret);
      expect(await conn.secrets.lookupByUsage('volume', usageId)).toEqual(secret);
      expect((await conn.secrets.lookupByUsage(1, usageId)).equals(secret)).toBe(true);
      expect(await secret.xml()).toContain(`<uuid>${uuid}</uuid>`);

      expect((await libvirtError(secret.value())).codeName).toBe('VIR_ERR_NO_SECRET');
      await secret.setValue('s3cr3t');
      expect(new TextDecoder().decode(await secret.value())).toBe('s3cr3t');
      await secret.setValue(Uint8Array.from([0, 1, 2, 255]));
      expect(await secret.value()).toEqual(Uint8Array.from([0, 1, 2, 255]));

      const has = async (filter: Parameters<Connection['secrets']['list']>[0]): Promise<boolean> =>
        (await conn.secrets.list(filter)).some((s) => s.equals(secret));
      expect(await has({})).toBe(true);
      expect(await has({ ephemeral: true, private: false })).toBe(true);
      expect(await has({ ephemeral: false })).toBe(false);
      expect(await has({ private: true })).toBe(false);
    } finally {
      await secret.undefine();
    }
    const error = await libvirtError(conn.secrets.lookup(uuid));
    expect(error.isNotFound()).toBe(true);
    expect(error.codeName).toBe('VIR_ERR_NO_SECRET');
  });

  it('a private secret keeps its value from clients', async () => {
    const secret = await conn.secrets.define(
      `<secret ephemeral='yes' private='yes'><usage type='ceph'><name>${uniqueName('obj-ceph')}</name></usage></secret>`,
    );
    try {
      expect(secret.usage).toBe('ceph');
      await secret.setValue('hidden');
      expect((await libvirtError(secret.value())).codeName).toBe('VIR_ERR_INVALID_SECRET');
    } finally {
      await secret.undefine();
    }
  });

  it('the test driver has no secret driver', async () => {
    const test = await connect(testDriverUri(libvirtd.socket));
    try {
      expect((await libvirtError(test.secrets.list())).isUnsupported()).toBe(true);
    } finally {
      await test.close();
    }
  });
});

describe('conn.nwfilters on the system nwfilter driver', () => {
  let conn: Connection;

  beforeAll(async () => {
    conn = await connect(qemuDriverUri(libvirtd.socket));
  });

  afterAll(async () => {
    await conn.close();
  });

  it('lists the filters Debian ships and looks one up by name and UUID', async () => {
    const filters = await conn.nwfilters.list();
    expect(filters.map((f) => f.name)).toEqual(expect.arrayContaining(['clean-traffic', 'allow-arp']));
    const clean = await conn.nwfilters.lookup('clean-traffic');
    expect(clean).toBeInstanceOf(NwFilter);
    expect(await conn.nwfilters.lookup(clean.uuid)).toEqual(clean);
    expect(await conn.nwfilters.lookupByUuid(clean.uuid)).toEqual(clean);
    expect(await conn.nwfilters.lookupByName('clean-traffic')).toEqual(clean);
    expect(filters.find((f) => f.name === 'clean-traffic')).toEqual(clean);
    expect(await clean.xml()).toContain("<filter name='clean-traffic'");
    expect((await libvirtError(conn.nwfilters.lookup('no-such-filter'))).codeName).toBe('VIR_ERR_NO_NWFILTER');
  });

  it('define, redefine with flags, xml, undefine', async () => {
    const name = uniqueName('obj-filter');
    const filter = await conn.nwfilters.define(
      `<filter name='${name}' chain='root'><rule action='accept' direction='out' priority='500'><all/></rule></filter>`,
    );
    try {
      expect(filter.name).toBe(name);
      expect(await filter.xml()).toContain("action='accept'");
      const again = await conn.nwfilters.define(
        `<filter name='${name}' chain='root'><uuid>${filter.uuid}</uuid><rule action='drop' direction='out' priority='500'><all/></rule></filter>`,
        1 /* NWFilterDefineFlags.Validate */,
      );
      expect(again).toEqual(filter);
      expect(await filter.xml()).toContain("action='drop'");
    } finally {
      await filter.undefine();
    }
    expect((await libvirtError(conn.nwfilters.lookup(name))).isNotFound()).toBe(true);
  });
});
